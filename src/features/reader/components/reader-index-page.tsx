import { useTranslation } from '../../../lib/translation-context';
import { Link, useSearchParams } from '../../../lib/router';
import type { Language } from '../../../domain/localized-text';
import { LanguageMarkedText } from '../../../components/language-marked-text';
import { DataIndexError } from '../../../components/data-index-gate';
import { useDataIndex } from '../../../lib/data/get-data-index';
import { useAllSourceFacts } from '../../../lib/data/get-source-facts';
import { isImportedSourceId, useDocuments, useJurisdictions } from '../../../lib/data/with-imported';
import { useImportedReports } from '../../../lib/imported/imported-queries';
import { formatDate } from '../../../lib/format';
import { readerLocation } from '../../../lib/reader-link';
import '../reader.css';

/** #/reader: every source document, curated and imported in this browser, with how many figures it holds. */
export function ReaderIndexPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [params] = useSearchParams();
  const index = useDataIndex();
  const documents = useDocuments();
  const jurisdictions = useJurisdictions();
  const importedReports = useImportedReports();
  const curatedIds = index.data?.documents.map((d) => d.id) ?? [];
  const facts = useAllSourceFacts(curatedIds);
  const factCount = (id: string): number | undefined =>
    isImportedSourceId(id)
      ? importedReports.data?.find((r) => r.sourceId === id)?.observations.length
      : facts[curatedIds.indexOf(id)]?.data?.observations.length;

  if (index.isError) {
    return (
      <DataIndexError index={index} />
    );
  }
  if (index.isPending || documents.data === undefined || jurisdictions.data === undefined) {
    return <p role="status" className="panel">{t('reader.loading')}</p>;
  }

  const allJurisdictions = jurisdictions.data;
  const lang = params.get('lang') === 'en' ? 'en' : params.get('lang') === 'zh' ? 'zh' : null;
  return (
    <section className="panel reader-list" aria-labelledby="reader-list-heading">
      <h2 id="reader-list-heading">{t('reader.listHeading')}</h2>
      <p className="muted">{t('reader.listIntro')}</p>
      {documents.data.length === 0 ? (
        <p className="notice" role="status">
          {t(index.data.dataset.kind === 'synthetic' ? 'reader.noDocumentsSynthetic' : 'reader.noDocuments')}
        </p>
      ) : (
        <ul className="reader-list__items">
          {documents.data.map((document) => {
            const jurisdiction = allJurisdictions.find((j) => j.code === document.jurisdictionCode);
            const count = factCount(document.id);
            return (
              <li key={document.id} className="reader-list__item">
                <h3 className="reader-list__title">
                  {/* An imported report's title and issuer are as typed, often Chinese in the English page too. */}
                  <Link to={readerLocation(document.id, null, lang)}>
                    <LanguageMarkedText text={document.title[language]} language={language} />
                  </Link>
                  {isImportedSourceId(document.id) && <span className="badge badge--imported">{t('chart.importedMark')}</span>}
                </h3>
                <p className="muted small">
                  <LanguageMarkedText
                    text={t('reader.documentMeta', { issuer: document.issuingBody[language], jurisdiction: jurisdiction?.name[language] ?? document.jurisdictionCode, year: document.yearCovered })}
                    language={language}
                  />
                  {' · '}
                  {document.publishedOn ? t('reader.published', { date: formatDate(document.publishedOn, language) }) : t('reader.publishedUnknown')}
                  {count !== undefined && <> · {count > 0 ? t('reader.factCount', { count }) : t('reader.noFacts')}</>}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
