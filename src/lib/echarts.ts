/**
 * Tree-shaken ECharts: only the charts, components and renderers the app uses
 * are registered, and this module is only reached through the lazily loaded
 * chart component, so the shell and tables render before it arrives.
 *
 * Bundle budget (docs/scale.md): the grid is the simple one (no axis
 * pointer), and tooltip, legend, title and aria are not ECharts components.
 * The app draws them itself: the tooltip and the series legend in HTML beside
 * the chart (src/components/chart-tooltip.ts, chart-legend.tsx), the title,
 * legend and source line of an exported or static image as plain zrender
 * shapes (src/components/chart-frame.ts), and the accessible name and text
 * summary on the chart's figure. Named imports, never `import * as echarts`:
 * a namespace object keeps every export of echarts/core in the bundle.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridSimpleComponent } from 'echarts/components';
// `use` renamed: the React hooks lint rule takes any top-level use() for React's.
import { dispose, getInstanceByDom, graphic, init, use as registerModules } from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

// SVG: the static (printed) briefing charts, the SVG export, and jsdom in tests.
registerModules([BarChart, LineChart, GridSimpleComponent, CanvasRenderer, SVGRenderer]);

/** What the chart component and the export code call: init, plus the instance look-up and disposal. */
export const echarts = { init, getInstanceByDom, dispose };

/**
 * The zrender shapes the app draws into an image itself (chart-frame.ts). Picked one by one: exporting
 * the whole `graphic` namespace would keep all of it in the bundle.
 */
export const shapes = { Text: graphic.Text, Line: graphic.Line, Circle: graphic.Circle, Rect: graphic.Rect, Polygon: graphic.Polygon };
export type Shapes = typeof shapes;
