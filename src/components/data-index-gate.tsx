import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { DataIndex } from '../domain/data-files';
import { useDataIndex } from '../lib/data/get-data-index';
import { DATA_INDEX_FILE } from '../domain/data-file-names';
import { DataError } from './data-error';

/**
 * Renders its children with the data index once it is in; until then a
 * loading status, and if the index fails, the error with a retry in place of
 * the page (the shell around it keeps working).
 */
export function DataIndexGate({ loading, children }: { loading: string; children: (index: DataIndex) => ReactNode }) {
  const index = useDataIndex();
  if (index.isError) return <DataIndexError index={index} />;
  if (index.isPending) {
    return (
      <p role="status" className="panel">
        {loading}
      </p>
    );
  }
  return <>{children(index.data)}</>;
}

/** The index failed: what went wrong, naming the file, with a retry, in place of the page. */
export function DataIndexError({ index }: { index: Pick<UseQueryResult<DataIndex>, 'error' | 'refetch' | 'isFetching'> }) {
  return (
    <section className="panel">
      <DataError error={index.error} file={DATA_INDEX_FILE} onRetry={() => void index.refetch()} retrying={index.isFetching} />
    </section>
  );
}
