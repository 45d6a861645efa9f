import { useTranslation } from '../lib/translation-context';
import { DataLoadError } from '../lib/data/data-load-error';

export interface DataErrorProps {
  error: unknown;
  /** The file the panel needed, used when the error itself does not say. */
  file: string;
  onRetry: () => void;
  retrying: boolean;
}

/**
 * A failed or malformed data file, explained inside the panel that needed it:
 * which file, what went wrong (down to the field), and a retry. The rest of
 * the page keeps working.
 */
export function DataError({ error, file, onRetry, retrying }: DataErrorProps) {
  const { t } = useTranslation();
  const detail = describe(error, file, t);
  return (
    <div className="data-error" role="alert">
      <h3 className="data-error__heading">{t('error.heading')}</h3>
      <p>{detail.message}</p>
      {detail.issues.length > 0 && (
        <ul className="data-error__issues">
          {detail.issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              <code>{issue.path || '(root)'}</code>: {issue.message}
            </li>
          ))}
        </ul>
      )}
      <p className="data-error__hint">{t('error.otherPartsWork')}</p>
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retrying ? t('error.retrying') : t('error.retry')}
      </button>
    </div>
  );
}

function describe(
  error: unknown,
  fallbackFile: string,
  t: ReturnType<typeof useTranslation>['t'],
): { message: string; issues: ReadonlyArray<{ path: string; message: string }> } {
  if (!(error instanceof DataLoadError)) {
    const message = error instanceof Error ? error.message : String(error);
    return { message: t('error.unknown', { file: fallbackFile, message }), issues: [] };
  }
  switch (error.kind) {
    case 'network':
      return { message: t('error.network', { file: error.file }), issues: [] };
    case 'http':
      return { message: t('error.http', { file: error.file, status: error.status }), issues: [] };
    case 'json':
      return { message: t('error.json', { file: error.file }), issues: [] };
    case 'schema':
      return { message: t('error.schema', { file: error.file }), issues: error.issues };
  }
}
