import { describe, expect, it } from 'vitest';
import { makeObservation } from '../../../../test/fixtures/make-observation';
import { yearSeries } from '../../../domain/latest-values';
import { buildSparkline } from './sparkline';

const size = { width: 100, height: 20, padding: 0 };

describe('buildSparkline', () => {
  it('draws nothing for a single year: one point is not a trend', () => {
    expect(buildSparkline(yearSeries([makeObservation({ year: 2021 })], '440981'), size)).toBeNull();
  });

  it('spaces years by time and scales values to the height', () => {
    const geometry = buildSparkline(
      yearSeries([makeObservation({ year: 2019, value: 10 }), makeObservation({ year: 2020, value: 20 }), makeObservation({ year: 2021, value: 15 })], '440981'),
      size,
    )!;
    expect(geometry.dots.map((d) => [d.cx, d.cy])).toEqual([
      [0, 20],
      [50, 0],
      [100, 10],
    ]);
    expect(geometry.path).toBe('M0,20 L50,0 L100,10');
  });

  it('breaks the line at a missing year instead of interpolating across it', () => {
    const geometry = buildSparkline(yearSeries([makeObservation({ year: 2018, value: 1 }), makeObservation({ year: 2019, value: 2 }), makeObservation({ year: 2021, value: 3 })], '440981'), size)!;
    expect(geometry.path).toBe('M0,20 L33.3,10 M100,0');
  });

  it('shows both values of a conflicting year as dots, without joining either', () => {
    const geometry = buildSparkline(yearSeries([makeObservation({ year: 2020, value: 1 }), makeObservation({ year: 2021, value: 36 }), makeObservation({ year: 2021, value: 1299 })], '440981'), size)!;
    expect(geometry.dots.filter((d) => d.year === 2021).map((d) => d.value)).toEqual([36, 1299]);
    expect(geometry.path).toBe('M0,20');
  });

  it('marks part-year and approximate values so they can be drawn differently', () => {
    const geometry = buildSparkline(
      yearSeries(
        [
          makeObservation({ year: 2020, value: 1, qualifier: 'approx' }),
          makeObservation({ year: 2021, value: 2, period: { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '1-10月' } }),
        ],
        '440981',
      ),
      size,
    )!;
    expect(geometry.dots.map((d) => [d.partial, d.approximate])).toEqual([
      [false, true],
      [true, false],
    ]);
  });
});
