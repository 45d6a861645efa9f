import type { EChartsCoreOption } from 'echarts/core';

/**
 * The page's own font stack (the `font-family` of `:root` in
 * src/app/styles.css; a test keeps the two equal), for every text ECharts
 * draws: on the page, in PNG and SVG exports and on printed briefings.
 *
 * Why the same stack and not ECharts' default `sans-serif`: chart labels then
 * look like the page's text, and Chromium resolves the stack's fonts (and
 * their Chinese fallback) once for both. With a canvas font other than the
 * page's, the chart's first text measurement looked its fonts up again on
 * the way to the first chart (docs/scale.md, "First chart").
 */
export const CHART_FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";

/** The option with the page's fonts as its default text style (a font the option sets itself is kept). */
export function withChartFont(option: EChartsCoreOption): EChartsCoreOption {
  return { ...option, textStyle: { fontFamily: CHART_FONT_FAMILY, ...(option.textStyle as object | undefined) } };
}
