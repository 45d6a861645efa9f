import { describe, expect, it } from 'vitest';
import { makeObservation } from '../../test/fixtures/make-observation';
import { honestBarStyle, lineSegments, PARTIAL_PERIOD_DECAL, pointSymbol } from './chart-marks';

const JAN_OCT = { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '1-10月' } as const;

describe('pointSymbol', () => {
  it('says with shape what colour cannot', () => {
    expect(pointSymbol(makeObservation(), false)).toBe('circle');
    expect(pointSymbol(makeObservation({ period: JAN_OCT }), false)).toBe('emptyCircle');
    expect(pointSymbol(makeObservation({ qualifier: 'atLeast' }), false)).toBe('diamond');
    expect(pointSymbol(makeObservation({ qualifier: 'approx', period: JAN_OCT }), false)).toBe('emptyDiamond');
    // Imported is a triangle whatever the qualifier; hollow still says part of the year.
    expect(pointSymbol(makeObservation({ qualifier: 'approx' }), true)).toBe('triangle');
    expect(pointSymbol(makeObservation({ period: JAN_OCT }), true)).toBe('emptyTriangle');
  });
});

describe('lineSegments', () => {
  it('dashes the segments touching a part-year value, keeps the rest solid, and leaves a gap for a missing year', () => {
    const full = (value: number) => makeObservation({ value });
    const part = (value: number) => makeObservation({ value, period: JAN_OCT });
    const { solid, dashed } = lineSegments([full(1), full(2), part(3), null, full(5), full(6)]);
    expect(solid).toEqual([1, 2, null, null, 5, 6]);
    expect(dashed).toEqual([null, 2, 3, null, null, null]);
  });

  it('draws nothing for a lone value', () => {
    expect(lineSegments([null, makeObservation({ value: 4 }), undefined])).toEqual({ solid: [null, null, null], dashed: [null, null, null] });
  });
});

describe('honestBarStyle', () => {
  it('hatches a part-year bar and outlines an approximate one dashed', () => {
    expect(honestBarStyle(makeObservation(), '#123456')).toEqual({ color: '#123456' });
    expect(honestBarStyle(makeObservation({ period: JAN_OCT }), '#123456').decal).toBe(PARTIAL_PERIOD_DECAL);
    expect(honestBarStyle(makeObservation({ qualifier: 'atMost' }), '#123456')).toMatchObject({ borderType: 'dashed', borderWidth: 2 });
  });
});
