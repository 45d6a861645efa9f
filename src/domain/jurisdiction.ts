import { z } from 'zod/mini';
import { LocalizedTextSchema } from './localized-text';
import { DIVISION_CODE_PATTERN, provinceCodeOf } from './patterns';
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
      if (j.parentCode !== null && provinceCodeOf(j.code) !== provinceCodeOf(j.parentCode)) {
        ctx.addIssue({ code: 'custom', path: ['parentCode'], message: 'parent must be in the same province' });
      }
    }),
  );
export type Jurisdiction = z.infer<typeof JurisdictionSchema>;

const LEVELS: ReadonlySet<string> = new Set(JURISDICTION_LEVELS);

/**
 * True when JurisdictionSchema would accept `value` and return an equal
 * object: exactly its four fields (name exactly zh and en), in one pass
 * without a schema call. False does not mean invalid, only "ask the schema".
 */
export function isWellFormedJurisdiction(value: unknown): value is Jurisdiction {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.keys(value).length !== 4) return false;
  const { code, name, level, parentCode } = value as Record<string, unknown>;
  if (typeof code !== 'string' || !DIVISION_CODE_PATTERN.test(code)) return false;
  if (typeof name !== 'object' || name === null || Array.isArray(name) || Object.keys(name).length !== 2) return false;
  const { zh, en } = name as Record<string, unknown>;
  if (typeof zh !== 'string' || zh.length === 0 || typeof en !== 'string' || en.length === 0) return false;
  if (typeof level !== 'string' || !LEVELS.has(level)) return false;
  if (parentCode !== null && (typeof parentCode !== 'string' || !DIVISION_CODE_PATTERN.test(parentCode))) return false;
  // JurisdictionSchema's refinements.
  if ((code.length === 9) !== (level === 'town')) return false;
  if (level !== 'province' && parentCode === null) return false;
  return parentCode === null || provinceCodeOf(code) === provinceCodeOf(parentCode);
}

/**
 * A list of jurisdictions, as z.array(JurisdictionSchema) would check it but
 * cheaper for long lists (the synthetic index has about 3,300): each element
 * is first tested by isWellFormedJurisdiction; any other element goes
 * through JurisdictionSchema, whose messages and output are kept.
 */
export const JurisdictionListSchema = z.pipe(
  z.unknown(),
  z.transform((value, ctx): Jurisdiction[] => {
    if (!Array.isArray(value)) {
      ctx.issues.push({ code: 'invalid_type', expected: 'array', input: value, message: `expected array, received ${value === null ? 'null' : typeof value}` });
      return z.NEVER;
    }
    let list = value as Jurisdiction[];
    for (let i = 0; i < value.length; i++) {
      if (isWellFormedJurisdiction(value[i])) continue;
      const parsed = JurisdictionSchema.safeParse(value[i]);
      if (parsed.success) {
        if (list === value) list = [...value];
        list[i] = parsed.data;
      } else {
        for (const issue of parsed.error.issues) ctx.issues.push({ ...issue, input: value[i], path: [i, ...issue.path] });
      }
    }
    return list;
  }),
);

/**
 * A search by name (either language, case-insensitive) or by code prefix: "4409" finds the
 * jurisdictions of 茂名市, as GB/T 2260 codes nest. An empty query matches everything.
 */
export function matchesJurisdiction(jurisdiction: Jurisdiction, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (needle === '') return true;
  return jurisdiction.code.startsWith(needle) || jurisdiction.name.zh.includes(needle) || jurisdiction.name.en.toLowerCase().includes(needle);
}
