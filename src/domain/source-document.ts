import { z } from 'zod/mini';
import { DivisionCodeSchema } from './jurisdiction';
import { LocalizedTextSchema } from './localized-text';
import { ISO_DATE_PATTERN, SHA256_HEX_PATTERN, SOURCE_ID_PATTERN } from './patterns';
import './zod-messages';

export const DOCUMENT_KINDS = [
  'ruleOfLawReport', // 法治政府建设(年度)报告 / 工作情况报告 / 重点工作落实情况
  'disclosurePlan', // 政务公开工作要点分工方案
  'disclosureAnnualReport', // 政府信息公开工作年度报告
  'hotlineBulletin', // 12345 热线通报
  'other',
] as const;
export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

export const IsoDateSchema = z.string().check(z.regex(ISO_DATE_PATTERN, 'expected an ISO date YYYY-MM-DD'));

export const SourceDocumentSchema = z.object({
  /** The seed file name without ".txt"; the text is served at sources/<id>.txt. */
  id: z.string().check(z.regex(SOURCE_ID_PATTERN)),
  title: LocalizedTextSchema,
  issuingBody: LocalizedTextSchema,
  jurisdictionCode: DivisionCodeSchema,
  yearCovered: z.number().check(z.int(), z.minimum(1990), z.maximum(2100)),
  /** Null where the text itself states no publication date. */
  publishedOn: z.nullable(IsoDateSchema),
  kind: DocumentKindSchema,
  /** sha256 (hex) of the UTF-8 bytes of the text, so a changed file is detected. */
  sha256: z.string().check(z.regex(SHA256_HEX_PATTERN)),
  /** Length in UTF-16 code units, the unit provenance offsets are counted in. */
  length: z.number().check(z.int(), z.nonnegative()),
});
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;
