import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PLAYWRIGHT_DISABLED_FEATURES } from './browser/chromium-flags';

/** The features playwright-core itself disables, read from its bundle (its `disabledFeatures` list). */
function playwrightDisabledFeatures(): string[] {
  const require = createRequire(import.meta.url);
  const root = path.dirname(require.resolve('playwright-core/package.json'));
  const bundle = readFileSync(path.join(root, 'lib/coreBundle.js'), 'utf8');
  const list = /disabledFeatures = \[([\s\S]*?)\]\.filter\(Boolean\)/.exec(bundle);
  if (!list) throw new Error('playwright-core no longer has a disabledFeatures list: check how it passes --disable-features');
  const withoutComments = list[1]!.replace(/\/\/.*$/gm, '');
  return [...withoutComments.matchAll(/"([^"]*)"/g)].map((m) => m[1]!).filter((name) => name !== '');
}

describe('Chromium launch flags', () => {
  it("repeat playwright-core's own disabled features, which our --disable-features switch replaces", () => {
    expect([...PLAYWRIGHT_DISABLED_FEATURES].sort()).toEqual(playwrightDisabledFeatures().sort());
  });

});
