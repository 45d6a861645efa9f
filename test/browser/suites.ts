import type { BrowserTest } from './harness';
import { a11yTests } from './a11y';
import { a11yStateTests } from './a11y-states';
import { briefingTests } from './briefings';
import { explorerTests } from './explorer';
import { failedChunkTests } from './failed-chunks';
import { importTests } from './import';
import { overviewProfileCompareTests } from './overview-profile-compare';
import { readerTests } from './reader';
import { scaleTests } from './scale';
import { smokeTests } from './smoke';

/** Every real-browser suite; a feature adds its own file and one entry here. */
export const suites: Array<{ name: string; tests: BrowserTest[] }> = [{ name: 'smoke', tests: smokeTests }, { name: 'explorer', tests: explorerTests }, { name: 'reader', tests: readerTests }, { name: 'overview-profile-compare', tests: overviewProfileCompareTests }, { name: 'import', tests: importTests }, { name: 'a11y', tests: a11yTests }, { name: 'a11y-states', tests: a11yStateTests }, { name: 'briefings', tests: briefingTests }, { name: 'scale', tests: scaleTests }, { name: 'failed-chunks', tests: failedChunkTests }];
