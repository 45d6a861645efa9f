import { smokeTests } from './smoke';
import { runBrowserTests } from './harness';

const failed = await runBrowserTests([...smokeTests]);
process.exit(failed > 0 ? 1 : 0);
