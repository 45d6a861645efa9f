import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DisplaySettingsContext, NORMAL_DISPLAY } from '../lib/display-settings';
import { createI18n } from '../lib/i18n';
import { I18nProvider } from '../lib/translation-context';
import { CHART_MARK_MESSAGES, type ChartMarkItem } from './chart-legend';
import { ChartMarksLegend } from './chart-marks-legend';
import { HIGH_CONTRAST_SERIES } from './chart-display-transform';

const i18n = createI18n('en');
const item = (mark: ChartMarkItem['mark']): ChartMarkItem => ({ mark, label: i18n.t(CHART_MARK_MESSAGES[mark]) });

function renderLegend(marks: ChartMarkItem[], highContrast = false) {
  return render(
    <I18nProvider i18n={i18n}>
      <DisplaySettingsContext.Provider value={{ ...NORMAL_DISPLAY, highContrast }}>
        <ChartMarksLegend marks={marks} />
      </DisplaySettingsContext.Provider>
    </I18nProvider>,
  );
}

describe('ChartMarksLegend', () => {
  it('lists only the marks it is given, each beside a picture of the mark as the chart draws it', () => {
    const { container } = renderLegend([item('partialPoint'), item('importedTriangle')]);
    const entries = [...container.querySelectorAll('li')];
    expect(entries.map((li) => li.dataset.mark)).toEqual(['partialPoint', 'importedTriangle']);
    expect(entries[0]!.textContent!.trim()).toMatch(/^Hollow point/);
    // A hollow circle on a dashed line; a filled triangle.
    expect(entries[0]!.querySelector('svg circle')!.getAttribute('fill')).toBe('#ffffff');
    expect(entries[0]!.querySelector('svg line')!.getAttribute('stroke-dasharray')).toBe('4 3');
    expect(entries[1]!.querySelector('svg polygon')!.getAttribute('points')!.split(' ')).toHaveLength(3);
    for (const svg of container.querySelectorAll('svg')) expect(svg.getAttribute('aria-hidden')).toBe('true');
  });

  it('draws no picture for the word "imported": its text quotes it', () => {
    const { container } = renderLegend([item('importedWord')]);
    expect(container.querySelector('svg')).toBeNull();
    expect(container.textContent).toMatch(/imported/);
  });

  it('pictures a bar chart\'s missing figure as an empty dotted outline where the bar would be', () => {
    const { container } = renderLegend([item('noBar')]);
    const rect = container.querySelector('svg rect')!;
    expect(rect.getAttribute('fill')).toBe('none');
    expect(rect.getAttribute('stroke-dasharray')).toBe('2 2');
    expect(container.textContent).toMatch(/No bar: not reported/);
  });

  it('says nothing when the chart draws no mark', () => {
    expect(renderLegend([]).container.querySelector('ul')).toBeNull();
  });

  it('draws swatches in the high-contrast colours in that theme', () => {
    const { container } = renderLegend([item('partial')], true);
    expect(container.querySelector('rect')!.getAttribute('fill')).toBe(HIGH_CONTRAST_SERIES[0]);
  });
});
