import type { BrowserTest } from './harness';
import { smokeTests } from './smoke';

/** Every real-browser suite; a feature adds its own file and one entry here. */
export const suites: Array<{ name: string; tests: BrowserTest[] }> = [{ name: 'smoke', tests: smokeTests }];
