import type { Provenance } from './observation';

/**
 * Finds the `occurrence`-th (0-based) span of `quote` in `text`, in UTF-16
 * offsets. When no occurrence is given the quote must be unique, so that a
 * curator never points at the wrong sentence by accident.
 */
export function locateQuote(
  text: string,
  quote: string,
  occurrence?: number,
): { start: number; end: number } | { error: string } {
  if (quote.length === 0) return { error: 'empty quote' };
  const starts: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at);
  if (starts.length === 0) return { error: `quote not found: «${quote}»` };
  if (occurrence === undefined) {
    if (starts.length > 1) {
      return { error: `quote occurs ${starts.length} times, give an occurrence: «${quote}»` };
    }
    return { start: starts[0]!, end: starts[0]! + quote.length };
  }
  const start = starts[occurrence];
  if (start === undefined) {
    return { error: `quote occurs ${starts.length} times, occurrence ${occurrence} does not exist: «${quote}»` };
  }
  return { start, end: start + quote.length };
}

/** Why a provenance record does not hold against its source text, or null when it does. */
export function provenanceMismatch(text: string, provenance: Provenance): string | null {
  const { start, end, quote, sourceId } = provenance;
  if (end > text.length) return `${sourceId}: end ${end} is past the end of the text (${text.length})`;
  const slice = text.slice(start, end);
  if (slice !== quote) return `${sourceId}[${start}, ${end}) is «${slice}», not «${quote}»`;
  return null;
}
