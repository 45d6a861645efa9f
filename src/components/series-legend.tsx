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
 * a click on an entry hides or shows every series of that name; a hidden
 * entry is struck through. It sits inside the chart's figure (role="img"),
 * like the canvas legend before it, so it is a pointer aid: the accessible
 * equivalent of the chart is its label, text summary and data table.
 */
export function SeriesLegend({ items, hidden, onToggle }: SeriesLegendProps) {
  return (
    <ul className="chart-legend chart-series-legend">
      {items.map((item) => {
        const off = hidden.has(item.name);
        return (
          <li
            key={item.name}
            data-hidden={off || undefined}
            onClick={() => onToggle(item.name)}
            style={{ cursor: 'pointer', color: off ? 'var(--ink-muted)' : 'var(--ink)', textDecoration: off ? 'line-through' : undefined }}
          >
            <span style={swatch(item.color)} />
            {item.name}
          </li>
        );
      })}
    </ul>
  );
}
