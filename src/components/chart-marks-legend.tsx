import type { ReactElement } from 'react';
import { useDisplaySettings } from '../lib/display-settings';
import { HIGH_CONTRAST_INK, HIGH_CONTRAST_SERIES } from './chart-display-transform';
import type { ChartMarkItem } from './chart-legend';
import { markSwatch, SWATCH_COLORS, SWATCH_HEIGHT, SWATCH_WIDTH, type SwatchColors, type SwatchShape } from './chart-mark-swatch';

/** The high-contrast theme's bar colour and ink (chart-display-transform.ts), so a swatch matches its chart. */
const HIGH_CONTRAST_SWATCH: SwatchColors = { fill: HIGH_CONTRAST_SERIES[0]!, ink: HIGH_CONTRAST_INK, paper: '#ffffff' };

function shapeElement(shape: SwatchShape, key: number): ReactElement {
  const dash = 'dash' in shape && shape.dash ? shape.dash.join(' ') : undefined;
  switch (shape.kind) {
    case 'rect':
      return <rect key={key} x={shape.x} y={shape.y} width={shape.width} height={shape.height} fill={shape.fill} stroke={shape.stroke} strokeWidth={shape.lineWidth} strokeDasharray={dash} />;
    case 'line':
      return <line key={key} x1={shape.x1} y1={shape.y1} x2={shape.x2} y2={shape.y2} stroke={shape.stroke} strokeWidth={shape.lineWidth} strokeDasharray={dash} />;
    case 'polygon':
      return <polygon key={key} points={shape.points.map((p) => p.join(',')).join(' ')} fill={shape.fill} stroke={shape.stroke} strokeWidth={shape.lineWidth} />;
    case 'circle':
      return <circle key={key} cx={shape.cx} cy={shape.cy} r={shape.r} fill={shape.fill} stroke={shape.stroke} strokeWidth={shape.lineWidth} />;
  }
}

/**
 * What the marks in a chart mean (src/lib/chart-marks.ts), each beside a small picture of the mark as the
 * chart draws it (chart-mark-swatch.ts, the same picture an exported image has). `marks`: the chart's own
 * (chartMarkItems in chart-legend.ts, the list its PNG and SVG carry too), so the legend names only what
 * the reader can find in the chart, and nothing when it draws none.
 */
export function ChartMarksLegend({ marks }: { marks: readonly ChartMarkItem[] }) {
  const colors = useDisplaySettings().highContrast ? HIGH_CONTRAST_SWATCH : SWATCH_COLORS;
  if (marks.length === 0) return null;
  return (
    <ul className="chart-legend">
      {marks.map(({ mark, label }) => {
        const shapes = markSwatch(mark, colors);
        return (
          <li key={mark} data-mark={mark}>
            {/* A mark that is a word ("imported") is quoted by its explanation, so it has no picture of its own. */}
            {shapes.length > 0 && (
              <>
                <svg
                  className="chart-legend__swatch"
                  viewBox={`0 0 ${SWATCH_WIDTH} ${SWATCH_HEIGHT}`}
                  // In em, so the picture grows with the legend's text (长者模式).
                  style={{ width: `${SWATCH_WIDTH / SWATCH_HEIGHT}em`, height: '1em', verticalAlign: '-0.12em', overflow: 'visible' }}
                  aria-hidden="true"
                  focusable="false"
                >
                  {shapes.map(shapeElement)}
                </svg>{' '}
              </>
            )}
            {label}
          </li>
        );
      })}
    </ul>
  );
}
