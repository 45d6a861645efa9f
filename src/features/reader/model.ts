import type { Indicator, Theme } from '../../domain/indicator';
import type { Observation } from '../../domain/observation';

/** The facts that share one span of the text (one clause can state several measures). */
export interface FactGroup {
  /** "start-end": also the mark id in the text. */
  id: string;
  start: number;
  end: number;
  observations: Observation[];
  themes: Theme[];
}

export function spanId(span: { start: number; end: number }): string {
  return `${span.start}-${span.end}`;
}

/** Groups observations by span, in text order. Works for curated and imported facts alike. */
export function groupFacts(observations: Observation[], indicators: Map<string, Indicator>): FactGroup[] {
  const groups = new Map<string, FactGroup>();
  for (const o of observations) {
    const id = spanId(o.provenance);
    let group = groups.get(id);
    if (!group) {
      group = { id, start: o.provenance.start, end: o.provenance.end, observations: [], themes: [] };
      groups.set(id, group);
    }
    group.observations.push(o);
    const theme = indicators.get(o.indicatorId)?.theme;
    if (theme && !group.themes.includes(theme)) group.themes.push(theme);
  }
  return [...groups.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

export type SpanParam =
  | { kind: 'none' }
  | { kind: 'valid'; start: number; end: number }
  | { kind: 'invalid'; reason: InvalidSpanReason; start: string | null; end: string | null };

/**
 * Why a linked span cannot be shown, so the page can say it: one of the two numbers is missing, they are
 * not character positions, the start is not before the end, or the span runs past the end of the text
 * (a link meant for another, longer document).
 */
export type InvalidSpanReason = 'incomplete' | 'notNumbers' | 'reversed' | 'beyondEnd';

const INTEGER = /^\d{1,9}$/;

/** Reads ?start=&end= against the text length: both whole numbers, start < end ≤ length. */
export function parseSpanParam(start: string | null, end: string | null, textLength: number | null): SpanParam {
  if (start === null && end === null) return { kind: 'none' };
  const invalid = (reason: InvalidSpanReason): SpanParam => ({ kind: 'invalid', reason, start, end });
  if (start === null || end === null) return invalid('incomplete');
  if (!INTEGER.test(start) || !INTEGER.test(end)) return invalid('notNumbers');
  const s = Number(start);
  const e = Number(end);
  if (s >= e) return invalid('reversed');
  if (textLength !== null && e > textLength) return invalid('beyondEnd');
  return { kind: 'valid', start: s, end: e };
}

/** The next (or previous) group from a position in the text, wrapping around. */
export function stepGroup(groups: FactGroup[], current: { start: number; end: number } | null, direction: 1 | -1): FactGroup | null {
  if (groups.length === 0) return null;
  if (current === null) return direction === 1 ? groups[0]! : groups.at(-1)!;
  const at = groups.findIndex((g) => g.start === current.start && g.end === current.end);
  if (at !== -1) return groups[(at + direction + groups.length) % groups.length]!;
  // A linked span that is not a fact: the first fact after it, or the last before it.
  if (direction === 1) return groups.find((g) => g.start >= current.end) ?? groups[0]!;
  return [...groups].reverse().find((g) => g.end <= current.start) ?? groups.at(-1)!;
}
