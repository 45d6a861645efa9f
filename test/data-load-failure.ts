import { expect } from 'vitest';
import { DataLoadError } from '../src/lib/data/data-load-error';

/** The DataLoadError a data request was rejected with; fails the test if it resolved or failed otherwise. */
export async function dataLoadFailure(promise: Promise<unknown>): Promise<DataLoadError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataLoadError);
  return error as DataLoadError;
}
