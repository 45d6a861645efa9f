import type { BriefingItem } from '../../../domain/briefing';
import { displayedObservations } from '../../../domain/briefing-footnotes';
import { conflictingIds } from '../../../domain/latest-values';
import { isLevel, QUALIFIERS, type Observation, type Qualifier } from '../../../domain/observation';

/**
 * What a printed values table needs beyond the values themselves, so the
 * caveats the explorer shows survive on paper: levels and relative values
 * apart, a letter for each value with a curator's note, the values whose
 * source contradicts itself, and which qualifier signs need a key.
 */
export interface ItemValues {
  levels: Observation[];
  relatives: Observation[];
  /** Each value with a note and its letter (a, b, …), in the order the values are shown. */
  notes: Array<{ mark: string; observation: Observation }>;
  noteMark: (observationId: string) => string | undefined;
  /** Levels on either side of a contradiction (same indicator, jurisdiction, year, scope and period): shown, not resolved. */
  conflicting: ReadonlySet<string>;
  /** The qualifiers other than exact that the shown values use, in a fixed order: the key lists only these. */
  qualifiers: Qualifier[];
}

/** a, b, …, z, aa, ab, …: letters, so notes are never mistaken for the numbered source footnotes. */
export function noteLetter(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return index < 26 ? letter : `${noteLetter(Math.floor(index / 26) - 1)}${letter}`;
}

export function itemValues(item: BriefingItem): ItemValues {
  const shown = displayedObservations(item);
  const levels = shown.filter(isLevel);
  const relatives = shown.filter((o) => !isLevel(o));
  const notes = shown.filter((o) => o.note !== null).map((observation, index) => ({ mark: noteLetter(index), observation }));
  const marks = new Map(notes.map((n) => [n.observation.id, n.mark]));

  const conflicting = conflictingIds(levels);
  const used = new Set(shown.map((o) => o.qualifier));
  return {
    levels,
    relatives,
    notes,
    noteMark: (id) => marks.get(id),
    conflicting,
    qualifiers: QUALIFIERS.filter((q) => q !== 'exact' && used.has(q)),
  };
}
