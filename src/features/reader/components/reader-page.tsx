import { useTranslation } from '../../../lib/translation-context';
import { Link, useParams, useSearchParams } from '../../../lib/router';
import { DataError } from '../../../components/data-error';
import type { Language } from '../../../domain/localized-text';
import { DataIndexError } from '../../../components/data-index-gate';
import { useDataIndex } from '../../../lib/data/get-data-index';
import { sourceFactsFileName, sourceFileName } from '../../../domain/data-file-names';
import { useSourceFacts } from '../../../lib/data/get-source-facts';
import { isImportedSourceId, useDocumentText, useDocuments, useJurisdictions } from '../../../lib/data/with-imported';
import { useImportedReports } from '../../../lib/imported/imported-queries';
import { StoreError } from '../../../lib/store-error';
import { useReaderParams } from '../hooks/use-reader-params';
import { parseSpanParam } from '../model';
import { ReaderView } from './reader-view';
import '../reader.css';

/** #/reader/<sourceId>?start=&end=: one document, its facts highlighted, the linked span in view. */
export function ReaderPage() {
  const { t } = useTranslation();
  const { sourceId = '' } = useParams();
  const [params] = useSearchParams();
  const index = useDataIndex();
  // Curated and imported documents alike: an imported report's facts come from the browser's store.
  const documents = useDocuments();
  const jurisdictions = useJurisdictions();
  const importedReports = useImportedReports();
  const imported = isImportedSourceId(sourceId);
  const known = documents.data?.some((d) => d.id === sourceId) ?? false;
  const text = useDocumentText(known ? sourceId : null);
  const facts = useSourceFacts(known && !imported ? sourceId : null);
  const importedObservations = importedReports.data?.find((r) => r.sourceId === sourceId)?.observations ?? [];
  const { startParam, endParam, themeParam, setSpan, setTheme } = useReaderParams();
  const language = params.get('lang');
  const listLocation = { pathname: '/reader', search: language ? `?lang=${language}` : '' };

  if (index.isError) {
    return (
      <DataIndexError index={index} />
    );
  }
  if (index.isPending || documents.data === undefined || jurisdictions.data === undefined) {
    return <p role="status" className="panel">{t('reader.loading')}</p>;
  }

  const document = documents.data.find((d) => d.id === sourceId);
  if (!document && imported && documents.importedError) {
    // The report may well be stored: the store itself cannot be opened (private browsing, blocked storage).
    return (
      <section className="panel">
        <p role="alert" className="notice">
          {t('reader.importedStoreUnavailable', { detail: storeErrorDetail(documents.importedError) })}
        </p>
        <Link to={listLocation}>{t('reader.backToList')}</Link>
      </section>
    );
  }
  if (!document) {
    return (
      <section className="panel">
        <p role="status" className="notice">
          {/* An imported report lives only in the browser that imported it: a link to one that was deleted, or
              sent from another browser, finds nothing here, and "no such document" did not say why. */}
          {imported ? t('reader.importedNotHere') : t('reader.unknownDocument', { id: sourceId })}
        </p>
        <p className="reader__links">
          <Link to={listLocation}>{t('reader.backToList')}</Link>
          {imported && <Link to={{ pathname: '/import', search: listLocation.search }}>{t('reader.importLink')}</Link>}
        </p>
      </section>
    );
  }
  if (text.isError || facts.isError) {
    const failed = text.isError ? text : facts;
    return (
      <section className="panel">
        <DataError
          error={failed.error}
          file={text.isError ? sourceFileName(sourceId) : sourceFactsFileName(sourceId)}
          onRetry={() => void failed.refetch()}
          retrying={failed.isFetching}
        />
      </section>
    );
  }
  if (text.isPending || (!imported && facts.isPending)) return <p role="status" className="panel">{t('reader.loading')}</p>;

  return (
    <ReaderView
      key={document.id}
      document={document}
      text={text.data}
      observations={imported ? importedObservations : (facts.data?.observations ?? [])}
      index={{ ...index.data, documents: documents.data, jurisdictions: jurisdictions.data }}
      language={(i18nLanguage(language))}
      requested={parseSpanParam(startParam, endParam, text.data.length)}
      onSpanChange={setSpan}
      theme={themeParam}
      onThemeChange={setTheme}
      listLocation={listLocation}
    />
  );
}

function storeErrorDetail(error: unknown): string {
  if (error instanceof StoreError) return error.detail;
  return error instanceof Error ? error.message : String(error);
}

function i18nLanguage(param: string | null): Language | null {
  return param === 'en' || param === 'zh' ? param : null;
}
