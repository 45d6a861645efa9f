import { useState } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import { Link, useSearchParams } from '../../../lib/router';
import type { Language } from '../../../domain/localized-text';
import type { Observation } from '../../../domain/observation';
import type { SourceDocument } from '../../../domain/source-document';
import { formatDate } from '../../../lib/format';

export interface SourcesListProps {
  documents: SourceDocument[];
  observations: Observation[];
}

export function citationText(document: SourceDocument, language: Language, t: ReturnType<typeof useTranslation>['t'], today: string): string {
  return t('explorer.sources.citationText', {
    issuer: document.issuingBody[language],
    title: document.title[language],
    date: document.publishedOn ? formatDate(document.publishedOn, language) : t('explorer.sources.dateUnknown'),
    today: formatDate(today, language),
  });
}

function CopyButton({ text }: { text: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          navigator.clipboard.writeText(text).then(
            () => setStatus('copied'),
            () => setStatus('failed'),
          );
        }}
      >
        {t('explorer.sources.copy')}
      </button>
      <span role="status" className="muted small">
        {status === 'copied' ? t('explorer.sources.copied') : status === 'failed' ? t('explorer.sources.copyFailed') : ''}
      </span>
    </>
  );
}

/** Every document behind the numbers in view, with a citation to copy and a way into its text. */
export function SourcesList({ documents, observations }: SourcesListProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [params] = useSearchParams();
  const lang = params.get('lang');
  const today = new Date().toISOString().slice(0, 10);
  const counts = new Map<string, number>();
  for (const o of observations) counts.set(o.provenance.sourceId, (counts.get(o.provenance.sourceId) ?? 0) + 1);
  const used = documents.filter((d) => counts.has(d.id));

  if (used.length === 0) return <p className="muted">{t('explorer.sources.none')}</p>;
  return (
    <section aria-labelledby="sources-heading">
      <h3 id="sources-heading">{t('explorer.sources.heading')}</h3>
      <ul className="sources-list">
        {used.map((document) => {
          const citation = citationText(document, language, t, today);
          return (
            <li key={document.id} className="sources-list__item">
              <p className="sources-list__title">
                <strong>{document.title[language]}</strong>{' '}
                <span className="muted small">({t('explorer.sources.values', { count: counts.get(document.id) })})</span>
              </p>
              <dl className="source-detail__meta">
                <dt>{t('detail.issuer')}</dt>
                <dd>{document.issuingBody[language]}</dd>
                <dt>{t('detail.published')}</dt>
                <dd>{document.publishedOn ? formatDate(document.publishedOn, language) : t('detail.publishedUnknown')}</dd>
                <dt>{t('explorer.sources.citation')}</dt>
                <dd>
                  <p className="citation">{citation}</p>
                  <CopyButton text={citation} />
                </dd>
              </dl>
              <Link to={{ pathname: `/reader/${document.id}`, search: lang ? `?lang=${lang}` : '' }}>{t('explorer.sources.read')}</Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
