/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
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
