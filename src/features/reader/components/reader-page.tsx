import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { DataError } from '../../../components/data-error';
import { sourceFactsFileName, sourceFileName } from '../../../domain/data-files';
import type { Language } from '../../../domain/localized-text';
import { DATA_INDEX_FILE, useDataIndex } from '../../../lib/data/get-data-index';
import { useSourceFacts } from '../../../lib/data/get-source-facts';
import { useSourceText } from '../../../lib/data/get-source-text';
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
  const known = index.data?.documents.some((d) => d.id === sourceId) ?? false;
  const text = useSourceText(known ? sourceId : null);
  const facts = useSourceFacts(known ? sourceId : null);
  const { startParam, endParam, themeParam, setSpan, setTheme } = useReaderParams();
  const language = params.get('lang');
  const listLocation = { pathname: '/reader', search: language ? `?lang=${language}` : '' };

  if (index.isError) {
    return (
      <section className="panel">
        <DataError error={index.error} file={DATA_INDEX_FILE} onRetry={() => void index.refetch()} retrying={index.isFetching} />
      </section>
    );
  }
  if (index.isPending) return <p role="status" className="panel">{t('reader.loading')}</p>;

  const document = index.data.documents.find((d) => d.id === sourceId);
  if (!document) {
    return (
      <section className="panel">
        <p role="status" className="notice">
          {t('reader.unknownDocument', { id: sourceId })}
        </p>
        <Link to={listLocation}>{t('reader.backToList')}</Link>
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
  if (text.isPending || facts.isPending) return <p role="status" className="panel">{t('reader.loading')}</p>;

  return (
    <ReaderView
      key={document.id}
      document={document}
      text={text.data}
      observations={facts.data.observations}
      index={index.data}
      language={(i18nLanguage(language))}
      requested={parseSpanParam(startParam, endParam, text.data.length)}
      onSpanChange={setSpan}
      theme={themeParam}
      onThemeChange={setTheme}
      listLocation={listLocation}
    />
  );
}

function i18nLanguage(param: string | null): Language | null {
  return param === 'en' || param === 'zh' ? param : null;
}
