import { runBrowserTests } from './harness';
import { suites } from './suites';

// `npm run test:browser -- reader` runs only the suites whose name contains "reader".
const filter = process.argv[2];
const selected = suites.filter((suite) => !filter || suite.name.includes(filter));
const failed = await runBrowserTests(selected.flatMap((suite) => suite.tests.map((test) => ({ ...test, name: `${suite.name}: ${test.name}` }))));
process.exit(failed > 0 ? 1 : 0);
