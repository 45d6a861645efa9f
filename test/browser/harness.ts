import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { CHROMIUM_UI_FEATURES_OFF, PLAYWRIGHT_DISABLED_FEATURES } from './chromium-flags';

/**
 * A small real-browser harness: serves the built app with `vite preview`,
 * drives Debian's Chromium through playwright-core (no browser download),
 * and fails a test on any console error or uncaught page error.
 */
export const ARTIFACTS_DIR = path.resolve('artifacts');

export interface BrowserTest {
  name: string;
  context?: BrowserContextOptions;
  run: (page: Page, baseUrl: string) => Promise<void>;
  /** Console errors the test provokes on purpose (a blocked request, an error React reports as caught); any other fails it. */
  expectedConsoleErrors?: RegExp[];
}

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: install Debian\'s chromium (apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH.');
  return found;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...CHROMIUM_UI_FEATURES_OFF].join(',')}`,
    ],
  });
}

/** Serves a built app (dist/ unless told) with vite preview, with the project's config (so its compressing preview). */
export async function startPreview(outDir = 'dist'): Promise<{ server: PreviewServer; baseUrl: string }> {
  if (!existsSync(path.resolve(outDir, 'index.html'))) throw new Error(`${outDir}/ is missing: run \`vite build\` first.`);
  const server = await preview({ build: { outDir: path.resolve(outDir) }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview server has no port');
  return { server, baseUrl: `http://127.0.0.1:${address.port}/` };
}

export async function runBrowserTests(tests: BrowserTest[]): Promise<number> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const { server, baseUrl } = await startPreview();
  const browser = await launchChromium();
  let passed = 0;
  let failed = 0;
  try {
    for (const test of tests) {
      const context = await browser.newContext(test.context);
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !test.expectedConsoleErrors?.some((pattern) => pattern.test(message.text()))) {
          problems.push(`console error: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      const started = Date.now();
      try {
        await test.run(page, baseUrl);
        if (problems.length > 0) throw new Error(problems.join('\n'));
        passed++;
        console.log(`  ✓ ${test.name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed++;
        console.log(`  ✗ ${test.name}\n    ${String(error instanceof Error ? error.message : error).split('\n').join('\n    ')}`);
        await page.screenshot({ path: path.join(ARTIFACTS_DIR, `failed-${slug(test.name)}.png`) }).catch(() => undefined);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`\nbrowser: ${passed} passed, ${failed} failed`);
  return failed;
}

export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
