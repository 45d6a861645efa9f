import type { IndicatorFilesState } from '../lib/data/use-indicator-files';
import { DataError } from './data-error';

/**
 * The first indicator file that failed to load (useIndicatorFiles), named,
 * with one retry for all failed files; nothing when every file is in.
 */
export function IndicatorFilesError({ files }: { files: Pick<IndicatorFilesState, 'failures'> }) {
  const [failure] = files.failures;
  if (!failure) return null;
  return (
    <section className="panel">
      <DataError
        error={failure.error}
        file={failure.file}
        onRetry={() => files.failures.forEach((f) => f.retry())}
        retrying={failure.retrying}
      />
    </section>
  );
}
