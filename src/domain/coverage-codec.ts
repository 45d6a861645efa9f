/**
 * Which jurisdictions an indicator covers, as index.json stores it: sorted
 * inclusive ranges [first, last] of positions in index.jurisdictions, instead
 * of a list of codes. The synthetic index lists about 2,900 counties for each
 * of 145 indicators; as ranges that is a few numbers per indicator, because
 * the jurisdictions that report are mostly consecutive in the list.
 *
 * A range list is canonical: ranges are sorted, each has first ≤ last, and
 * two ranges are separated by at least one position (touching ranges would
 * be one range), so a set of positions has exactly one encoding.
 *
 * Free of zod: data-files.ts validates the shape, this module the meaning.
 */
export type JurisdictionRange = [first: number, last: number];

/** Encodes a set of positions (any order; repeats are ignored) as canonical ranges. */
export function rangesOfPositions(positions: Iterable<number>): JurisdictionRange[] {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  const ranges: JurisdictionRange[] = [];
  for (const position of sorted) {
    if (!Number.isInteger(position) || position < 0) throw new Error(`position ${position} is not a whole number ≥ 0`);
    const last = ranges[ranges.length - 1];
    if (last !== undefined && last[1] === position - 1) last[1] = position;
    else ranges.push([position, position]);
  }
  return ranges;
}

export interface RangeProblem {
  /** Which range (index into the list) is wrong. */
  range: number;
  message: string;
}

/**
 * Checks a range list against a list of `size` positions and returns its
 * first problem, or null when it is canonical and in range. One pass, no
 * allocation: index.json is validated on every load.
 */
export function rangeProblem(ranges: ReadonlyArray<readonly [number, number]>, size: number): RangeProblem | null {
  let previousLast = -2;
  for (let i = 0; i < ranges.length; i++) {
    const [first, last] = ranges[i]!;
    if (first > last) return { range: i, message: `range [${first}, ${last}] ends before it starts` };
    if (first < 0 || last >= size) {
      const bad = first < 0 ? first : last;
      return { range: i, message: `position ${bad} is out of range (${size === 0 ? 'the list is empty' : `0–${size - 1}`})` };
    }
    if (first <= previousLast + 1) {
      const previous = ranges[i - 1]!;
      return {
        range: i,
        message: `range [${first}, ${last}] ${first <= previousLast ? 'overlaps or precedes' : 'touches'} the range before it [${previous[0]}, ${previous[1]}]; ranges must be sorted with a gap between them`,
      };
    }
    previousLast = last;
  }
  return null;
}

/** The positions a checked range list covers, in increasing order. */
export function positionsOfRanges(ranges: ReadonlyArray<readonly [number, number]>): number[] {
  const positions: number[] = [];
  for (const [first, last] of ranges) for (let p = first; p <= last; p++) positions.push(p);
  return positions;
}
