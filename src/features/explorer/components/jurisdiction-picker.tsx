import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JURISDICTION_LEVELS, type Jurisdiction } from '../../../domain/jurisdiction';
import type { Language } from '../../../domain/localized-text';

export interface JurisdictionPickerProps {
  jurisdictions: Jurisdiction[];
  /** Null: all of them. */
  selected: string[] | null;
  onChange: (codes: string[] | null) => void;
}

export function matchesJurisdiction(jurisdiction: Jurisdiction, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (needle === '') return true;
  return (
    jurisdiction.code.startsWith(needle) ||
    jurisdiction.name.zh.includes(needle) ||
    jurisdiction.name.en.toLowerCase().includes(needle)
  );
}

/**
 * Multi-select with search by name or GB/T 2260 code, grouped by level.
 * Native checkboxes inside a disclosure: keyboard, touch and screen readers
 * work without custom widgets.
 */
export function JurisdictionPicker({ jurisdictions, selected, onChange }: JurisdictionPickerProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [query, setQuery] = useState('');
  const searchId = useId();
  const chosen = useMemo(() => new Set(selected ?? jurisdictions.map((j) => j.code)), [selected, jurisdictions]);
  const groups = JURISDICTION_LEVELS.map((level) => ({
    level,
    items: jurisdictions.filter((j) => j.level === level && matchesJurisdiction(j, query)),
  })).filter((g) => g.items.length > 0);

  const toggle = (code: string) => {
    const next = new Set(chosen);
    if (next.has(code)) next.delete(code);
    else next.add(code);
    // Everything (or nothing) selected means no filter: keeps links short and never shows an empty view.
    onChange(next.size === 0 || next.size === jurisdictions.length ? null : jurisdictions.map((j) => j.code).filter((c) => next.has(c)));
  };

  return (
    <details className="jurisdiction-picker">
      <summary>
        {t('explorer.jurisdictions.legend')}:{' '}
        {selected === null
          ? t('explorer.jurisdictions.allSelected', { count: jurisdictions.length })
          : t('explorer.jurisdictions.selectedCount', { count: selected.length })}
      </summary>
      <label htmlFor={searchId} className="picker__label">
        {t('explorer.jurisdictions.search')}
      </label>
      <input id={searchId} type="search" className="picker__search" value={query} onChange={(e) => setQuery(e.target.value)} />
      {groups.length === 0 && <p role="status">{t('explorer.jurisdictions.noMatch')}</p>}
      {groups.map((group) => (
        <fieldset key={group.level} className="jurisdiction-picker__group">
          <legend>{t(`explorer.jurisdictions.level.${group.level}`)}</legend>
          {group.items.map((j) => (
            <label key={j.code} className="check">
              <input type="checkbox" checked={chosen.has(j.code)} onChange={() => toggle(j.code)} />
              <span>
                {j.name[language]} <span className="muted small">{j.code}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ))}
      {selected !== null && (
        <button type="button" className="link-button" onClick={() => onChange(null)}>
          {t('explorer.jurisdictions.clear')}
        </button>
      )}
    </details>
  );
}
