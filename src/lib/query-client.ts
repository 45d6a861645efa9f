import { QueryClient } from '@tanstack/react-query';
import { DataLoadError } from './data/data-load-error';

/**
 * Retries only what a retry can fix: a dropped connection or a server error.
 * A malformed file or a 404 will not heal by asking again.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (error instanceof DataLoadError) {
    return error.kind === 'network' || (error.kind === 'http' && (error.status ?? 0) >= 500);
  }
  return false;
}

export function createQueryClient(options: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: options.retry === false ? false : shouldRetry,
        refetchOnWindowFocus: false,
      },
    },
  });
}
