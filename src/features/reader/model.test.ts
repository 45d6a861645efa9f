import { describe, expect, it } from 'vitest';
import { makeObservation, testIndicator } from '../../../test/fixtures/make-observation';
import { groupFacts, parseSpanParam, stepGroup } from './model';

const at = (start: number, end: number) =>
  makeObservation({ provenance: { sourceId: 'a', start, end, quote: 'x'.repeat(end - start) }, valueAsWritten: 'x' });

describe('parseSpanParam', () => {
  it.each([
    [null, null, { kind: 'none' }],
    ['10', '20', { kind: 'valid', start: 10, end: 20 }],
    ['0', '100', { kind: 'valid', start: 0, end: 100 }],
  ] as const)('start=%s end=%s', (start, end, expected) => {
    expect(parseSpanParam(start, end, 100)).toEqual(expected);
  });

  it.each([
    ['20', '10', 'reversed'],
    ['10', '10', 'reversed'],
    ['-1', '5', 'notNumbers'],
    ['1.5', '5', 'notNumbers'],
    ['abc', '5', 'notNumbers'],
    ['', '5', 'notNumbers'],
    ['10', null, 'incomplete'],
    [null, '10', 'incomplete'],
    ['10', '101', 'beyondEnd'],
    ['100', '120', 'beyondEnd'],
  ] as const)('rejects start=%s end=%s: %s', (start, end, reason) => {
    expect(parseSpanParam(start, end, 100)).toEqual({ kind: 'invalid', reason, start, end });
  });
});

describe('groupFacts and stepGroup', () => {
  const indicators = new Map([[testIndicator.id, testIndicator]]);
  const groups = groupFacts([at(30, 35), at(10, 15), at(10, 15), at(50, 60)], indicators);

  it('groups facts sharing a span, in text order', () => {
    expect(groups.map((g) => [g.id, g.observations.length])).toEqual([
      ['10-15', 2],
      ['30-35', 1],
      ['50-60', 1],
    ]);
    expect(groups[0]!.themes).toEqual(['hotline']);
  });

  it('steps forward and back, wrapping, and from a span that is not a fact', () => {
    expect(stepGroup(groups, null, 1)!.id).toBe('10-15');
    expect(stepGroup(groups, { start: 50, end: 60 }, 1)!.id).toBe('10-15');
    expect(stepGroup(groups, { start: 10, end: 15 }, -1)!.id).toBe('50-60');
    expect(stepGroup(groups, { start: 20, end: 25 }, 1)!.id).toBe('30-35');
    expect(stepGroup(groups, { start: 20, end: 25 }, -1)!.id).toBe('10-15');
    expect(stepGroup([], null, 1)).toBeNull();
  });
});
