import { useTranslation } from '../../../lib/translation-context';
import { Link } from '../../../lib/router';
import { AddToBriefingButton } from '../../../components/add-to-briefing-button';
import { readerLink } from '../../../domain/app-links';
import { quoteItemDraft, type SnapshotLookups } from '../../../domain/briefing-snapshot';
import type { Indicator } from '../../../domain/indicator';
import type { Language } from '../../../domain/localized-text';
import { formatObservationValue, formatPeriod, formatRelativeValue } from '../../../lib/format';
import type { FactGroup } from '../model';
import { LanguageMarkedText } from '../../../components/language-marked-text';
import { ImportedBadge } from '../../../components/imported-badge';

/** What the highlighted span states: each fact's indicator, value, qualifier, period, scope and note. */
export function FactDetails({
  group,
  indicators,
  language,
  lookups,
}: {
  group: FactGroup;
  indicators: Map<string, Indicator>;
  language: Language | null;
  /** Documents and jurisdictions (curated and imported) to cite the quote in a briefing. */
  lookups: SnapshotLookups;
}) {
  const { t, i18n } = useTranslation();
  const ui = i18n.language as Language;
  return (
    <div className="fact-details">
      <blockquote className="fact-details__quote" lang="zh-CN">
        {group.observations[0]!.provenance.quote}
      </blockquote>
      {group.observations.map((o) => {
        const indicator = indicators.get(o.indicatorId);
        return (
          <dl key={o.id} className="fact-details__list">
            <dt className="fact-details__indicator">{indicator?.name[ui] ?? o.indicatorId}</dt>
            <dd>
              <strong className="value">{indicator ? formatObservationValue(o, indicator, ui) : o.valueAsWritten}</strong> <ImportedBadge observation={o} />
              {o.qualifier !== 'exact' && <span className="badge">{t(`qualifier.${o.qualifier}`)}</span>}
              {o.relative && (
                <span className="badge">
                  {t('table.relative')}: {formatRelativeValue(o, o.relative, ui, t)}
                </span>
              )}
            </dd>
            <dd>
              {t('reader.period')}: {formatPeriod(o.period, o.year, ui, t)}{' '}
              <span className="muted" lang="zh-CN">
                «{o.period.asWritten}»
              </span>
              {o.period.kind !== 'fullYear' && <span className="badge">{t('period.partialBadge')}</span>}
            </dd>
            <dd>
              {t('reader.scope')}: {o.scope.label[ui]}
            </dd>
            {o.note && (
              <dd className="note small">
                {t('reader.note')}: <LanguageMarkedText text={o.note[ui]} language={ui} />
              </dd>
            )}
            <dd className="small">
              <Link to={{ pathname: '/explore', search: `?indicator=${o.indicatorId}&obs=${encodeURIComponent(o.id)}${language ? `&lang=${language}` : ''}` }}>
                {t('reader.openInExplorer')}
              </Link>
            </dd>
            {indicator && (
              <dd>
                <AddToBriefingButton
                  what={t('briefings.kind.quote')}
                  draft={() => quoteItemDraft({ indicator, observation: o, view: readerLink(o.provenance.sourceId, o.provenance, null), lookups })}
                />
              </dd>
            )}
          </dl>
        );
      })}
      <p className="muted small">{t('reader.offsets', { start: group.start, end: group.end })}</p>
    </div>
  );
}
