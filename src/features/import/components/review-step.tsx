import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import { findMarkElement, HighlightedText, type HighlightMark } from '../../../components/highlighted-text';
import { ScrollingTable } from '../../../components/scrolling-table';
import type { ExtractionCheck } from '../../../domain/extraction/types';
import { importedSourceId, type ImportedReport } from '../../../domain/imported-report';
import type { Indicator } from '../../../domain/indicator';
import type { Language } from '../../../domain/localized-text';
import { formatNumber } from '../../../lib/format';
import { ImportedStoreError } from '../../../lib/imported/imported-store';
import { useSaveImportedReport } from '../../../lib/imported/imported-queries';
import { sha256Hex } from '../../../lib/imported/sha256';
import type { ExtractionOutput } from '../extraction/extraction-job';
import { ExtractionUnavailableError, ExtractionWorkerError, runExtraction } from '../extraction/run-extraction';
import { acceptedObservations, confidentlyMapped, initialReviews, type FactReview, type ReportContext } from '../review-state';
import { FactRow, type IndicatorGroup } from './fact-row';
import type { ImportMetadata } from './metadata-step';

const PAGE_SIZE = 20;
/** The text is shown in parts of about this many characters (cut at line breaks) so a 5 MB report stays responsive. */
const TEXT_PART = 20_000;
const FILTERS = ['all', 'mapped', 'unmapped', 'accepted', 'inconsistent'] as const;
type Filter = (typeof FILTERS)[number];

export function textParts(text: string, size = TEXT_PART): number[] {
  const starts = [0];
  for (let at = size; at < text.length; ) {
    const breakAt = text.indexOf('\n', at);
    if (breakAt === -1 || breakAt + 1 >= text.length) break;
    starts.push(breakAt + 1);
    at = breakAt + 1 + size;
  }
  return starts;
}

function partOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function storeErrorMessage(error: unknown, t: ReturnType<typeof useTranslation>['t']): string {
  if (error instanceof ImportedStoreError) return t(`import.storeErrors.${error.reason}`, { detail: error.detail });
  return error instanceof Error ? error.message : String(error);
}

export interface SavedOutcome {
  kind: 'saved' | 'duplicate';
  title: string;
  count: number;
}

/** Step 3: the text with every fact highlighted beside the table of facts to accept, edit, reject or map; then save. */
export function ReviewStep({
  text,
  metadata,
  indicators,
  onBack,
  onCancel,
  onSaved,
}: {
  text: string;
  metadata: ImportMetadata;
  indicators: Indicator[];
  onBack: () => void;
  onCancel: () => void;
  onSaved: (outcome: SavedOutcome) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [output, setOutput] = useState<ExtractionOutput | null>(null);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  /** Counts "try again" after the worker failed to load, so the extraction runs anew. */
  const [attempt, setAttempt] = useState(0);
  const [reviews, setReviews] = useState<FactReview[]>([]);
  const [selected, setSelected] = useState<number | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const [page, setPage] = useState(0);
  const [textPart, setTextPart] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [reportId] = useState(() => crypto.randomUUID());
  const textRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<number | null>(null);
  const save = useSaveImportedReport();

  useEffect(() => {
    const job = runExtraction({
      text,
      indicators: indicators.map((i) => ({ id: i.id, name: { zh: i.name.zh }, unit: i.unit, kind: i.kind })),
      documentYear: metadata.yearCovered,
    });
    job.result.then(
      (result) => {
        setOutput(result);
        setReviews(initialReviews(result.facts));
      },
      (error: unknown) => setFailure({ error }),
    );
    return job.cancel;
  }, [text, indicators, metadata.yearCovered, attempt]);

  const sourceId = importedSourceId(reportId);
  const context: ReportContext = useMemo(
    () => ({ sourceId, jurisdictionCode: metadata.jurisdiction.code, yearCovered: metadata.yearCovered, issuingBody: metadata.issuingBody, indicators }),
    [sourceId, metadata, indicators],
  );
  const facts = useMemo(() => output?.facts ?? [], [output]);
  const checks = useMemo(() => output?.checks ?? [], [output]);
  const inconsistentFacts = useMemo(() => new Set(checks.filter((c) => c.verdict === 'inconsistent').flatMap((c) => c.facts)), [checks]);
  const indicatorsById = useMemo(() => new Map(indicators.map((i) => [i.id, i])), [indicators]);
  const groups = useMemo(() => {
    const byTheme = new Map<string, Indicator[]>();
    for (const i of indicators) byTheme.set(i.theme, [...(byTheme.get(i.theme) ?? []), i]);
    return [...byTheme].map(([theme, list]): IndicatorGroup => ({ theme, indicators: list }));
  }, [indicators]);
  const parts = useMemo(() => textParts(text), [text]);

  const visible = useMemo(() => {
    return facts
      .map((f) => f.index)
      .filter((i) => {
        const review = reviews[i];
        if (!review) return false;
        switch (filter) {
          case 'all':
            return true;
          case 'mapped':
            return review.indicatorId !== null;
          case 'unmapped':
            return review.indicatorId === null;
          case 'accepted':
            return review.status === 'accepted';
          case 'inconsistent':
            return inconsistentFacts.has(i);
        }
      });
  }, [facts, reviews, filter, inconsistentFacts]);
  const pages = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
  const currentPage = Math.min(page, pages - 1);
  const pageRows = visible.slice(currentPage * PAGE_SIZE, currentPage * PAGE_SIZE + PAGE_SIZE);

  const onChange = useCallback((index: number, patch: Partial<FactReview>) => {
    setReviews((current) => current.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  }, []);

  const select = useCallback(
    (index: number, from: 'text' | 'table' | 'elsewhere') => {
      setSelected(index);
      const fact = facts[index];
      if (!fact) return;
      if (from !== 'text') {
        setTextPart(partOf(parts, fact.fact.start));
        pendingFocus.current = index;
      }
      if (from !== 'table') {
        const position = visible.indexOf(index);
        if (position === -1) {
          setFilter('all');
          setPage(Math.floor(index / PAGE_SIZE));
        } else setPage(Math.floor(position / PAGE_SIZE));
      }
    },
    [facts, parts, visible],
  );
  const onLocate = useCallback((index: number) => select(index, 'table'), [select]);
  const onCheckFact = useCallback((index: number) => select(index, 'elsewhere'), [select]);

  // After "show in text": the part is rendered; bring the mark into view and give it focus.
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const element = findMarkElement(textRef.current, `f${pendingFocus.current}`);
    pendingFocus.current = null;
    element?.scrollIntoView?.({ block: 'center' });
    element?.focus({ preventScroll: true });
  }, [textPart, selected]);

  const partStart = parts[textPart] ?? 0;
  const partEnd = parts[textPart + 1] ?? text.length;
  const partText = useMemo(() => text.slice(partStart, partEnd), [text, partStart, partEnd]);
  const marks: HighlightMark[] = useMemo(
    () =>
      facts
        .filter((f) => f.fact.start >= partStart && f.fact.end <= partEnd)
        .map((f) => ({
          id: `f${f.index}`,
          start: f.fact.start - partStart,
          end: f.fact.end - partStart,
          label: t('import.review.markLabel', { n: f.index + 1, value: f.number?.valueAsWritten ?? f.fact.quote }),
          tone: inconsistentFacts.has(f.index) ? ('warn' as const) : ('fact' as const),
        })),
    [facts, partStart, partEnd, inconsistentFacts, t],
  );
  const onMarkFocus = useCallback((markId: string) => select(Number(markId.slice(1)), 'text'), [select]);

  const accepted = reviews.filter((r) => r.status === 'accepted').length;
  const { observations, blocked } = useMemo(() => acceptedObservations(facts, reviews, context), [facts, reviews, context]);
  const bulk = useMemo(() => confidentlyMapped(facts, reviews, context).filter((i) => reviews[i]?.status !== 'accepted'), [facts, reviews, context]);

  const acceptBulk = () => {
    const set = new Set(bulk);
    setReviews((current) => current.map((r, i) => (set.has(i) ? { ...r, status: 'accepted' } : r)));
    setAnnouncement(t('import.review.bulkAccepted', { count: set.size }));
  };

  const onSave = async () => {
    if (save.isPending) return;
    setSaveError(null);
    if (blocked.length > 0) return;
    try {
      const report: ImportedReport = {
        id: reportId,
        sourceId,
        title: metadata.title,
        issuingBody: metadata.issuingBody,
        jurisdiction: metadata.jurisdiction,
        yearCovered: metadata.yearCovered,
        publishedOn: metadata.publishedOn,
        kind: metadata.kind,
        text,
        sha256: await sha256Hex(text),
        importedAt: new Date().toISOString(),
        observations,
      };
      const result = await save.mutateAsync(report);
      if (result.status === 'duplicate') onSaved({ kind: 'duplicate', title: result.existing.title, count: 0 });
      else onSaved({ kind: 'saved', title: report.title, count: observations.length });
    } catch (error) {
      setSaveError(t('import.review.saveFailed', { message: storeErrorMessage(error, t) }));
    }
  };

  const failureMessage =
    failure === null
      ? null
      : failure.error instanceof ExtractionUnavailableError
        ? t('import.review.workerUnavailable')
        : failure.error instanceof ExtractionWorkerError
          ? t('import.review.workerFailed')
          : failure.error instanceof Error
          ? failure.error.message
          : String(failure.error);
  const status = failureMessage
    ? null
    : output
      ? t('import.review.extracted', {
          facts: facts.length,
          mapped: facts.filter((f) => f.fact.indicatorId !== null).length,
          checks: checks.length,
          inconsistent: checks.filter((c) => c.verdict === 'inconsistent').length,
        })
      : t('import.review.extracting', { chars: text.length.toLocaleString() });

  return (
    <section className="import-review" aria-labelledby="import-review-heading">
      <h3 id="import-review-heading" ref={headingRef} tabIndex={-1}>
        {t('import.review.heading')}
      </h3>
      <div aria-live="polite" role="status" className="import-live">
        {status && <p>{status}</p>}
        {announcement && <p>{announcement}</p>}
      </div>
      {failureMessage && (
        <p className="data-error" role="alert">
          {t('import.review.extractFailed', { message: failureMessage })}
        </p>
      )}
      {failure?.error instanceof ExtractionWorkerError && (
        <div className="import-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              setFailure(null);
              setAttempt((n) => n + 1);
              // The button goes away with the failure: focus waits on the step's heading, above the progress message.
              headingRef.current?.focus();
            }}
          >
            {t('import.review.retryExtraction')}
          </button>
        </div>
      )}
      {output && (
        <>
          <ChecksList checks={checks} onSelect={onCheckFact} language={language} />
          <div className="import-review__grid">
            <section className="import-review__text" aria-labelledby="import-text-heading">
              <h4 id="import-text-heading">{t('import.review.textHeading')}</h4>
              {parts.length > 1 && (
                <nav className="import-pager" aria-label={t('import.review.textPage', { page: textPart + 1, pages: parts.length })}>
                  <button type="button" className="button button--small button--secondary" disabled={textPart === 0} onClick={() => setTextPart(textPart - 1)}>
                    {t('import.review.previousPage')}
                  </button>
                  <span>{t('import.review.textPage', { page: textPart + 1, pages: parts.length })}</span>
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    disabled={textPart >= parts.length - 1}
                    onClick={() => setTextPart(textPart + 1)}
                  >
                    {t('import.review.nextPage')}
                  </button>
                </nav>
              )}
              <div className="import-review__text-frame" ref={textRef}>
                <HighlightedText text={partText} marks={marks} activeMarkId={selected === null ? null : `f${selected}`} onMarkFocus={onMarkFocus} lang="zh-CN" />
              </div>
            </section>
            {/* Named by a heading of its own, not the table's caption: the table's region inside already says "figures found (1–20 of N)". */}
            <section className="import-review__facts" aria-labelledby="import-facts-heading">
              <h4 id="import-facts-heading">{t('import.review.factsHeading')}</h4>
              <div className="import-review__toolbar">
                <label>
                  {t('import.review.filter')}{' '}
                  <select
                    value={filter}
                    onChange={(event) => {
                      setFilter(event.target.value as Filter);
                      setPage(0);
                    }}
                  >
                    {FILTERS.map((f) => (
                      <option key={f} value={f}>
                        {t(`import.review.filters.${f}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="button" className="button button--small" disabled={bulk.length === 0} onClick={acceptBulk}>
                  {t('import.review.bulkAccept', { count: bulk.length })}
                </button>
              </div>
              {/* Wider than a phone: it scrolls in its own named region, which takes focus so a keyboard can scroll it. */}
              <ScrollingTable
                caption={t('import.review.tableCaption', {
                  from: visible.length === 0 ? 0 : currentPage * PAGE_SIZE + 1,
                  to: currentPage * PAGE_SIZE + pageRows.length,
                  total: visible.length,
                })}
                className="import-facts"
              >
                <thead>
                  <tr>
                    {(['n', 'quote', 'value', 'indicator', 'decision'] as const).map((c) => (
                      <th key={c} scope="col">
                        {t(`import.review.columns.${c}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {pageRows.map((i) => (
                    <FactRow
                      key={i}
                      fact={facts[i]!}
                      review={reviews[i]!}
                      context={context}
                      yearCovered={metadata.yearCovered}
                      groups={groups}
                      indicatorsById={indicatorsById}
                      inconsistent={inconsistentFacts.has(i)}
                      selected={selected === i}
                      onChange={onChange}
                      onLocate={onLocate}
                    />
                  ))}
                </tbody>
              </ScrollingTable>
              {pages > 1 && (
                <nav className="import-pager" aria-label={t('import.review.pagination')}>
                  <button type="button" className="button button--small button--secondary" disabled={currentPage === 0} onClick={() => setPage(currentPage - 1)}>
                    {t('import.review.previous')}
                  </button>
                  <span>{t('import.review.page', { page: currentPage + 1, pages })}</span>
                  <button type="button" className="button button--small button--secondary" disabled={currentPage >= pages - 1} onClick={() => setPage(currentPage + 1)}>
                    {t('import.review.next')}
                  </button>
                </nav>
              )}
            </section>
          </div>
        </>
      )}
      <div className="import-save">
        {output && <p>{t('import.review.summary', { accepted, savable: observations.length })}</p>}
        {output && <p className="muted small">{t('import.review.unmappedNote')}</p>}
        {blocked.length > 0 && (
          <p className="notice" role="alert">
            {t('import.review.blocked', { count: blocked.length })}{' '}
            {blocked.slice(0, 10).map((i) => (
              <button key={i} type="button" className="link-button" onClick={() => select(i, 'elsewhere')}>
                {t('import.review.factLink', { n: i + 1 })}
              </button>
            ))}
          </p>
        )}
        {saveError && (
          <p className="data-error" role="alert">
            {saveError}
          </p>
        )}
        <div className="import-actions">
          <button type="button" className="button button--secondary" onClick={onBack} disabled={save.isPending}>
            {t('import.review.back')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={save.isPending}>
            {t('import.review.cancel')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void onSave()}
            disabled={!output || blocked.length > 0}
            // Busy as aria-disabled, not disabled: a disabled button loses focus, and a refused save should leave it here to try again.
            aria-disabled={save.isPending || undefined}
          >
            {save.isPending ? t('import.review.saving') : t('import.review.save')}
          </button>
        </div>
      </div>
    </section>
  );
}

function ChecksList({ checks, onSelect, language }: { checks: ExtractionCheck[]; onSelect: (index: number) => void; language: Language }) {
  const { t } = useTranslation();
  const ordered = [...checks].sort((a, b) => Number(b.verdict === 'inconsistent') - Number(a.verdict === 'inconsistent'));
  return (
    <details className="import-checks" open={checks.some((c) => c.verdict === 'inconsistent')}>
      <summary>
        <h4>{t('import.review.checksHeading')}</h4>
      </summary>
      {checks.length === 0 ? (
        <p className="muted">{t('import.review.checksNone')}</p>
      ) : (
        <ul>
          {ordered.map((check, i) => (
            <li key={i} className={check.verdict === 'inconsistent' ? 'import-check import-check--inconsistent' : 'import-check'}>
              <strong>{t(`import.review.check.${check.kind}`)}</strong>{' '}
              <span className={check.verdict === 'inconsistent' ? 'badge badge--warn' : 'badge'}>{t(`import.review.verdict.${check.verdict}`)}</span>
              {check.expected !== null && check.stated !== null && (
                <span> {t('import.review.checkFigures', { expected: formatNumber(check.expected, language), stated: formatNumber(check.stated, language) })}</span>
              )}
              <span className="muted">
                {' '}
                {t('import.review.checkFacts')}
                {check.facts.map((f) => (
                  <button key={f} type="button" className="link-button import-check__fact" onClick={() => onSelect(f)}>
                    {t('import.review.factLink', { n: f + 1 })}
                  </button>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
