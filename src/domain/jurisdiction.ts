import { z } from 'zod/mini';
import { LocalizedTextSchema } from './localized-text';
import { DIVISION_CODE_PATTERN } from './patterns';
import './zod-messages';

/**
 * GB/T 2260 administrative division code: six digits (PPCCDD). Towns and
 * streets use the nine-digit township code (统计用区划代码 prefix), which
 * extends the code of the county-level unit they belong to.
 */
export const DivisionCodeSchema = z
  .string()
  .check(z.regex(DIVISION_CODE_PATTERN, 'expected a 6-digit GB/T 2260 code or a 9-digit township code'));

export const JURISDICTION_LEVELS = ['province', 'prefecture', 'county', 'town'] as const;
export const JurisdictionLevelSchema = z.enum(JURISDICTION_LEVELS);
export type JurisdictionLevel = z.infer<typeof JurisdictionLevelSchema>;

export const JurisdictionSchema = z
  .object({
    code: DivisionCodeSchema,
    name: LocalizedTextSchema,
    level: JurisdictionLevelSchema,
    parentCode: z.nullable(DivisionCodeSchema),
  })
  .check(
    z.superRefine((j, ctx) => {
      // A town code must be nine digits; every other level uses six.
      const isTownCode = j.code.length === 9;
      if (isTownCode !== (j.level === 'town')) {
        ctx.addIssue({
          code: 'custom',
          path: ['code'],
          message: `level "${j.level}" does not match a ${j.code.length}-digit code`,
        });
      }
      if (j.level !== 'province' && j.parentCode === null) {
        ctx.addIssue({ code: 'custom', path: ['parentCode'], message: 'only a province may have no parent' });
      }
      if (j.parentCode !== null && !j.code.startsWith(j.parentCode.slice(0, 2))) {
        ctx.addIssue({ code: 'custom', path: ['parentCode'], message: 'parent must be in the same province' });
      }
    }),
  );
export type Jurisdiction = z.infer<typeof JurisdictionSchema>;
