import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../domain/contrast';

const css = readFileSync(path.resolve(__dirname, 'styles.css'), 'utf8');

/** The custom properties declared in the first block that starts with `selector {`. */
function tokens(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start === -1) throw new Error(`no block for ${selector}`);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{3,6})\s*;/g)].map((m) => [m[1]!, m[2]!]));
}

/** Text colour on background colour, by token name. */
const TEXT_PAIRS: Array<[string, string]> = [
  ['ink', 'paper'],
  ['ink', 'canvas'],
  ['ink-muted', 'paper'],
  ['ink-muted', 'canvas'],
  ['brand', 'paper'],
  ['brand-ink', 'brand'],
  ['warn-ink', 'warn-bg'],
  ['error-ink', 'error-bg'],
  ['ink', 'mark'],
];

describe('palette contrast (WCAG)', () => {
  it('meets AA (4.5:1) for every text pair in the standard theme', () => {
    const palette = tokens(':root');
    for (const [text, background] of TEXT_PAIRS) {
      expect(contrastRatio(palette[text]!, palette[background]!), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('meets 7:1 for every text pair in the high-contrast theme, and the focus halo stands out on black', () => {
    const palette = { ...tokens(':root'), ...tokens(":root[data-contrast='high']") };
    for (const [text, background] of TEXT_PAIRS) {
      expect(contrastRatio(palette[text]!, palette[background]!), `${text} on ${background}`).toBeGreaterThanOrEqual(7);
    }
    expect(contrastRatio(palette['focus-halo']!, '#000000')).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(palette.focus!, palette['focus-halo']!)).toBeGreaterThanOrEqual(7);
  });

  it('computes known ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
