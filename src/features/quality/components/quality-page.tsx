import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import { Link, useSearchParams } from '../../../lib/router';
import { DataError } from '../../../components/data-error';
import type { DataIndex } from '../../../domain/data-files';
import type { Indicator } from '../../../domain/indicator';
import type { Language } from '../../../domain/localized-text';
import type { Observation, Relative } from '../../../domain/observation';
import {
  isProblem,
  runQualityChecks,
  summarizeFindings,
  type FindingKind,
  type ListedFinding,
  type PartsFinding,
  type QualityFinding,
  type QualitySummaryRow,
  type RateFinding,
  type RepeatedFinding,
} from '../../../domain/quality/checks';
import { DataIndexError } from '../../../components/data-index-gate';
import { useDataIndex } from '../../../lib/data/get-data-index';
import { sourceFactsFileName } from '../../../domain/data-file-names';
import { useAllSourceFacts } from '../../../lib/data/get-source-facts';
import { useDocuments, useJurisdictions } from '../../../lib/data/with-imported';
import { useImportedReports } from '../../../lib/imported/imported-queries';
import { formatNumber, formatObservationValue, formatPeriod, formatRelativeBase } from '../../../lib/format';
import { readerLocation } from '../../../lib/reader-link';
import { ScrollingTable } from '../../../components/scrolling-table';
import '../quality.css';

type Lang = Language | null;

/** #/quality?doc=&problems=1: the consistency checks over every document's facts, curated and imported. */
export function QualityPage() {
  const { t } = useTranslation();
  const index = useDataIndex();
  const documents = useDocuments();
  const jurisdictions = useJurisdictions();
  const importedReports = useImportedReports();
  const ids = index.data?.documents.map((d) => d.id) ?? [];
  const facts = useAllSourceFacts(ids);

  if (index.isError) {
    return (
      <DataIndexError index={index} />
    );
  }
  const failedAt = facts.findIndex((q) => q.isError);
  if (failedAt !== -1) {
    const failed = facts[failedAt]!;
    return (
      <section className="panel">
        <DataError error={failed.error} file={sourceFactsFileName(ids[failedAt]!)} onRetry={() => void failed.refetch()} retrying={failed.isFetching} />
      </section>
    );
  }
  if (index.isPending || facts.some((q) => q.isPending) || documents.data === undefined || jurisdictions.data === undefined) {
    return <p role="status" className="panel">{t('quality.loading')}</p>;
  }
  const observations = [
    ...facts.flatMap((q) => q.data?.observations ?? []),
    // Reports imported in this browser are checked the same way (the store failing leaves curated checks intact).
    ...(importedReports.data ?? []).flatMap((r) => r.observations),
  ];
  return <QualityReport index={{ ...index.data, documents: documents.data, jurisdictions: jurisdictions.data }} observations={observations} />;
}

export interface QualityReportProps {
  index: DataIndex;
  /** Curated and imported facts; index carries the imported documents and jurisdictions too. */
  observations: Observation[];
}

export function QualityReport({ index, observations }: QualityReportProps) {
  const { t, i18n } = useTranslation();
  const ui = i18n.language as Language;
  const [params, setParams] = useSearchParams();
  const lang: Lang = params.get('lang') === 'en' ? 'en' : params.get('lang') === 'zh' ? 'zh' : null;
  const docParam = params.get('doc');
  const doc = index.documents.some((d) => d.id === docParam) ? docParam : null;
  const onlyProblems = params.get('problems') === '1';
  const docSelectId = useId();
  const indicators = useMemo(() => new Map(index.indicators.map((i) => [i.id, i])), [index]);

  const all = useMemo(() => runQualityChecks(observations, index.indicators), [observations, index]);
  // The chosen document's findings: the summaries count all of them, the list below only problems when asked.
  const inDoc = all.filter((f) => doc === null || findingSource(f) === doc);
  const shown = onlyProblems ? inDoc.filter(isProblem) : inDoc;
  const scopeObservations = doc ? observations.filter((o) => o.provenance.sourceId === doc) : observations;
  const sourcesWithFigures = useMemo(() => new Set(observations.map((o) => o.provenance.sourceId)), [observations]);

  const set = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );

  const ctx: Ctx = { t, ui, lang, indicators, index };
  const kinds: FindingKind[] = ['rate', 'parts', 'repeated', 'partialPeriod', 'approximate', 'relativeWithoutBase'];

  return (
    <div className="quality">
      <section className="panel" aria-labelledby="quality-heading">
        <h2 id="quality-heading">{t('quality.heading')}</h2>
        <p className="muted">{t('quality.intro')}</p>
        {observations.length > 0 && (
          <div className="quality__filters">
            <div>
              <label htmlFor={docSelectId} className="quality__label">
                {t('quality.docFilter')}
              </label>
              <select id={docSelectId} className="quality__select" value={doc ?? ''} onChange={(e) => set('doc', e.target.value || null)}>
                <option value="">{t('quality.allDocuments')}</option>
                {index.documents.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.title[ui]}
                  </option>
                ))}
              </select>
            </div>
            <label className="quality__check">
              <input type="checkbox" checked={onlyProblems} onChange={(e) => set('problems', e.target.checked ? '1' : null)} /> {t('quality.onlyProblems')}
            </label>
          </div>
        )}
      </section>

      {observations.length === 0 ? (
        // An empty report would read as "no problems found" when nothing was checked at all.
        <p className="panel notice" role="status">
          {t(index.dataset.kind === 'synthetic' ? 'quality.nothingToCheckSynthetic' : 'quality.nothingToCheck')}
        </p>
      ) : (
        <>
          <section className="panel" aria-labelledby="quality-summary-heading">
            <h2 id="quality-summary-heading">{t('quality.summaryHeading')}</h2>
            <SummaryTable ctx={ctx} by="document" rows={summarizeFindings(inDoc, scopeObservations, 'document')} />
            <WithoutFigures ctx={ctx} documents={index.documents.filter((d) => (doc === null || d.id === doc) && !sourcesWithFigures.has(d.id))} />
            <SummaryTable ctx={ctx} by="jurisdiction" rows={summarizeFindings(inDoc, scopeObservations, 'jurisdiction')} />
          </section>

          {kinds.map((kind) => {
            const list = shown.filter((f) => f.kind === kind);
            if (onlyProblems && list.length === 0) return null;
            const headingId = `quality-${kind}`;
            return (
              <section key={kind} className="panel" aria-labelledby={headingId}>
                <h2 id={headingId}>
                  {t(`quality.kinds.${kind}`)} <span className="quality__count">({list.length})</span>
                </h2>
                <p className="muted small">{t(`quality.kindIntro.${kind}`)}</p>
                {list.length === 0 ? (
                  <p className="muted">{t('quality.noFindings')}</p>
                ) : kind === 'rate' || kind === 'parts' || kind === 'repeated' ? (
                  <ul className="quality__findings">
                    {list.map((f) => (
                      <li key={f.id}>
                        <FindingCard finding={f as RateFinding | PartsFinding | RepeatedFinding} ctx={ctx} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  <ListedTable findings={list as ListedFinding[]} ctx={ctx} kind={kind} />
                )}
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}

interface Ctx {
  t: ReturnType<typeof useTranslation>['t'];
  ui: Language;
  lang: Lang;
  indicators: Map<string, Indicator>;
  index: DataIndex;
}

function findingSource(f: QualityFinding): string {
  switch (f.kind) {
    case 'rate':
      return f.rate.provenance.sourceId;
    case 'parts':
      return f.total.provenance.sourceId;
    case 'repeated':
      return f.observations[0]!.provenance.sourceId;
    default:
      return f.observation.provenance.sourceId;
  }
}

function SummaryTable({ ctx, by, rows }: { ctx: Ctx; by: 'document' | 'jurisdiction'; rows: QualitySummaryRow[] }) {
  const { t, ui, index } = ctx;
  const name = (key: string) =>
    by === 'document'
      ? (index.documents.find((d) => d.id === key)?.title[ui] ?? key)
      : (index.jurisdictions.find((j) => j.code === key)?.name[ui] ?? key);
  const caption = by === 'document' ? t('quality.byDocument') : t('quality.byJurisdiction');
  return (
    <ScrollingTable caption={caption} className="quality__summary">
      <thead>
        <tr>
          <th scope="col">{by === 'document' ? t('quality.colDocument') : t('quality.colJurisdiction')}</th>
          <th scope="col">{t('quality.colFacts')}</th>
          <th scope="col">{t('quality.colProblems')}</th>
          <th scope="col">{t('quality.colPassed')}</th>
          <th scope="col">{t('quality.colPartial')}</th>
          <th scope="col">{t('quality.colApprox')}</th>
          <th scope="col">{t('quality.colRelative')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              {by === 'document' ? <Link to={readerLocation(row.key, null, ctx.lang)}>{name(row.key)}</Link> : name(row.key)}
            </th>
            <td className="num">{row.observations}</td>
            <td className={row.problems > 0 ? 'num quality__problem-cell' : 'num'}>{row.problems}</td>
            <td className="num">{row.checksPassed}</td>
            <td className="num">{row.counts.partialPeriod}</td>
            <td className="num">{row.counts.approximate}</td>
            <td className="num">{row.counts.relativeWithoutBase}</td>
          </tr>
        ))}
      </tbody>
    </ScrollingTable>
  );
}

/** A document with no figures (a work plan, say) is named, so a table without it is not read as all documents. */
function WithoutFigures({ ctx, documents }: { ctx: Ctx; documents: DataIndex['documents'] }) {
  if (documents.length === 0) return null;
  return (
    <div className="muted small">
      <p>{ctx.t('quality.withoutFigures')}</p>
      <ul>
        {documents.map((d) => (
          <li key={d.id}>
            <Link to={readerLocation(d.id, null, ctx.lang)}>{d.title[ctx.ui]}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

function SpanLink({ observation, role, ctx }: { observation: Observation; role: string; ctx: Ctx }) {
  const { t, ui, indicators } = ctx;
  const indicator = indicators.get(observation.indicatorId);
  return (
    <li className="quality__span">
      <span className="quality__role">{role}</span>{' '}
      <span className="muted small">
        {indicator?.name[ui]} {indicator ? formatObservationValue(observation, indicator, ui) : observation.valueAsWritten} ·{' '}
        {formatPeriod(observation.period, observation.year, ui, t)}
      </span>
      <br />
      <Link to={readerLocation(observation.provenance.sourceId, observation.provenance, ctx.lang)} aria-label={t('quality.openSpan', { quote: observation.provenance.quote })}>
        <q lang="zh-CN">{observation.provenance.quote}</q>
      </Link>
    </li>
  );
}

function StatusBadge({ status, ctx }: { status: string; ctx: Ctx }) {
  return <span className={`quality__status quality__status--${status}`}>{ctx.t(`quality.status.${status}`)}</span>;
}

function FindingCard({ finding, ctx }: { finding: RateFinding | PartsFinding | RepeatedFinding; ctx: Ctx }) {
  const { t, ui, indicators } = ctx;
  const name = (id: string) => indicators.get(id)?.name[ui] ?? id;
  const num = (n: number) => formatNumber(n, ui);
  let status: string;
  let headline: string;
  const details: ReactNode[] = [];
  let spans: ReactNode;
  if (finding.kind === 'rate') {
    status = finding.status;
    headline = t('quality.rateHeadline', {
      indicator: name(finding.rate.indicatorId),
      stated: num(finding.stated),
      numerator: num(finding.numerator.value),
      denominator: num(finding.denominator.value),
      expected: finding.expected.toFixed(2),
    });
    if (finding.status !== 'consistent') details.push(t('quality.rateDifference', { difference: (finding.difference > 0 ? '+' : '') + finding.difference.toFixed(2) }));
    if (!finding.periodsMatch) details.push(t('quality.periodsDiffer'));
    spans = (
      <>
        <SpanLink observation={finding.rate} role={t('quality.role.rate')} ctx={ctx} />
        <SpanLink observation={finding.numerator} role={t('quality.role.numerator')} ctx={ctx} />
        <SpanLink observation={finding.denominator} role={t('quality.role.denominator')} ctx={ctx} />
      </>
    );
  } else if (finding.kind === 'parts') {
    status = finding.status;
    headline =
      finding.mode === 'breakdown'
        ? t('quality.breakdownHeadline', { total: name(finding.total.indicatorId), value: num(finding.total.value), sum: num(finding.sum) })
        : t('quality.shareHeadline', { total: name(finding.total.indicatorId), value: num(finding.total.value), max: num(finding.sum) });
    if (finding.mode === 'breakdown' && finding.remainder > 0) details.push(t('quality.breakdownRemainder', { remainder: num(finding.remainder) }));
    if (finding.mode === 'breakdown' && finding.remainder < 0) details.push(t('quality.breakdownExcess', { excess: num(-finding.remainder) }));
    if (finding.missingIndicatorIds.length > 0) details.push(t('quality.missingParts', { names: finding.missingIndicatorIds.map(name).join('、') }));
    spans = (
      <>
        <SpanLink observation={finding.total} role={t('quality.role.total')} ctx={ctx} />
        {finding.parts.map((p) => (
          <SpanLink key={p.id} observation={p} role={t('quality.role.part')} ctx={ctx} />
        ))}
      </>
    );
  } else {
    status = 'inconsistent';
    headline = t('quality.repeatedHeadline', {
      indicator: name(finding.observations[0]!.indicatorId),
      count: finding.observations.length,
      values: finding.observations.map((o) => num(o.value)).join(' / '),
    });
    spans = finding.observations.map((o, i) => <SpanLink key={o.id} observation={o} role={t('quality.role.occurrence', { n: i + 1 })} ctx={ctx} />);
  }
  const document = ctx.index.documents.find((d) => d.id === findingSource(finding));
  return (
    <article className={`quality__card quality__card--${status}`} aria-label={`${t(`quality.status.${status}`)}: ${headline}`}>
      <p className="quality__headline">
        <StatusBadge status={status} ctx={ctx} /> <strong>{headline}</strong>
      </p>
      {details.length > 0 && (
        <p className="quality__details">
          {details.map((d, i) => (
            <span key={i}>{d} </span>
          ))}
        </p>
      )}
      <p className="muted small quality__doc">{document?.title[ui]}</p>
      <ul className="quality__spans">{spans}</ul>
    </article>
  );
}

/** The base a relative value names: as written in Chinese, and in English also in words ("the same period of 2020"). */
function RelativeBase({ relative, ctx }: { relative: Relative; ctx: Ctx }) {
  const written = <span lang="zh-CN">{relative.baseAsWritten}</span>;
  if (ctx.ui === 'zh') return written;
  return (
    <>
      {formatRelativeBase(relative, ctx.ui, ctx.t)} <span className="muted">«{written}»</span>
    </>
  );
}

function ListedTable({ findings, ctx, kind }: { findings: ListedFinding[]; ctx: Ctx; kind: FindingKind }) {
  const { t, ui, indicators } = ctx;
  const table = (
    <ScrollingTable caption={t(`quality.kinds.${kind}`)} className="quality__listed" hideCaption>
      <thead>
        <tr>
          <th scope="col">{t('quality.colIndicator')}</th>
          <th scope="col">{t('quality.colValue')}</th>
          <th scope="col">{kind === 'relativeWithoutBase' ? t('quality.colBase') : t('quality.colPeriod')}</th>
          <th scope="col">{t('quality.colQuote')}</th>
        </tr>
      </thead>
      <tbody>
        {findings.map(({ id, observation: o }) => {
          const indicator = indicators.get(o.indicatorId);
          return (
            <tr key={id}>
              <th scope="row">{indicator?.name[ui] ?? o.indicatorId}</th>
              <td className="num">{indicator ? formatObservationValue(o, indicator, ui) : o.valueAsWritten}</td>
              <td>
                {kind === 'relativeWithoutBase' && o.relative ? <RelativeBase relative={o.relative} ctx={ctx} /> : formatPeriod(o.period, o.year, ui, t)}
                {kind === 'partialPeriod' && (
                  <span className="muted" lang="zh-CN">
                    {' '}
                    «{o.period.asWritten}»
                  </span>
                )}
              </td>
              <td className="quality__quote">
                <Link to={readerLocation(o.provenance.sourceId, o.provenance, ctx.lang)} aria-label={t('quality.openSpan', { quote: o.provenance.quote })}>
                  <q lang="zh-CN">{o.provenance.quote}</q>
                </Link>
              </td>
            </tr>
          );
        })}
      </tbody>
    </ScrollingTable>
  );
  if (findings.length <= 20) return table;
  return (
    <details className="quality__details-list">
      <summary>
        {t('quality.showList')} ({t('quality.listCount', { count: findings.length })})
      </summary>
      {table}
    </details>
  );
}
