import type { Briefing, BriefingItem, DocumentRef } from './briefing';
import { isLevel, type Observation } from './observation';

/**
 * Footnotes of a briefing: every number shown gets one, numbered 1, 2, 3… in
 * the order the numbers appear, across the whole briefing. Numbers quoted
 * from the same span of the same document share one footnote.
 */
export interface Footnote {
  number: number;
  document: DocumentRef;
  sourceId: string;
  start: number;
  end: number;
  quote: string;
}

export interface Footnotes {
  notes: Footnote[];
  /** The footnote number of an observation shown in a given item. */
  numberOf: (itemId: string, observationId: string) => number | undefined;
}

/**
 * The observations an item shows, in the order it shows them: levels, then
 * relative values, which a printed table lists apart (never as levels).
 */
export function displayedObservations(item: BriefingItem): Observation[] {
  return [...item.observations.filter(isLevel), ...item.observations.filter((o) => !isLevel(o))];
}

function spanKey(observation: Observation): string {
  const { sourceId, start, end } = observation.provenance;
  return `${sourceId}|${start}|${end}`;
}

export function buildFootnotes(briefing: Pick<Briefing, 'items'>): Footnotes {
  const notes: Footnote[] = [];
  const bySpan = new Map<string, number>();
  const byItemObservation = new Map<string, number>();
  for (const item of briefing.items) {
    const documents = new Map(item.documents.map((d) => [d.id, d]));
    for (const observation of displayedObservations(item)) {
      const key = spanKey(observation);
      let number = bySpan.get(key);
      if (number === undefined) {
        const { sourceId, start, end, quote } = observation.provenance;
        number = notes.length + 1;
        notes.push({ number, document: documents.get(sourceId)!, sourceId, start, end, quote });
        bySpan.set(key, number);
      }
      byItemObservation.set(`${item.id}|${observation.id}`, number);
    }
  }
  return { notes, numberOf: (itemId, observationId) => byItemObservation.get(`${itemId}|${observationId}`) };
}
