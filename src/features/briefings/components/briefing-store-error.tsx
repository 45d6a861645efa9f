import { useTranslation } from '../../../lib/translation-context';
import { BriefingStoreError } from '../../../lib/briefings/briefing-store';

/** A store failure in words: which kind, and the browser's own detail. */
export function useDescribeStoreError(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) =>
    error instanceof BriefingStoreError
      ? t(`briefings.store.${error.reason}`, { detail: error.detail })
      : error instanceof Error
        ? error.message
        : String(error);
}

export function StoreErrorMessage({ error }: { error: unknown }) {
  const describe = useDescribeStoreError();
  return (
    <p className="data-error" role="alert">
      {describe(error)}
    </p>
  );
}
