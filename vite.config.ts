/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build, defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import { compressingPreview } from './scripts/lib/compressing-preview.ts';

/**
 * Inlines src/app/early-requests.ts into index.html as a classic script, so
 * the data and chunks the first view needs start downloading while the app's
 * own scripts are still on their way (docs/scale.md, "First chart"). The
 * module is bundled on its own, with the app's mode and env, the catalog's
 * indicator ids (public/data/index.json: it fetches only files that exist)
 * and the built chart chunks (the chart component's and what it imports,
 * minus what the entry loads anyway) built in. Runs after the app's bundle is
 * written ('post'), when the chunk names are known. Build only: the dev
 * server needs no head start.
 */
function earlyRequestsPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'reportlens:early-requests',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) throw new Error('early-requests: no bundle to read the chart chunks from');
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        const loadedUpFront = new Set<string>();
        const addWithImports = (fileName: string, into: Set<string>) => {
          if (into.has(fileName)) return;
          into.add(fileName);
          for (const imported of byName.get(fileName)?.imports ?? []) addWithImports(imported, into);
        };
        for (const chunk of chunks) if (chunk.isEntry) addWithImports(chunk.fileName, loadedUpFront);
        const chart = chunks.find((c) => c.facadeModuleId?.endsWith('/src/components/echarts-chart.tsx'));
        if (!chart) throw new Error('early-requests: no chunk for src/components/echarts-chart.tsx');
        const chartModules = new Set<string>();
        addWithImports(chart.fileName, chartModules);
        const chartUrls = [...chartModules].filter((f) => !loadedUpFront.has(f)).map((f) => `${config.base}${f}`);

        const catalog = JSON.parse(readFileSync(path.join(config.root, 'public/data/index.json'), 'utf8')) as { indicators: Array<{ id: string }> };
        const output = await build({
          configFile: false,
          root: config.root,
          mode: config.mode,
          envDir: config.envDir,
          logLevel: 'warn',
          define: {
            __CATALOG_INDICATOR_IDS__: JSON.stringify(catalog.indicators.map((i) => i.id)),
            __CHART_MODULES__: JSON.stringify(chartUrls),
          },
          build: {
            write: false,
            target: 'es2022',
            minify: true,
            lib: { entry: path.join(config.root, 'src/app/early-requests.ts'), formats: ['iife'], name: 'reportlensEarlyRequests' },
          },
        });
        const built = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : []));
        const code = built.find((c) => c.type === 'chunk')?.code;
        if (!code) throw new Error('early-requests: the bundle has no code');
        // Right after <meta charset> (which must stay in the first 1,024 bytes), before the stylesheet:
        // an inline script after a stylesheet waits for it, and this one should run at once.
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('early-requests: index.html has no <meta charset> to put the script after');
        return html.replace(charset, (meta) => `${meta}\n    <script>${code.trim()}</script>`);
      },
    },
  };
}

/**
 * Every module the entry (src/main.tsx) imports statically, found once the
 * module graph is complete ('buildEnd'), for the 'entry-shared' chunk group below.
 * Left to itself, Rolldown split those modules into seven chunks by which
 * lazy pages also import them, and index.html then asked for eight scripts
 * before the app could start: over HTTP/1.1's six connections per host, beside
 * index.html's early requests for the data and ECharts, the last small ones
 * queued behind the data files (docs/scale.md, "First chart").
 */
function entryGraph(): { plugin: Plugin; has: (id: string) => boolean } {
  let modules: ReadonlySet<string> | null = null;
  let root = '';
  return {
    plugin: {
      name: 'reportlens:entry-graph',
      apply: 'build',
      configResolved(resolved) {
        root = resolved.root;
      },
      buildEnd() {
        const entry = path.join(root, 'src/main.tsx');
        const found = new Set<string>();
        const visit = (id: string) => {
          if (found.has(id)) return;
          found.add(id);
          for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported);
        };
        visit(entry);
        if (found.size < 2) throw new Error(`entry-graph: found no static imports of ${entry}`);
        found.delete(entry);
        modules = found;
      },
    },
    has(id) {
      if (!modules) throw new Error('entry-graph: asked about a module before the module graph was complete');
      return modules.has(id);
    },
  };
}

const entryModules = entryGraph();

export default defineConfig({
  plugins: [react(), earlyRequestsPlugin(), compressingPreview(), entryModules.plugin],
  // Relative asset paths so the built app works from any sub-path of a static host.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: 'hidden',
    rollupOptions: {
      output: {
        // V8's explicit compile hint (Chrome 136+; a plain comment elsewhere): compile every function of
        // ECharts' chunk while it streams in, on a background thread, instead of each one on the main
        // thread the first time the chart calls it, on the way to the first chart (docs/scale.md).
        postBanner: (chunk) => (chunk.moduleIds.some((id) => id.includes('/node_modules/echarts/')) ? '//# allFunctionsCalledOnLoad' : ''),
        codeSplitting: {
          groups: [
            {
              // What the entry imports, in one chunk beside it: index.html asks for two scripts, not eight
              // (entryGraph above). Lazy pages import what they share with the entry from this chunk.
              name: 'entry-shared',
              test: (id) => entryModules.has(id),
            },
            {
              // The lazy pages' messages in one chunk: loaded with the first lazy page (≈ 21 KB instead of its
              // own 1–4 KB), but 4 KB smaller in all than eight chunks each compressed alone, which keeps all JS
              // within its 400 KB budget (issue #8). The explorer's messages are in the entry.
              name: 'page-messages',
              test: /[\\/]src[\\/]features[\\/](?!explorer[\\/])[^\\/]+[\\/]locales\.ts$/,
            },
            {
              // A feature's lazy pages in one chunk, not one per page: they are visited together (the list, the
              // editor, the print page; the reader and its index), and compressed together each feature is
              // ≈ 1 KB smaller than its pages apart, which keeps all JS within its 400 KB budget (issue #8).
              name: (id) => /[\\/]src[\\/]features[\\/](briefings|reader)[\\/]/.exec(id)?.[1] ?? null,
              test: (id) =>
                !entryModules.has(id) && /[\\/]src[\\/]features[\\/](?:briefings|reader)[\\/](?!.*locales\.ts$)(?!.*briefing-store-error)/.test(id),
              includeDependenciesRecursively: false,
            },
            {
              // Small modules shared by lazy pages (0.2–1.7 KB each) in one chunk rather than seven: a chunk
              // is compressed alone, so tiny ones cost the most (−0.9 KB in all). Their own dependencies stay
              // where they are (in the entry): these modules are pure functions and components, with no
              // side effects whose order could change.
              name: 'lazy-shared',
              test: /[\\/]src[\\/](?:lib[\\/](?:reader-link|data[\\/]get-source-facts)|domain[\\/](?:app-links|text-segments)|components[\\/](?:highlighted-text|chart-frame)|features[\\/]briefings[\\/]components[\\/]briefing-store-error)\.tsx?$/,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
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
          include: ['src/domain/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts', 'test/extraction/**/*.test.ts', 'test/provenance.test.ts'],
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
