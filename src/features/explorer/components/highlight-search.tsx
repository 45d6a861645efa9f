import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import { matchesJurisdiction, type Jurisdiction } from '../../../domain/jurisdiction';
import type { Language } from '../../../domain/localized-text';
import { MAX_HIGHLIGHTS } from '../url-state';

export interface HighlightSearchProps {
  jurisdictions: Jurisdiction[];
  highlight: string[];
  onChange: (codes: string[]) => void;
  /** A sentence per highlighted jurisdiction: its rank in the chart's year, or that it has no value. */
  describe: (jurisdiction: Jurisdiction) => string;
}

const MAX_MATCHES = 8;

/**
 * At scale a jurisdiction is found by search, not in a legend of thousands:
 * type a name or code, press a match to highlight it (its bar is added to the
 * ranked chart with its rank, its line drawn in colour). Plain buttons with
 * aria-pressed, so it works with a keyboard and a screen reader.
 */
export function HighlightSearch({ jurisdictions, highlight, onChange, describe }: HighlightSearchProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [query, setQuery] = useState('');
  const inputId = useId();
  // Built only once something is highlighted: a map of every jurisdiction (3,300 at scale) was part of the
  // explorer's first render, where nothing is highlighted.
  const anyHighlighted = highlight.length > 0;
  const byCode = useMemo(() => (anyHighlighted ? new Map(jurisdictions.map((j) => [j.code, j])) : null), [jurisdictions, anyHighlighted]);
  const matches = useMemo(() => (query.trim() === '' ? [] : jurisdictions.filter((j) => matchesJurisdiction(j, query))), [jurisdictions, query]);
  const full = highlight.length >= MAX_HIGHLIGHTS;

  return (
    <div className="highlight-search">
      <label htmlFor={inputId} className="picker__label">
        {t('explorer.scale.highlightSearch')}
      </label>
      <input id={inputId} type="search" className="picker__search" value={query} onChange={(e) => setQuery(e.target.value)} />
      {matches.length > 0 && (
        <ul className="highlight-search__matches" aria-label={t('explorer.scale.highlightMatches')}>
          {matches.slice(0, MAX_MATCHES).map((j) => (
            <li key={j.code}>
              <button
                type="button"
                className="button button--secondary"
                aria-pressed={highlight.includes(j.code)}
                disabled={full && !highlight.includes(j.code)}
                onClick={() => onChange(highlight.includes(j.code) ? highlight.filter((c) => c !== j.code) : [...highlight, j.code])}
              >
                {t('explorer.scale.highlightAdd', { name: j.name[language], code: j.code })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {matches.length > MAX_MATCHES && <p className="muted small">{t('explorer.scale.moreMatches', { count: matches.length - MAX_MATCHES })}</p>}
      {full && <p className="muted small">{t('explorer.scale.highlightLimit', { count: MAX_HIGHLIGHTS })}</p>}
      {highlight.length > 0 && (
        <ul className="highlight-search__chips" aria-label={t('explorer.scale.highlighted')}>
          {highlight.map((code) => {
            const j = byCode?.get(code);
            if (!j) return null;
            return (
              <li key={code}>
                <span role="status">{describe(j)}</span>{' '}
                <button type="button" className="link-button" onClick={() => onChange(highlight.filter((c) => c !== code))}>
                  {t('explorer.scale.highlightRemove', { name: j.name[language] })}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
