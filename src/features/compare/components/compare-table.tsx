import { useId } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import { Link } from '../../../lib/router';
import { explorerLink, profileLink, readerLink } from '../../../domain/app-links';
import type { Indicator } from '../../../domain/indicator';
import type { Language } from '../../../domain/localized-text';
import { isPartialPeriod, type Observation } from '../../../domain/observation';
import { UNIT_LABELS } from '../../../domain/unit';
import { formatObservationValue, formatPeriod, formatRelativeValue } from '../../../lib/format';
import type { CompareFlags, CompareRow } from '../compare-rows';
import { ImportedBadge } from '../../../components/imported-badge';
import { ScrollingTable } from '../../../components/scrolling-table';

const ROW_FLAGS = ['differentYears', 'differentPeriods', 'differentScopes', 'relativeOnly'] as const satisfies ReadonlyArray<keyof CompareFlags>;

/** A bar on the row's shared scale: hatched for part of the year, dashed for approximate. Decorative; the number is the text. */
function MiniBar({ observation, max }: { observation: Observation; max: number }) {
  const width = max > 0 ? Math.max(1, Math.round((observation.value / max) * 100)) : 0;
  const partial = isPartialPeriod(observation.period);
  const approximate = observation.qualifier !== 'exact';
  const hatchId = useId();
  return (
    <svg className="mini-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      {partial && (
        <defs>
          <pattern id={hatchId} width={4} height={4} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width={4} height={4} fill="#0072B2" />
            <rect width={1.5} height={4} fill="#ffffff" fillOpacity={0.75} />
          </pattern>
        </defs>
      )}
      <rect x={0} y={0} width={100} height={10} fill="#eef1f5" />
      <rect
        x={0.5}
        y={0.5}
        width={Math.max(0, width - 1)}
        height={9}
        fill={partial ? `url(#${hatchId})` : '#0072B2'}
        stroke={approximate ? '#1a1a1a' : 'none'}
        strokeDasharray={approximate ? '3 2' : undefined}
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
}

function ValueBlock({ observation, indicator, max, conflict, lang }: { observation: Observation; indicator: Indicator; max: number; conflict: boolean; lang: string | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { provenance } = observation;
  return (
    <div className="compare-value stacked-value">
      {observation.relative ? (
        <p className="compare-value__number">
          <span className="badge">{t('table.relative')}</span>{' '}
          {formatRelativeValue(observation, observation.relative, language, t)}
          {observation.qualifier !== 'exact' && <span className="badge">{t(`qualifier.${observation.qualifier}`)}</span>}
        </p>
      ) : (
        <>
          <p className="compare-value__number">
            <span className="value">{formatObservationValue(observation, indicator, language)}</span>
            {observation.qualifier !== 'exact' && <span className="badge">{t(`qualifier.${observation.qualifier}`)}</span>}
            <ImportedBadge observation={observation} />
            {conflict && <span className="badge badge--warn">{t('compare.flags.conflict')}</span>}
          </p>
          <MiniBar observation={observation} max={max} />
        </>
      )}
      <p className="compare-value__meta">
        {formatPeriod(observation.period, observation.year, language, t)}
        {isPartialPeriod(observation.period) && <span className="badge">{t('period.partialBadge')}</span>}
      </p>
      <p className="compare-value__meta">{observation.scope.kind === 'jurisdiction' ? t('scope.jurisdiction') : observation.scope.label[language]}</p>
      <p className="compare-value__quote">
        <Link to={readerLink(provenance.sourceId, provenance, lang)} aria-label={t('compare.table.quoteLabel', { quote: provenance.quote })} lang="zh-CN">
          «{provenance.quote}»
        </Link>
      </p>
    </div>
  );
}

/** Indicators down, jurisdictions across; each row on one scale, with what differs flagged in the row itself. */
export function CompareTable({ rows, codes, lang, year }: { rows: CompareRow[]; codes: string[]; lang: string | null; year: number | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const jurisdictions = rows[0]?.cells.map((c) => c.jurisdiction) ?? [];
  const any = (flag: keyof CompareFlags) => rows.some((r) => r.flags[flag]);
  const caption = year === null ? t('compare.table.caption') : t('compare.table.captionYear', { year });
  return (
    <section className="panel" aria-labelledby="compare-table-heading">
      <h2 id="compare-table-heading">{t('compare.table.heading')}</h2>
      {(any('differentYears') || any('differentPeriods') || any('differentScopes')) && (
        <ul className="compare-explain">
          {any('differentYears') && <li>{t('compare.flags.explainYears')}</li>}
          {any('differentPeriods') && <li>{t('compare.flags.explainPeriods')}</li>}
          {any('differentScopes') && <li>{t('compare.flags.explainScopes')}</li>}
        </ul>
      )}
      <ScrollingTable caption={caption} className="compare-table">
        <thead>
          <tr>
            <th scope="col">{t('compare.table.indicator')}</th>
            {jurisdictions.map((j) => (
              <th scope="col" key={j.code}>
                <Link to={profileLink(j.code, lang)}>{j.name[language]}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.indicator.id}>
              <th scope="row">
                <Link to={explorerLink({ indicatorId: row.indicator.id, jurisdictionCodes: codes }, lang)}>{row.indicator.name[language]}</Link>
                <span className="compare-table__unit">{UNIT_LABELS[row.indicator.unit][language]}</span>
                {ROW_FLAGS.filter((flag) => row.flags[flag]).map((flag) => (
                  <span key={flag} className="badge badge--warn compare-flag">
                    ⚠ {t(`compare.flags.${flag}`)}
                  </span>
                ))}
              </th>
              {row.cells.map(({ jurisdiction, latest }) => (
                <td key={jurisdiction.code}>
                  {!latest ? (
                    <span className="compare-value__missing">{t('compare.table.notReported')}</span>
                  ) : (
                    <>
                      {[...latest.levels, ...latest.relatives].map((observation) => (
                        <ValueBlock
                          key={observation.id}
                          observation={observation}
                          indicator={row.indicator}
                          max={row.max}
                          conflict={latest.conflict && observation.relative === null}
                          lang={lang}
                        />
                      ))}
                      {latest.earlierYears > 0 && <p className="muted small">{t('compare.table.earlierYears', { count: latest.earlierYears })}</p>}
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollingTable>
    </section>
  );
}
