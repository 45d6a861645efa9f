import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import { JURISDICTION_LEVELS, matchesJurisdiction, type Jurisdiction } from '../../../domain/jurisdiction';
import type { Language } from '../../../domain/localized-text';

export interface JurisdictionPickerProps {
  jurisdictions: Jurisdiction[];
  /** Null: all of them. */
  selected: string[] | null;
  onChange: (codes: string[] | null) => void;
}

/** Checkboxes rendered at most; more matches are reached by searching. */
export const MAX_LISTED = 100;

/**
 * Multi-select with search by name or GB/T 2260 code, grouped by level.
 * Native checkboxes inside a disclosure: keyboard, touch and screen readers
 * work without custom widgets.
 */
export function JurisdictionPicker({ jurisdictions, selected, onChange }: JurisdictionPickerProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [query, setQuery] = useState('');
  // The list is built only while the disclosure is open: closed (as every page opens), its hundreds of
  // checkboxes were rendered and created on the way to the first chart for nothing (docs/scale.md).
  const [open, setOpen] = useState(false);
  const searchId = useId();
  const chosen = useMemo(() => new Set(open ? (selected ?? jurisdictions.map((j) => j.code)) : []), [open, selected, jurisdictions]);
  // At thousands of jurisdictions only the first matches are listed (selected ones first): search narrows the rest.
  const { groups, hidden } = useMemo(() => {
    if (!open) return { groups: [], hidden: 0 };
    const matches = jurisdictions.filter((j) => matchesJurisdiction(j, query));
    const listed = matches.length <= MAX_LISTED ? matches : [...matches.filter((j) => selected?.includes(j.code)), ...matches.filter((j) => !selected?.includes(j.code))].slice(0, MAX_LISTED);
    const listedCodes = new Set(listed.map((j) => j.code));
    return {
      groups: JURISDICTION_LEVELS.map((level) => ({
        level,
        items: matches.filter((j) => j.level === level && listedCodes.has(j.code)),
      })).filter((g) => g.items.length > 0),
      hidden: matches.length - listed.length,
    };
  }, [jurisdictions, query, selected, open]);

  const toggle = (code: string) => {
    const next = new Set(chosen);
    if (next.has(code)) next.delete(code);
    else next.add(code);
    // Everything (or nothing) selected means no filter: keeps links short and never shows an empty view.
    onChange(next.size === 0 || next.size === jurisdictions.length ? null : jurisdictions.map((j) => j.code).filter((c) => next.has(c)));
  };

  return (
    <details className="jurisdiction-picker" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t('explorer.jurisdictions.legend')}:{' '}
        {selected === null
          ? t('explorer.jurisdictions.allSelected', { count: jurisdictions.length })
          : t('explorer.jurisdictions.selectedCount', { count: selected.length })}
      </summary>
      {open && (
        <>
          <label htmlFor={searchId} className="picker__label">
            {t('explorer.jurisdictions.search')}
          </label>
          <input id={searchId} type="search" className="picker__search" value={query} onChange={(e) => setQuery(e.target.value)} />
          {groups.length === 0 && <p role="status">{t('explorer.jurisdictions.noMatch')}</p>}
          {groups.map((group) => (
            <fieldset key={group.level} className="jurisdiction-picker__group">
              <legend>{t(`jurisdictionLevel.${group.level}`)}</legend>
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
          {hidden > 0 && (
            <p role="status" className="muted small">
              {t('explorer.jurisdictions.more', { count: hidden })}
            </p>
          )}
          {selected !== null && (
            <button type="button" className="link-button" onClick={() => onChange(null)}>
              {t('explorer.jurisdictions.clear')}
            </button>
          )}
        </>
      )}
    </details>
  );
}
