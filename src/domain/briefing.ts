import { z } from 'zod/mini';
import { IndicatorIdSchema, IndicatorKindSchema, DirectionSchema, UnitSymbolSchema } from './indicator';
import { buildIndicatorRows, type RowSource } from './indicator-view';
import { DivisionCodeSchema } from './jurisdiction';
import { LocalizedTextSchema, type LocalizedText } from './localized-text';
import { ObservationSchema, type Observation } from './observation';
import { IsoDateSchema } from './source-document';
import './zod-messages';

/**
 * A briefing (简报): a title, a date, an author line and ordered items, each
 * a snapshot of what a page showed when it was added (the observations with
 * their provenance, and the names needed to print them), plus the view it
 * came from, so the item can be reopened and compared with current data.
 * Stored in IndexedDB and exchanged as JSON; validated here at both borders.
 */

export const BRIEFING_LIMITS = {
  title: 200,
  author: 200,
  note: 4000,
  items: 200,
  observationsPerItem: 2000,
  /** The most "not reported" rows an item may hold (items stored before notReportedTotal listed every row). */
  notReportedPerItem: 2000,
  /**
   * How many "not reported" rows a new table item lists; the rest are counted
   * (notReportedTotal). A county-level view can have thousands: listing them
   * all would be pages of the same words, and once refused the whole item.
   */
  notReportedListed: 100,
  /** A backup larger than this is refused before it is read. */
  fileBytes: 20 * 1024 * 1024,
} as const;

/** The names an item needs to print an indicator, frozen at the time it was added. */
export const IndicatorRefSchema = z.object({
  id: IndicatorIdSchema,
  name: LocalizedTextSchema,
  unit: UnitSymbolSchema,
  kind: IndicatorKindSchema,
  direction: DirectionSchema,
});
export type IndicatorRef = z.infer<typeof IndicatorRefSchema>;

export const JurisdictionRefSchema = z.object({ code: DivisionCodeSchema, name: LocalizedTextSchema });
export type JurisdictionRef = z.infer<typeof JurisdictionRefSchema>;

/** What a footnote says about a document: title, issuer, date. */
export const DocumentRefSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: LocalizedTextSchema,
  issuingBody: LocalizedTextSchema,
  publishedOn: z.nullable(IsoDateSchema),
  yearCovered: z.number().check(z.int()),
});
export type DocumentRef = z.infer<typeof DocumentRefSchema>;

/**
 * Which observations a view shows, so current data can be filtered the same
 * way: jurisdictions (null = all), a year range, one year (a ranked bar chart),
 * and whether relative values (growth rates) are part of it.
 */
export const ViewScopeSchema = z.object({
  jurisdictions: z.nullable(z.array(DivisionCodeSchema)),
  from: z.nullable(z.number().check(z.int())),
  to: z.nullable(z.number().check(z.int())),
  year: z.nullable(z.number().check(z.int())),
  includeRelatives: z.boolean(),
});
export type ViewScope = z.infer<typeof ViewScopeSchema>;

const SnapshotFields = {
  /** The observations shown, in the order shown, each with its provenance. */
  observations: z.array(ObservationSchema).check(z.maxLength(BRIEFING_LIMITS.observationsPerItem)),
  jurisdictions: z.array(JurisdictionRefSchema),
  documents: z.array(DocumentRefSchema),
};

const ItemBase = {
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  note: z.string().check(z.maxLength(BRIEFING_LIMITS.note)),
  /** ISO timestamp of when the item was added: "the data as of". */
  addedAt: z.iso.datetime(),
};

/**
 * The view an item came from: an app path and its search string (URL state),
 * e.g. "/explore" + "?indicator=hotline.work-orders&chart=line".
 */
export const SourceViewSchema = z.object({
  pathname: z.string().check(z.regex(/^\/[^\s]*$/, 'expected an app path such as /explore')),
  search: z.string().check(z.maxLength(2000), z.regex(/^(\?[^\s]*)?$/, 'expected a search string starting with ?')),
});
export type SourceView = z.infer<typeof SourceViewSchema>;

const IndicatorViewFields = {
  indicator: IndicatorRefSchema,
  view: SourceViewSchema,
  scope: ViewScopeSchema,
  ...SnapshotFields,
};

export const ChartItemSchema = z.object({
  kind: z.literal('chart'),
  ...ItemBase,
  ...IndicatorViewFields,
  chartType: z.enum(['bar', 'line']),
});
/** A jurisdiction-year whose document gives no figure for the indicator: shown as "not reported", never as zero. */
export const NotReportedSchema = z.object({ jurisdictionCode: DivisionCodeSchema, year: z.number().check(z.int()) });
export type NotReported = z.infer<typeof NotReportedSchema>;

export const TableItemSchema = z.object({
  kind: z.literal('table'),
  ...ItemBase,
  ...IndicatorViewFields,
  /**
   * The table's "not reported" rows, as the explorer listed them when the
   * item was added. Optional: items stored before it was recorded have none,
   * and say so when printed rather than passing for "everything reported".
   */
  notReported: z.optional(z.array(NotReportedSchema).check(z.maxLength(BRIEFING_LIMITS.notReportedPerItem))),
  /**
   * How many jurisdiction-years were not reported in all when the item was
   * added; notReported lists the first of them (in the explorer table's
   * order: level, code, then year). Optional: without it, notReported is
   * every row.
   */
  notReportedTotal: z.optional(z.number().check(z.int(), z.nonnegative())),
});
export const QuoteItemSchema = z.object({ kind: z.literal('quote'), ...ItemBase, ...IndicatorViewFields });
export const ProfileItemSchema = z.object({
  kind: z.literal('profile'),
  ...ItemBase,
  jurisdiction: JurisdictionRefSchema,
  view: SourceViewSchema,
  /** The indicators whose latest values are shown, in the order shown. */
  indicators: z.array(IndicatorRefSchema),
  ...SnapshotFields,
});

export const BriefingItemSchema = z
  .discriminatedUnion('kind', [ChartItemSchema, TableItemSchema, QuoteItemSchema, ProfileItemSchema])
  .check(
    z.superRefine((item, ctx) => {
      const documents = new Set(item.documents.map((d) => d.id));
      item.observations.forEach((o, index) => {
        if (!documents.has(o.provenance.sourceId)) {
          ctx.addIssue({ code: 'custom', path: ['observations', index, 'provenance', 'sourceId'], message: `document ${o.provenance.sourceId} is not in the item’s documents` });
        }
      });
      if (item.kind === 'table') {
        const named = new Set(item.jurisdictions.map((j) => j.code));
        item.notReported?.forEach((row, index) => {
          if (!named.has(row.jurisdictionCode)) {
            ctx.addIssue({ code: 'custom', path: ['notReported', index, 'jurisdictionCode'], message: `jurisdiction ${row.jurisdictionCode} is not in the item’s jurisdictions` });
          }
        });
        if (item.notReportedTotal !== undefined && item.notReportedTotal < (item.notReported?.length ?? Infinity)) {
          ctx.addIssue({ code: 'custom', path: ['notReportedTotal'], message: 'the total of not-reported rows is less than the rows listed, or there are no rows' });
        }
      }
      if (item.kind === 'quote' && item.observations.length !== 1) {
        ctx.addIssue({ code: 'custom', path: ['observations'], message: 'a quote item holds exactly one observation' });
      }
    }),
  );
export type BriefingItem = z.infer<typeof BriefingItemSchema>;
export type ChartItem = z.infer<typeof ChartItemSchema>;
export type TableItem = z.infer<typeof TableItemSchema>;
export type QuoteItem = z.infer<typeof QuoteItemSchema>;
export type ProfileItem = z.infer<typeof ProfileItemSchema>;
export type IndicatorItem = ChartItem | TableItem | QuoteItem;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An item as a page offers it: the store gives it an id, an empty note and the time. */
export type BriefingItemDraft = DistributiveOmit<BriefingItem, 'id' | 'note' | 'addedAt'>;

/**
 * How far a draft is over what one briefing item may hold (BRIEFING_LIMITS.observationsPerItem), or
 * null when it fits. Asked before anything is stored, so a view too large for paper (every county over
 * ten years) is refused with its size, not with a schema error after an empty briefing was created.
 */
export function draftTooLarge(draft: BriefingItemDraft): { count: number; limit: number } | null {
  const count = draft.observations.length;
  return count > BRIEFING_LIMITS.observationsPerItem ? { count, limit: BRIEFING_LIMITS.observationsPerItem } : null;
}

export const BriefingSchema = z
  .object({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    title: z.string().check(z.trim(), z.minLength(1, 'a briefing needs a title'), z.maxLength(BRIEFING_LIMITS.title)),
    /** The date printed on the briefing. */
    date: IsoDateSchema,
    author: z.string().check(z.maxLength(BRIEFING_LIMITS.author)),
    items: z.array(BriefingItemSchema).check(z.maxLength(BRIEFING_LIMITS.items)),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .check(
    z.superRefine((briefing, ctx) => {
      const seen = new Set<string>();
      briefing.items.forEach((item, index) => {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', index, 'id'], message: `item id ${item.id} is repeated` });
        seen.add(item.id);
      });
    }),
  );
export type Briefing = z.infer<typeof BriefingSchema>;

/** A briefing without its items, for lists. */
export interface BriefingSummary {
  id: string;
  title: string;
  date: string;
  author: string;
  itemCount: number;
  updatedAt: string;
}

export function summarizeBriefing(briefing: Briefing): BriefingSummary {
  const { id, title, date, author, updatedAt } = briefing;
  return { id, title, date, author, itemCount: briefing.items.length, updatedAt };
}

// ---- Editing (pure) ----------------------------------------------------------

/** Moves the element at `from` to index `to` (clamped); the same array when nothing moves. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(items.length - 1, to));
  if (from < 0 || from >= items.length || from === target) return [...items];
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(target, 0, moved!);
  return next;
}

/** A short title for an item, in the given language, as lists and headings show it. */
export function itemTitle(item: BriefingItem, language: 'zh' | 'en'): LocalizedText[typeof language] {
  if (item.kind === 'profile') return item.jurisdiction.name[language];
  return item.indicator.name[language];
}

// ---- Backup files --------------------------------------------------------------

export const BRIEFING_BACKUP_FORMAT = 'reportlens-briefings';
export const BRIEFING_BACKUP_VERSION = 1;

export interface BriefingBackupFile {
  format: typeof BRIEFING_BACKUP_FORMAT;
  version: typeof BRIEFING_BACKUP_VERSION;
  exportedAt: string;
  briefings: Briefing[];
}

export function createBriefingBackup(briefings: Briefing[], exportedAt: Date): BriefingBackupFile {
  return { format: BRIEFING_BACKUP_FORMAT, version: BRIEFING_BACKUP_VERSION, exportedAt: exportedAt.toISOString(), briefings };
}

/**
 * Why a briefing file was refused, precise enough to find the problem:
 * - tooLarge: more bytes than BRIEFING_LIMITS.fileBytes (detail: the size);
 * - empty: no content at all;
 * - json: not JSON (detail: the parser's message);
 * - format: JSON, but not a ReportLens briefing file (detail: field and message);
 * - version: another version of the format (detail: the version found);
 * - briefing: one briefing is invalid (its index, its title when readable, the field path, the message).
 */
export type BriefingFileProblem =
  | { kind: 'tooLarge'; detail: string }
  | { kind: 'empty'; detail: string }
  | { kind: 'json'; detail: string }
  | { kind: 'format'; detail: string }
  | { kind: 'version'; detail: string }
  | { kind: 'briefing'; briefingIndex: number; briefingTitle: string | null; path: string; detail: string };

export type BriefingFileValidation = { ok: true; briefings: Briefing[] } | { ok: false; problem: BriefingFileProblem };

const EnvelopeSchema = z.object({
  format: z.literal(BRIEFING_BACKUP_FORMAT),
  version: z.unknown(),
  briefings: z.array(z.unknown()),
});

function pathText(path: ReadonlyArray<PropertyKey>): string {
  return path.map(String).join('.');
}

/** Validates a whole briefing file; the first problem found is reported and nothing is returned. */
export function validateBriefingFile(text: string, byteLength = new TextEncoder().encode(text).length): BriefingFileValidation {
  if (byteLength > BRIEFING_LIMITS.fileBytes) return { ok: false, problem: { kind: 'tooLarge', detail: String(byteLength) } };
  if (text.trim() === '') return { ok: false, problem: { kind: 'empty', detail: '' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { kind: 'json', detail: error instanceof Error ? error.message : String(error) } };
  }
  const envelope = EnvelopeSchema.safeParse(data);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    return { ok: false, problem: { kind: 'format', detail: `${(issue && pathText(issue.path)) || '(root)'}: ${issue?.message ?? 'invalid'}` } };
  }
  if (envelope.data.version !== BRIEFING_BACKUP_VERSION) {
    return { ok: false, problem: { kind: 'version', detail: JSON.stringify(envelope.data.version ?? null) } };
  }
  const briefings: Briefing[] = [];
  for (const [index, raw] of envelope.data.briefings.entries()) {
    const parsed = BriefingSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const title = typeof raw === 'object' && raw !== null && typeof (raw as { title?: unknown }).title === 'string' ? (raw as { title: string }).title : null;
      return { ok: false, problem: { kind: 'briefing', briefingIndex: index, briefingTitle: title, path: pathText(issue.path) || '(root)', detail: issue.message } };
    }
    briefings.push(parsed.data);
  }
  return { ok: true, briefings };
}

// ---- Snapshots --------------------------------------------------------------------

/** Exactly the observations a scope selects from an indicator's current data, for change detection. */
export function observationsInScope(observations: readonly Observation[], scope: ViewScope): Observation[] {
  const wanted = scope.jurisdictions ? new Set(scope.jurisdictions) : null;
  return observations.filter(
    (o) =>
      (!wanted || wanted.has(o.jurisdictionCode)) &&
      (scope.from === null || o.year >= scope.from) &&
      (scope.to === null || o.year <= scope.to) &&
      (scope.year === null || o.year === scope.year) &&
      (scope.includeRelatives || o.relative === null),
  );
}

/**
 * The jurisdiction-years a scope covers whose document gives no value (level
 * or relative) among the observations: exactly the explorer's "not reported"
 * rows (buildIndicatorRows in indicator-view.ts, the one definition), so a
 * briefing never names a jurisdiction-year the table did not show, such as
 * one of a jurisdiction the index does not list. In the table's order too,
 * which is buildIndicatorRows's (level, code, then year), kept rather than
 * sorted again, so a printed briefing lists them as the reader saw them; one
 * entry per jurisdiction-year.
 */
export function notReportedInScope(source: RowSource, observations: readonly Observation[], scope: ViewScope): NotReported[] {
  const wanted = scope.jurisdictions ? new Set(scope.jurisdictions) : null;
  const rows: NotReported[] = [];
  for (const row of buildIndicatorRows(source, observations)) {
    const { year } = row;
    const jurisdictionCode = row.jurisdiction.code;
    if (row.status !== 'notReported' || (wanted && !wanted.has(jurisdictionCode))) continue;
    if ((scope.from !== null && year < scope.from) || (scope.to !== null && year > scope.to) || (scope.year !== null && year !== scope.year)) continue;
    rows.push({ jurisdictionCode, year });
  }
  return rows;
}
