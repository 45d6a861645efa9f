import { describe, expect, it } from 'vitest';
import { locateQuote, provenanceMismatch } from './provenance';

const text = '共收到工单12905宗,其中投诉类10602宗。另有投诉类10602宗重复。𠀀扩展字';

describe('locateQuote', () => {
  it('returns UTF-16 offsets that slice back to the quote', () => {
    const span = locateQuote(text, '工单12905宗');
    expect(span).toEqual({ start: 3, end: 11 });
    if ('start' in span) expect(text.slice(span.start, span.end)).toBe('工单12905宗');
  });

  it('counts a character outside the BMP as two code units, as String.prototype.slice does', () => {
    const span = locateQuote(text, '扩展字');
    expect('start' in span && text.slice(span.start, span.end)).toBe('扩展字');
    expect('start' in span && span.start).toBe(text.length - 3);
  });

  it('refuses an ambiguous quote unless an occurrence is given', () => {
    expect(locateQuote(text, '投诉类10602宗')).toEqual({ error: expect.stringContaining('occurs 2 times') });
    const second = locateQuote(text, '投诉类10602宗', 1);
    expect('start' in second && second.start).toBe(text.lastIndexOf('投诉类10602宗'));
    expect(locateQuote(text, '投诉类10602宗', 2)).toEqual({ error: expect.stringContaining('does not exist') });
  });

  it('reports a quote that is not in the text', () => {
    expect(locateQuote(text, '满意度88.93%')).toEqual({ error: expect.stringContaining('not found') });
  });
});

describe('provenanceMismatch', () => {
  it('accepts a span that slices to its quote', () => {
    expect(provenanceMismatch(text, { sourceId: 's', start: 3, end: 11, quote: '工单12905宗' })).toBeNull();
  });
  it('names the source and shows what the span really holds', () => {
    expect(provenanceMismatch(text, { sourceId: 's', start: 4, end: 12, quote: '工单12905宗' })).toMatch(/^s\[4, 12\) is «单12905宗,»/);
  });
  it('catches a span past the end of the text', () => {
    expect(provenanceMismatch('abc', { sourceId: 's', start: 1, end: 9, quote: 'bcdefghi' })).toMatch(/past the end/);
  });
});
