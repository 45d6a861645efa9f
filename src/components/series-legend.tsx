import type { CSSProperties } from 'react';
import type { ChartLegendItem } from './chart-legend';

export interface SeriesLegendProps {
  items: ChartLegendItem[];
  /** Names switched off: their series are not drawn. */
  hidden: ReadonlySet<string>;
  onToggle: (name: string) => void;
}

const swatch = (color: string): CSSProperties => ({
  display: 'inline-block',
  width: '1.4em',
  borderTop: `3px solid ${color}`,
  verticalAlign: 'middle',
  marginRight: '0.35em',
});

/**
 * Which colour is which line, in HTML above an interactive chart (ECharts'
 * LegendComponent is not registered: docs/scale.md). As in ECharts' legend,
 * pressing an entry hides or shows every series of that name; a hidden entry
 * is struck through. Each entry is a real toggle button (aria-pressed: the
 * line is shown), outside the chart's figure (role="img" hides its content),
 * so a keyboard or screen-reader user can switch lines too.
 */
export function SeriesLegend({ items, hidden, onToggle, label }: SeriesLegendProps & { label: string }) {
  return (
    <ul className="chart-legend chart-series-legend" aria-label={label}>
      {items.map((item) => {
        const off = hidden.has(item.name);
        return (
          <li key={item.name}>
            <button
              type="button"
              className="chart-series-legend__toggle"
              aria-pressed={!off}
              data-hidden={off || undefined}
              onClick={() => onToggle(item.name)}
              style={{ color: off ? 'var(--ink-muted)' : 'var(--ink)', textDecoration: off ? 'line-through' : undefined }}
            >
              <span style={swatch(item.color)} aria-hidden="true" />
              {item.name}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
