import { memo, useId, useMemo } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import type { Indicator } from '../../../domain/indicator';
import { mapPeriod, type ReviewFact } from '../../../domain/imported-facts';
import type { Language } from '../../../domain/localized-text';
import { QUALIFIERS, type Qualifier, type Scope } from '../../../domain/observation';
import { UNIT_LABELS } from '../../../domain/unit';
import { formatNumber, formatPeriod, QUALIFIER_SIGNS } from '../../../lib/format';
import { evaluateFact, type FactReview, type ReportContext } from '../review-state';

export interface IndicatorGroup {
  theme: string;
  indicators: Indicator[];
}

export interface FactRowProps {
  fact: ReviewFact;
  review: FactReview;
  context: ReportContext;
  yearCovered: number;
  groups: IndicatorGroup[];
  indicatorsById: Map<string, Indicator>;
  inconsistent: boolean;
  selected: boolean;
  onChange: (index: number, patch: Partial<FactReview>) => void;
  onLocate: (index: number) => void;
}

/** One fact of the review table: what the text says, the indicator it maps to, and the reviewer's decision. */
export const FactRow = memo(function FactRow({ fact, review, context, yearCovered, groups, indicatorsById, inconsistent, selected, onChange, onLocate }: FactRowProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const id = useId();
  const n = fact.index + 1;
  const evaluation = useMemo(() => evaluateFact(fact, review, context), [fact, review, context]);
  const f = fact.fact;
  const mapped = mapPeriod(f.period, fact.periodPhrase, yearCovered);
  const indicator = review.indicatorId ? indicatorsById.get(review.indicatorId) : undefined;
  const problemId = `${id}-problem`;
  const problem = evaluation.ok ? null : evaluation.problem;
  const problemText =
    problem === null
      ? null
      : problem === 'scopeLabel'
        ? t('import.review.scopeLabelRequired')
        : t(`import.review.problems.${problem}`, { unit: f.unit, indicatorUnit: indicator?.unit ?? '' });
  const recorded = evaluation.ok ? evaluation.observation : null;
  const unitLabel = (unit: string) => (unit in UNIT_LABELS ? UNIT_LABELS[unit as keyof typeof UNIT_LABELS][language] : unit);
  const rowClass = ['fact-row', selected && 'row--selected', review.status === 'accepted' && 'fact-row--accepted', review.status === 'rejected' && 'fact-row--rejected'].filter(Boolean).join(' ');

  return (
    <tr className={rowClass} id={`fact-row-${fact.index}`}>
      <th scope="row" className="num">
        {n}
      </th>
      <td className="fact-row__quote">
        <span lang="zh-CN">{f.quote}</span>
        {inconsistent && <span className="badge badge--warn">{t('import.review.inconsistentBadge')}</span>}
        <div className="muted small">
          {t('import.review.columns.label')}：<span lang="zh-CN">{f.label}</span>
        </div>
      </td>
      <td className="fact-row__value">
        <span className="num">
          {QUALIFIER_SIGNS[f.qualifier]}
          {formatNumber(f.value, language)}
          {f.unit === '%' ? '%' : ` ${unitLabel(f.unit)}`}
        </span>
        {f.relative && <span className="badge">{t('import.review.relative')}</span>}
        {recorded && indicator && !f.relative && (recorded.value !== f.value || f.unit !== indicator.unit) && (
          <div className="muted small">
            {t('import.review.unitConverted', {
              value: `${formatNumber(recorded.value, language)}${indicator.unit === '%' ? '%' : ` ${unitLabel(indicator.unit)}`}`,
            })}
          </div>
        )}
        <div className="small">{mapped ? formatPeriod(mapped.period, mapped.year, language, t) : f.period}</div>
        {fact.periodPhrase && <div className="muted small">{t('import.review.periodWritten', { phrase: fact.periodPhrase })}</div>}
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`${id}-indicator`}>
          {t('import.review.indicatorFor', { n })}
        </label>
        <select
          id={`${id}-indicator`}
          className="fact-row__indicator"
          value={review.indicatorId ?? ''}
          onChange={(event) => onChange(fact.index, { indicatorId: event.target.value === '' ? null : event.target.value })}
        >
          <option value="">{t('import.review.noIndicator')}</option>
          {groups.map((group) => (
            <optgroup key={group.theme} label={t(`theme.${group.theme}`)}>
              {group.indicators.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name[language]}
                  {i.id === f.indicatorId ? ` · ${t('import.review.suggested')}` : ''}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {problemText && review.status !== 'rejected' && (
          <p id={problemId} className="field-error small">
            {problemText}
          </p>
        )}
      </td>
      <td className="fact-row__decision">
        <div className="fact-row__buttons">
          <button
            type="button"
            className="button button--small"
            aria-pressed={review.status === 'accepted'}
            aria-label={t('import.review.acceptFact', { n })}
            aria-describedby={problemText ? problemId : undefined}
            onClick={() => onChange(fact.index, { status: review.status === 'accepted' ? 'pending' : 'accepted' })}
          >
            {review.status === 'accepted' && <span aria-hidden="true">✓ </span>}
            {t('import.review.accept')}
          </button>
          <button
            type="button"
            className="button button--small button--secondary"
            aria-pressed={review.status === 'rejected'}
            aria-label={t('import.review.rejectFact', { n })}
            onClick={() => onChange(fact.index, { status: review.status === 'rejected' ? 'pending' : 'rejected' })}
          >
            {t('import.review.reject')}
          </button>
          <button type="button" className="link-button" aria-label={t('import.review.locateFact', { n })} onClick={() => onLocate(fact.index)}>
            {t('import.review.locate')}
          </button>
        </div>
        <details className="fact-row__edit">
          <summary>{t('import.review.edit')}</summary>
          <fieldset>
            <legend className="small">{t('import.review.editLegend', { n })}</legend>
            <div className="field">
              <label htmlFor={`${id}-value`}>{t('import.review.editedValue', { unit: indicator ? unitLabel(indicator.unit) : unitLabel(f.unit) })}</label>
              <input
                id={`${id}-value`}
                type="text"
                inputMode="decimal"
                value={review.valueText}
                placeholder={recorded ? String(recorded.value) : String(f.value)}
                aria-describedby={`${id}-value-hint`}
                onChange={(event) => onChange(fact.index, { valueText: event.target.value })}
              />
              <p id={`${id}-value-hint`} className="muted small">
                {t('import.review.editedValueHint', { written: fact.number?.valueAsWritten ?? f.quote })}
              </p>
            </div>
            <div className="field">
              <label htmlFor={`${id}-qualifier`}>{t('import.review.qualifier')}</label>
              <select
                id={`${id}-qualifier`}
                value={review.qualifier ?? f.qualifier}
                onChange={(event) => onChange(fact.index, { qualifier: event.target.value === f.qualifier ? null : (event.target.value as Qualifier) })}
              >
                {QUALIFIERS.map((q) => (
                  <option key={q} value={q}>
                    {t(`qualifier.${q}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-scope`}>{t('import.review.scope')}</label>
              <select id={`${id}-scope`} value={review.scopeKind} onChange={(event) => onChange(fact.index, { scopeKind: event.target.value as Scope['kind'] })}>
                {(['jurisdiction', 'issuingBody', 'subset'] as const).map((k) => (
                  <option key={k} value={k}>
                    {t(`scope.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            {review.scopeKind === 'subset' && (
              <div className="field">
                <label htmlFor={`${id}-scope-label`}>{t('import.review.scopeLabel')}</label>
                <input id={`${id}-scope-label`} type="text" value={review.scopeLabel} onChange={(event) => onChange(fact.index, { scopeLabel: event.target.value })} />
              </div>
            )}
            <div className="field">
              <label htmlFor={`${id}-note`}>{t('import.review.note')}</label>
              <textarea id={`${id}-note`} rows={2} value={review.note} onChange={(event) => onChange(fact.index, { note: event.target.value })} />
            </div>
          </fieldset>
        </details>
      </td>
    </tr>
  );
});
