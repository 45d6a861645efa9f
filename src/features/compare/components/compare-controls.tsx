import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import type { DataIndex } from '../../../domain/data-files';
import { THEMES } from '../../../domain/indicator';
import { compareJurisdictions } from '../../../domain/indicator-view';
import { matchesJurisdiction } from '../../../domain/jurisdiction';
import type { Language } from '../../../domain/localized-text';
import { compareYears, MAX_INDICATORS, MAX_JURISDICTIONS, MIN_JURISDICTIONS } from '../compare-params';
import { IndicatorOptionGroups } from '../../../components/indicator-option-groups';

export interface CompareControlsProps {
  index: DataIndex;
  codes: string[];
  indicatorIds: string[];
  /** The year compared; null: each jurisdiction's latest. */
  year: number | null;
  onChange: (next: { codes?: string[]; indicatorIds?: string[]; year?: number | null }) => void;
}

/** Up to this many jurisdictions every one is listed; beyond, they are found by search (thousands at scale). */
export const LIST_ALL_UP_TO = 40;
/** Matches listed at most beside the selected ones; the rest are counted. */
export const MAX_MATCHES_LISTED = 30;

/** Native checkboxes and a select: keyboard, screen reader and phone pickers work without extra code. */
export function CompareControls({ index, codes, indicatorIds, year, onChange }: CompareControlsProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const hintId = useId();
  const refusalId = useId();
  const addId = useId();
  const yearId = useId();
  const years = useMemo(() => compareYears(index, indicatorIds), [index, indicatorIds]);
  const [toAdd, setToAdd] = useState('');
  const [copyStatus, setCopyStatus] = useState<string | null>(null);
  // The chosen jurisdiction the reader last tried to untick at the minimum; its message goes once the choice changes.
  const [refused, setRefused] = useState<string | null>(null);
  const atMinimum = codes.length <= MIN_JURISDICTIONS;
  const refusedName = refused !== null && atMinimum && codes.includes(refused) ? index.jurisdictions.find((j) => j.code === refused)?.name[language] ?? refused : null;

  const searchId = useId();
  const [query, setQuery] = useState('');
  const withData = useMemo(() => new Set(index.summaries.flatMap((s) => s.jurisdictionCodes)), [index]);
  const jurisdictions = useMemo(() => [...index.jurisdictions].sort(compareJurisdictions), [index]);
  const searchFirst = jurisdictions.length > LIST_ALL_UP_TO;
  // At scale: the selected jurisdictions in their chosen order, then matches of the search, those with
  // data first (a jurisdiction without data has nothing to compare), at most MAX_MATCHES_LISTED.
  const { listed, unlisted } = useMemo(() => {
    if (!searchFirst) return { listed: jurisdictions, unlisted: 0 };
    const byCode = new Map(jurisdictions.map((j) => [j.code, j]));
    const selected = codes.flatMap((code) => byCode.get(code) ?? []);
    const matches = jurisdictions.filter((j) => !codes.includes(j.code) && matchesJurisdiction(j, query));
    const ordered = [...matches.filter((j) => withData.has(j.code)), ...matches.filter((j) => !withData.has(j.code))];
    return { listed: [...selected, ...ordered.slice(0, MAX_MATCHES_LISTED)], unlisted: Math.max(0, ordered.length - MAX_MATCHES_LISTED) };
  }, [searchFirst, jurisdictions, codes, query, withData]);
  const reportedBySelected = new Set(index.summaries.filter((s) => s.jurisdictionCodes.some((c) => codes.includes(c))).map((s) => s.indicatorId));
  const addable = index.indicators.filter((i) => reportedBySelected.has(i.id) && !indicatorIds.includes(i.id));
  const groups = THEMES.map((theme) => ({ theme, indicators: addable.filter((i) => i.theme === theme) })).filter((g) => g.indicators.length > 0);
  const full = indicatorIds.length >= MAX_INDICATORS;

  const toggle = (code: string, checked: boolean) => {
    // A chosen box at the minimum stays enabled so it looks chosen (a disabled box reads as unavailable, greyed
    // and skipped by the keyboard); unticking it is refused here and said why. React puts the tick back.
    if (!checked && atMinimum) {
      setRefused(code);
      return;
    }
    setRefused(null);
    // Keep the chosen order: it is the order of the columns and the bars.
    onChange({ codes: checked ? [...codes, code] : codes.filter((c) => c !== code) });
  };

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopyStatus(t('compare.controls.copied'));
    } catch {
      setCopyStatus(t('compare.controls.copyFailed'));
    }
  };

  return (
    <div className="compare-controls">
      <fieldset className="compare-controls__jurisdictions" aria-describedby={hintId}>
        <legend>{t('compare.controls.jurisdictions')}</legend>
        <p id={hintId} className="muted small">
          {t('compare.controls.jurisdictionsHint', { count: codes.length })}
        </p>
        {searchFirst && (
          <div className="compare-controls__search">
            <label htmlFor={searchId}>{t('compare.controls.search')}</label>
            <input id={searchId} type="search" className="field-control" value={query} onChange={(event) => setQuery(event.target.value)} aria-describedby={`${searchId}-hint`} />
            <p id={`${searchId}-hint`} className="muted small">
              {t('compare.controls.searchHint', { total: jurisdictions.length })}
            </p>
          </div>
        )}
        <ul>
          {listed.map((jurisdiction) => {
            const checked = codes.includes(jurisdiction.code);
            // Only an unchosen box is disabled (at the maximum); a chosen one at the minimum is described by the hint instead.
            const disabled = !checked && codes.length >= MAX_JURISDICTIONS;
            const kept = checked && atMinimum;
            return (
              <li key={jurisdiction.code}>
                <label className={disabled ? 'is-disabled' : undefined}>
                  <input
                    type="checkbox"
                    checked={checked}
                    disabled={disabled}
                    aria-describedby={kept ? `${hintId} ${refusalId}` : undefined}
                    onChange={(event) => toggle(jurisdiction.code, event.target.checked)}
                  />{' '}
                  {jurisdiction.name[language]}
                  {!withData.has(jurisdiction.code) && <span className="muted small"> ({t('compare.controls.noData')})</span>}
                </label>
              </li>
            );
          })}
        </ul>
        {/* Always in the page, so the message is announced when it appears. */}
        <p id={refusalId} className="compare-controls__refusal small" role="status">
          {refusedName !== null && t('compare.controls.keepAtLeast', { name: refusedName })}
        </p>
        {searchFirst && unlisted > 0 && <p className="muted small">{t('compare.controls.moreMatches', { count: unlisted })}</p>}
        {searchFirst && query.trim() !== '' && listed.length === codes.length && (
          <p className="muted small" role="status">
            {t('compare.controls.noMatches', { query: query.trim() })}
          </p>
        )}
      </fieldset>

      <div className="compare-controls__indicators">
        <h3 className="compare-controls__label">{t('compare.controls.indicators')}</h3>
        <ul className="chips">
          {indicatorIds.map((id) => {
            const indicator = index.indicators.find((i) => i.id === id);
            const name = indicator?.name[language] ?? id;
            return (
              <li key={id} className="chip">
                <span>{name}</span>
                <button
                  type="button"
                  className="chip__remove"
                  aria-label={t('compare.controls.remove', { indicator: name })}
                  disabled={indicatorIds.length <= 1}
                  onClick={() => onChange({ indicatorIds: indicatorIds.filter((i) => i !== id) })}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
        {groups.length === 0 ? (
          <p className="muted small">{t('compare.controls.allAdded')}</p>
        ) : full ? (
          <p className="muted small">{t('compare.controls.maxIndicators')}</p>
        ) : (
          <form
            className="compare-controls__add"
            onSubmit={(event) => {
              event.preventDefault();
              if (!toAdd) return;
              onChange({ indicatorIds: [...indicatorIds, toAdd] });
              setToAdd('');
            }}
          >
            <label htmlFor={addId}>{t('compare.controls.add')}</label>
            <div className="compare-controls__add-row">
              <select id={addId} value={toAdd} onChange={(event) => setToAdd(event.target.value)}>
                <option value="">{t('compare.controls.addPlaceholder')}</option>
                <IndicatorOptionGroups groups={groups} language={language} />
              </select>
              <button type="submit" className="button" disabled={!toAdd}>
                {t('compare.controls.addButton')}
              </button>
            </div>
          </form>
        )}
      </div>
      <p className="compare-controls__year">
        <label htmlFor={yearId}>{t('compare.controls.year')}</label>{' '}
        <select
          id={yearId}
          className="field-control"
          value={year === null ? '' : String(year)}
          onChange={(event) => onChange({ year: event.target.value === '' ? null : Number(event.target.value) })}
        >
          <option value="">{t('compare.controls.yearLatest')}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </p>
      <p className="compare-controls__share">
        <button type="button" className="button compare-button--secondary" onClick={() => void copyLink()}>
          {t('compare.controls.copyLink')}
        </button>{' '}
        <span role="status" className="small">
          {copyStatus}
        </span>
      </p>
    </div>
  );
}
