import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { THEMES, type Indicator, type Theme } from '../../../domain/indicator';
import type { Language } from '../../../domain/localized-text';

export interface IndicatorPickerProps {
  indicators: Indicator[];
  selectedId: string | null;
  onSelect: (indicatorId: string) => void;
}

/** Case- and width-insensitive match on both names, the id and the theme name. */
export function matchesQuery(indicator: Indicator, themeName: string, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (needle === '') return true;
  return [indicator.name.zh, indicator.name.en, indicator.id, themeName].some((text) => text.toLowerCase().includes(needle));
}

/**
 * A search box over a native select grouped by theme: native controls work
 * with a keyboard, a screen reader and a phone's picker without extra code.
 */
export function IndicatorPicker({ indicators, selectedId, onSelect }: IndicatorPickerProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [query, setQuery] = useState('');
  const searchId = useId();
  const selectId = useId();

  const groups = useMemo(() => {
    const byTheme = new Map<Theme, Indicator[]>();
    for (const indicator of indicators) {
      if (!matchesQuery(indicator, t(`theme.${indicator.theme}`), query)) continue;
      byTheme.set(indicator.theme, [...(byTheme.get(indicator.theme) ?? []), indicator]);
    }
    return THEMES.filter((theme) => byTheme.has(theme)).map((theme) => ({
      theme,
      indicators: byTheme.get(theme)!.sort((a, b) => a.name[language].localeCompare(b.name[language], language)),
    }));
  }, [indicators, query, language, t]);

  const matchCount = groups.reduce((n, g) => n + g.indicators.length, 0);
  const selectedVisible = groups.some((g) => g.indicators.some((i) => i.id === selectedId));

  return (
    <div className="picker">
      <label htmlFor={searchId} className="picker__label">
        {t('picker.search')}
      </label>
      <input
        id={searchId}
        type="search"
        className="picker__search"
        value={query}
        placeholder={t('picker.searchPlaceholder')}
        onChange={(event) => setQuery(event.target.value)}
      />
      <label htmlFor={selectId} className="picker__label">
        {t('picker.label')} <span className="picker__count">({t('picker.count', { count: matchCount })})</span>
      </label>
      {matchCount === 0 ? (
        <p role="status" className="picker__empty">
          {t('picker.noMatch', { query })}
        </p>
      ) : (
        <select
          id={selectId}
          className="picker__select"
          value={selectedVisible && selectedId ? selectedId : ''}
          onChange={(event) => {
            if (event.target.value) onSelect(event.target.value);
          }}
        >
          {!selectedVisible && <option value="">—</option>}
          {groups.map((group) => (
            <optgroup key={group.theme} label={t(`theme.${group.theme}`)}>
              {group.indicators.map((indicator) => (
                <option key={indicator.id} value={indicator.id}>
                  {indicator.name[language]}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </div>
  );
}
