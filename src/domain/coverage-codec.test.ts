import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positionsOfRanges, rangeProblem, rangesOfPositions } from './coverage-codec';

describe('coverage ranges', () => {
  it('encodes positions as sorted, separated inclusive ranges', () => {
    expect(rangesOfPositions([5, 3, 4, 9, 0, 4])).toEqual([
      [0, 0],
      [3, 5],
      [9, 9],
    ]);
    expect(rangesOfPositions([])).toEqual([]);
    expect(() => rangesOfPositions([1.5])).toThrow('position 1.5 is not a whole number ≥ 0');
  });

  it('round-trips any set of positions, canonically', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 400 }), { maxLength: 200 }), (positions) => {
        const ranges = rangesOfPositions(positions);
        expect(rangeProblem(ranges, 401)).toBeNull();
        expect(positionsOfRanges(ranges)).toEqual([...positions].sort((a, b) => a - b));
      }),
    );
  });

  it('names the first bad range and what is wrong with it', () => {
    expect(rangeProblem([[0, 3], [5, 9]], 10)).toBeNull();
    expect(rangeProblem([[4, 2]], 10)).toEqual({ range: 0, message: 'range [4, 2] ends before it starts' });
    expect(rangeProblem([[0, 1], [3, 10]], 10)).toEqual({ range: 1, message: 'position 10 is out of range (0–9)' });
    expect(rangeProblem([[-1, 2]], 10)).toEqual({ range: 0, message: 'position -1 is out of range (0–9)' });
    expect(rangeProblem([[0, 0]], 0)).toEqual({ range: 0, message: 'position 0 is out of range (the list is empty)' });
    expect(rangeProblem([[5, 6], [0, 1]], 10)).toEqual({
      range: 1,
      message: 'range [0, 1] overlaps or precedes the range before it [5, 6]; ranges must be sorted with a gap between them',
    });
    expect(rangeProblem([[0, 4], [3, 6]], 10)?.message).toMatch(/^range \[3, 6\] overlaps or precedes/);
    expect(rangeProblem([[0, 4], [5, 6]], 10)).toEqual({
      range: 1,
      message: 'range [5, 6] touches the range before it [0, 4]; ranges must be sorted with a gap between them',
    });
  });
});
