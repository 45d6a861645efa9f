/**
 * Cuts a text into the pieces a highlighter renders, without ever changing a
 * character: joining every segment's slice gives the text back.
 *
 * - Spans (facts, a linked sentence) become marks. Where spans overlap, the
 *   text is cut at every span boundary; each piece knows which spans cover it
 *   and which start at it, so each span has exactly one piece to focus.
 * - Decorations (page chrome, find-in-page matches) never cut a mark into
 *   two marks: they become parts inside the segments.
 */
export interface SpanInput {
  id: string;
  start: number;
  end: number;
}

export interface DecorationInput {
  start: number;
  end: number;
  /** What the decoration is ("chrome", "match", "match-active"); the renderer maps it to a class. */
  tag: string;
}

export interface SegmentPart {
  start: number;
  end: number;
  tags: string[];
}

export interface TextSegment {
  start: number;
  end: number;
  /** Spans covering this segment, outermost (longest) first; empty for plain text. */
  spanIds: string[];
  /** Spans that begin at this segment: it is their focus target. */
  startsSpanIds: string[];
  parts: SegmentPart[];
}

function clip<T extends { start: number; end: number }>(items: T[], length: number): T[] {
  return items
    .map((item) => ({ ...item, start: Math.max(0, item.start), end: Math.min(length, item.end) }))
    .filter((item) => Number.isInteger(item.start) && Number.isInteger(item.end) && item.start < item.end);
}

function cutPoints(length: number, ranges: Array<{ start: number; end: number }>): number[] {
  const points = new Set<number>([0, length]);
  for (const r of ranges) {
    points.add(r.start);
    points.add(r.end);
  }
  return [...points].sort((a, b) => a - b);
}

/**
 * One sweep over the cut points: spans and decorations enter a short "active"
 * list when the sweep reaches their start and leave it after their end, so a
 * text with thousands of marks costs about (marks + cuts) × overlap, not
 * marks × cuts (a whole imported report is highlighted at once).
 */
export function segmentText(length: number, spans: SpanInput[], decorations: DecorationInput[] = []): TextSegment[] {
  if (length === 0) return [];
  const validSpans = clip(spans, length).sort((a, b) => a.start - b.start || b.end - a.end);
  // Decorations keep their input order wherever several cover a part (their tags are listed in it).
  const validDecorations = clip(decorations, length)
    .map((d, order) => ({ ...d, order }))
    .sort((a, b) => a.start - b.start || a.order - b.order);
  const points = cutPoints(length, validSpans);
  const segments: TextSegment[] = [];
  let nextSpan = 0;
  let active: SpanInput[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (active.length > 0) active = active.filter((s) => s.end > start);
    while (nextSpan < validSpans.length && validSpans[nextSpan]!.start <= start) {
      const span = validSpans[nextSpan++]!;
      if (span.end > start) active.push(span);
    }
    // Active spans stay in the sorted order (start, then longest first): outermost first, as documented.
    const covering = active.filter((s) => end <= s.end);
    const previous = segments.at(-1);
    const spanIds = covering.map((s) => s.id);
    const startsSpanIds = covering.filter((s) => s.start === start).map((s) => s.id);
    // Plain stretches merge, so the text is not cut where no span begins or ends.
    if (previous && spanIds.length === 0 && previous.spanIds.length === 0) {
      previous.end = end;
      continue;
    }
    segments.push({ start, end, spanIds, startsSpanIds, parts: [] });
  }
  let nextDecoration = 0;
  let open: typeof validDecorations = [];
  for (const segment of segments) {
    if (open.length > 0) open = open.filter((d) => d.end > segment.start);
    while (nextDecoration < validDecorations.length && validDecorations[nextDecoration]!.start < segment.end) {
      const decoration = validDecorations[nextDecoration++]!;
      if (decoration.end > segment.start) open.push(decoration);
    }
    const inside = open.filter((d) => d.start < segment.end && segment.start < d.end).sort((a, b) => a.order - b.order);
    const partPoints = cutPoints(segment.end - segment.start, inside.map((d) => ({ start: d.start - segment.start, end: d.end - segment.start })))
      .map((p) => p + segment.start)
      .filter((p) => p >= segment.start && p <= segment.end);
    for (let i = 0; i + 1 < partPoints.length; i++) {
      const start = partPoints[i]!;
      const end = partPoints[i + 1]!;
      if (start === end) continue;
      const tags = [...new Set(inside.filter((d) => d.start <= start && end <= d.end).map((d) => d.tag))];
      const last = segment.parts.at(-1);
      if (last && last.tags.join() === tags.join()) last.end = end;
      else segment.parts.push({ start, end, tags });
    }
  }
  return segments;
}

/** Every occurrence of `query` in `text` (case-insensitive for Latin letters), in UTF-16 offsets. */
export function findAll(text: string, query: string): Array<{ start: number; end: number }> {
  if (query.length === 0) return [];
  const haystack = text.toLowerCase();
  const needle = query.toLowerCase();
  // Lower-casing must not change lengths, or the offsets would drift.
  if (haystack.length !== text.length || needle.length !== query.length) {
    return findExact(text, query);
  }
  return findExact(haystack, needle);
}

function findExact(text: string, query: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (let at = text.indexOf(query); at !== -1; at = text.indexOf(query, at + query.length)) {
    found.push({ start: at, end: at + query.length });
  }
  return found;
}
