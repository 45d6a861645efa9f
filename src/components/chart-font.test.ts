import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CHART_FONT_FAMILY, withChartFont } from './chart-font';

/** The font-family declared in styles.css's :root rule, with its line breaks and indents folded. */
function pageFontFamily(): string {
  const css = readFileSync(path.resolve(__dirname, '../app/styles.css'), 'utf8');
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1];
  const declared = root && /(?:^|[;\s])font-family:\s*([^;]+);/.exec(root)?.[1];
  if (!declared) throw new Error('styles.css has no font-family in :root');
  return declared.replace(/\s+/g, ' ').trim();
}

describe('chart fonts', () => {
  it('are the page’s own font stack', () => {
    expect(CHART_FONT_FAMILY).toBe(pageFontFamily());
  });

  it('become the option’s default text style without replacing what the option sets', () => {
    expect(withChartFont({ series: [] })).toEqual({ series: [], textStyle: { fontFamily: CHART_FONT_FAMILY } });
    expect(withChartFont({ textStyle: { fontSize: 24 } })).toEqual({ textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: 24 } });
    expect(withChartFont({ textStyle: { fontFamily: 'serif' } })).toEqual({ textStyle: { fontFamily: 'serif' } });
  });
});
