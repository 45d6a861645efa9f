import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAll, segmentText } from './text-segments';

const text = '共收到工单12905宗,其中投诉类10602宗。𠀀扩展字';

function join(t: string, segments: ReturnType<typeof segmentText>): string {
  return segments.map((s) => s.parts.map((p) => t.slice(p.start, p.end)).join('')).join('');
}

describe('segmentText', () => {
  it('gives one mark per span and plain text between, joining back to the text', () => {
    const segments = segmentText(text.length, [{ id: 'a', start: 3, end: 11 }]);
    expect(segments.map((s) => [text.slice(s.start, s.end), s.spanIds])).toEqual([
      ['共收到', []],
      ['工单12905宗', ['a']],
      [',其中投诉类10602宗。𠀀扩展字', []],
    ]);
    expect(segments[1]!.startsSpanIds).toEqual(['a']);
    expect(join(text, segments)).toBe(text);
  });

  it('cuts overlapping spans at every boundary; each span starts at exactly one segment', () => {
    const segments = segmentText(text.length, [
      { id: 'inner', start: 3, end: 11 },
      { id: 'outer', start: 3, end: 19 },
      { id: 'cross', start: 15, end: 25 },
    ]);
    const starts = segments.flatMap((s) => s.startsSpanIds);
    expect(starts.sort()).toEqual(['cross', 'inner', 'outer']);
    const first = segments.find((s) => s.startsSpanIds.includes('inner'))!;
    expect(first.spanIds).toEqual(['outer', 'inner']);
    expect(join(text, segments)).toBe(text);
  });

  it('keeps a decoration inside the mark as parts, never splitting the mark', () => {
    const segments = segmentText(text.length, [{ id: 'a', start: 3, end: 11 }], [{ start: 5, end: 10, tag: 'match' }]);
    const mark = segments.find((s) => s.spanIds.length > 0)!;
    expect(mark.parts.map((p) => [text.slice(p.start, p.end), p.tags])).toEqual([
      ['工单', []],
      ['12905', ['match']],
      ['宗', []],
    ]);
  });

  it('drops spans outside the text or empty, instead of failing', () => {
    const segments = segmentText(text.length, [
      { id: 'bad', start: 30, end: 40 },
      { id: 'empty', start: 4, end: 4 },
    ]);
    expect(segments).toHaveLength(1);
    expect(join(text, segments)).toBe(text);
  });

  it('always joins back to the text, whatever the spans and decorations (property)', () => {
    const range = fc.tuple(fc.integer({ min: -3, max: 40 }), fc.integer({ min: -3, max: 40 })).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 6 }), fc.array(range, { maxLength: 4 }), (spans, decorations) => {
        const segments = segmentText(
          text.length,
          spans.map((s, i) => ({ ...s, id: `s${i}` })),
          decorations.map((d) => ({ ...d, tag: 'x' })),
        );
        expect(join(text, segments)).toBe(text);
      }),
    );
  });

  it('gives every character exactly the spans and decoration tags that cover it (property)', () => {
    const range = fc.tuple(fc.integer({ min: -3, max: 40 }), fc.integer({ min: -3, max: 40 })).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 12 }), fc.array(range, { maxLength: 6 }), (rawSpans, rawDecorations) => {
        // Offsets outside the text are clipped to it, as segmentText does.
        const clipped = (r: { start: number; end: number }) => ({ start: Math.max(0, r.start), end: Math.min(text.length, r.end) });
        const spans = rawSpans.map((s, i) => ({ ...clipped(s), id: `s${i}` }));
        const decorations = rawDecorations.map((d, i) => ({ ...clipped(d), tag: `d${i % 3}` }));
        const segments = segmentText(
          text.length,
          rawSpans.map((r, i) => ({ ...r, id: `s${i}` })),
          rawDecorations.map((r, i) => ({ ...r, tag: `d${i % 3}` })),
        );
        const byStart = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
        for (const segment of segments) {
          for (const part of segment.parts) {
            for (let at = part.start; at < part.end; at++) {
              // Outermost first: the order of spans sorted by start, longest first.
              expect(segment.spanIds).toEqual(byStart.filter((s) => s.start <= at && at < s.end && s.start < s.end).map((s) => s.id));
              const tags = [...new Set(decorations.filter((d) => d.start <= at && at < d.end && d.start < d.end).map((d) => d.tag))];
              expect(part.tags).toEqual(tags);
            }
          }
          expect(segment.startsSpanIds).toEqual(segment.spanIds.filter((id) => spans.find((s) => s.id === id)!.start === segment.start));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('findAll', () => {
  it('finds every occurrence, case-insensitively for Latin letters', () => {
    expect(findAll('ICP备 icp 10602宗 10602宗', '10602')).toEqual([
      { start: 9, end: 14 },
      { start: 16, end: 21 },
    ]);
    expect(findAll('ICP备 icp', 'icp')).toHaveLength(2);
    expect(findAll('abc', '')).toEqual([]);
  });
});
