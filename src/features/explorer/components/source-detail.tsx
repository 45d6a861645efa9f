import { useEffect, useRef } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import { Link, useSearchParams } from '../../../lib/router';
import { AddToBriefingButton } from '../../../components/add-to-briefing-button';
import { quoteItemDraft } from '../../../domain/briefing-snapshot';
import type { DataIndex } from '../../../domain/data-files';
import type { Indicator } from '../../../domain/indicator';
import type { Language } from '../../../domain/localized-text';
import type { Observation } from '../../../domain/observation';
import { isImportedSourceId, plainTextUrl, useDocumentText } from '../../../lib/data/with-imported';
import { formatDate, formatObservationValue, formatPeriod } from '../../../lib/format';
import { LanguageMarkedText } from '../../../components/language-marked-text';
import { ImportedBadge } from '../../../components/imported-badge';

const CONTEXT_CHARS = 60;

/** The text around a span, cut at line breaks so page chrome on other lines stays out. */
export function quoteContext(text: string, start: number, end: number): { before: string; after: string } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndRaw = text.indexOf('\n', end);
  const lineEnd = lineEndRaw === -1 ? text.length : lineEndRaw;
  const from = Math.max(lineStart, start - CONTEXT_CHARS);
  const to = Math.min(lineEnd, end + CONTEXT_CHARS);
  return {
    before: (from > lineStart ? '…' : '') + text.slice(from, start),
    after: text.slice(end, to) + (to < lineEnd ? '…' : ''),
  };
}

/** The quote, with the number as written in bold. Rendered as text, never as HTML. */
function QuoteWithNumber({ quote, number }: { quote: string; number: string }) {
  const at = quote.indexOf(number);
  if (at === -1) return <>{quote}</>;
  return (
    <>
      {quote.slice(0, at)}
      <strong>{number}</strong>
      {quote.slice(at + number.length)}
    </>
  );
}

export interface SourceDetailProps {
  index: DataIndex;
  indicator: Indicator;
  observation: Observation | null;
  /** The id a link named that is not in the data (observation is then null). */
  missingObservationId?: string | null;
  onClose: () => void;
}

export function SourceDetail({ index, indicator, observation, missingObservationId = null, onClose }: SourceDetailProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [params] = useSearchParams();
  const lang = params.get('lang');
  const sourceId = observation?.provenance.sourceId ?? null;
  const source = useDocumentText(sourceId);
  const sectionRef = useRef<HTMLElement>(null);
  // When a value is picked in the chart or table, bring the panel's top into view unless its quote is
  // already on screen (on a phone it sits below the table: "nearest" had left just its heading on the
  // screen's last line, the sentence below the fold).
  useEffect(() => {
    const section = sectionRef.current;
    const quote = section?.querySelector('.quote');
    if (!observation || !section || !quote || typeof section.scrollIntoView !== 'function') return;
    const box = quote.getBoundingClientRect();
    if (box.top >= 0 && box.bottom <= window.innerHeight) return;
    const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    section.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
  }, [observation]);

  if (!observation) {
    return (
      <section className="panel source-detail" aria-labelledby="source-detail-heading">
        <h2 id="source-detail-heading">{t('detail.heading')}</h2>
        {missingObservationId === null ? (
          <p className="muted">{t('detail.empty')}</p>
        ) : (
          <p className="notice" role="status">
            {/* An observation id starts with its source's id (docs/contributing.md, "Imported data"). */}
            {isImportedSourceId(missingObservationId)
              ? t('explorer.missingImportedObservation')
              : t('explorer.missingObservation', { id: missingObservationId })}
          </p>
        )}
      </section>
    );
  }
  const { provenance } = observation;
  const document = index.documents.find((d) => d.id === provenance.sourceId);
  const jurisdiction = index.jurisdictions.find((j) => j.code === observation.jurisdictionCode);
  const context = source.data ? quoteContext(source.data, provenance.start, provenance.end) : null;
  // An imported report's text is in this browser's store, not a data file: the reader is where it is read.
  const rawTextUrl = plainTextUrl(provenance.sourceId);

  return (
    <section ref={sectionRef} className="panel source-detail" aria-labelledby="source-detail-heading" aria-live="polite">
      <div className="source-detail__header">
        <h2 id="source-detail-heading">
          {t('detail.heading')}
        </h2>
        <button type="button" className="link-button" onClick={onClose}>
          {t('detail.close')}
        </button>
      </div>
      <p className="source-detail__value">
        <strong>{jurisdiction && <LanguageMarkedText text={jurisdiction.name[language]} language={language} />}</strong> · {indicator.name[language]} ·{' '}
        <span className="value">{formatObservationValue(observation, indicator, language)}</span> <ImportedBadge observation={observation} /> ·{' '}
        {formatPeriod(observation.period, observation.year, language, t)}
        {observation.period.asWritten && (
          <span className="muted">
            {' '}
            (<span lang="zh-CN">«{observation.period.asWritten}»</span>)
          </span>
        )}
      </p>
      <figure className="quote">
        <blockquote lang="zh-CN" cite={rawTextUrl ?? undefined}>
          {context && <span className="quote__context">{context.before}</span>}
          <mark>
            <QuoteWithNumber quote={provenance.quote} number={observation.valueAsWritten} />
          </mark>
          {context && <span className="quote__context">{context.after}</span>}
        </blockquote>
        <figcaption className="muted">
          {source.isPending && t('detail.loadingContext')}{' '}
          {t('detail.offsets', { start: provenance.start, end: provenance.end })}
        </figcaption>
      </figure>
      {observation.note && (
        <p className="note">
          <strong>{t('detail.note')}:</strong> <LanguageMarkedText text={observation.note[language]} language={language} />
        </p>
      )}
      {document && (
        <dl className="source-detail__meta">
          <dt>{t('detail.document')}</dt>
          {/* An imported report's title and issuer are as typed: often Chinese in the English page too. */}
          <dd>
            <LanguageMarkedText text={document.title[language]} language={language} />
          </dd>
          <dt>{t('detail.issuer')}</dt>
          <dd>
            <LanguageMarkedText text={document.issuingBody[language]} language={language} />
          </dd>
          <dt>{t('detail.published')}</dt>
          <dd>{document.publishedOn ? formatDate(document.publishedOn, language) : t('detail.publishedUnknown')}</dd>
        </dl>
      )}
      <p className="source-detail__links">
        <Link
          className="button"
          to={{
            pathname: `/reader/${provenance.sourceId}`,
            search: `?start=${provenance.start}&end=${provenance.end}${lang ? `&lang=${lang}` : ''}`,
          }}
        >
          {t('explorer.openInReader')}
        </Link>{' '}
        {rawTextUrl && (
          <a href={rawTextUrl} target="_blank" rel="noreferrer">
            {t('detail.openFullText')}
          </a>
        )}
      </p>
      <AddToBriefingButton
        what={t('briefings.kind.quote')}
        draft={() =>
          quoteItemDraft({
            indicator,
            observation,
            view: { pathname: '/explore', search: `?indicator=${encodeURIComponent(indicator.id)}&obs=${encodeURIComponent(observation.id)}` },
            lookups: index,
          })
        }
      />
    </section>
  );
}
