/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build, defineConfig, type Plugin, type ResolvedConfig } from 'vite';

/**
 * Inlines src/app/early-requests.ts into index.html as a classic script, so
 * the data the first view needs starts downloading while the app's own
 * scripts are still on their way (docs/scale.md, "First chart"). The module
 * is bundled on its own, with the app's mode and env, and the catalog's
 * indicator ids (public/data/index.json) built in: it preloads only files
 * that exist. Build only: the dev server needs no head start.
 */
function earlyRequestsPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'reportlens:early-requests',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async transformIndexHtml() {
      const catalog = JSON.parse(readFileSync(path.join(config.root, 'public/data/index.json'), 'utf8')) as { indicators: Array<{ id: string }> };
      const output = await build({
        configFile: false,
        root: config.root,
        mode: config.mode,
        envDir: config.envDir,
        logLevel: 'warn',
        define: { __CATALOG_INDICATOR_IDS__: JSON.stringify(catalog.indicators.map((i) => i.id)) },
        build: {
          write: false,
          target: 'es2022',
          minify: true,
          lib: { entry: path.join(config.root, 'src/app/early-requests.ts'), formats: ['iife'], name: 'reportlensEarlyRequests' },
        },
      });
      const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
      const code = chunks.find((c) => c.type === 'chunk')?.code;
      if (!code) throw new Error('early-requests: the bundle has no code');
      return [{ tag: 'script', children: code.trim(), injectTo: 'head' }];
    },
  };
}

export default defineConfig({
  plugins: [react(), earlyRequestsPlugin()],
  // Relative asset paths so the built app works from any sub-path of a static host.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    globals: true,
    setupFiles: ['./test/setup.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    css: false,
    // Property-based tests and the 1 MB linearity check need more than the 5 s default on a 2-core machine.
    testTimeout: 30_000,
    // Pure code (domain, scripts, the extraction engine, provenance) needs no DOM: running it in plain
    // Node skips building a jsdom per file, which is most of the suite's time on two cores.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/domain/**/*.test.ts', 'scripts/**/*.test.ts', 'test/extraction/**/*.test.ts', 'test/provenance.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
          exclude: ['src/domain/**', 'test/extraction/**', 'test/provenance.test.ts', 'test/browser/**', 'node_modules/**'],
        },
      },
    ],
  },
});
