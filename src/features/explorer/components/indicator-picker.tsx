import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from '../../../lib/translation-context';
import { THEMES, type Indicator, type Theme } from '../../../domain/indicator';
import type { Language } from '../../../domain/localized-text';
import { indicatorFileQueryOptions } from '../../../lib/data/get-indicator-data';
import { IndicatorOptionGroups } from '../../../components/indicator-option-groups';
import { LabelledSearchField } from '../../../components/labelled-search-field';
import { afterNextPaint } from '../../../lib/use-after-paint';

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

/** The indicators just before and after the selected one in the listed order. */
export function neighbourIds(orderedIds: string[], selectedId: string | null): string[] {
  const at = selectedId === null ? -1 : orderedIds.indexOf(selectedId);
  if (at === -1) return orderedIds.slice(0, 1);
  return [orderedIds[at - 1], orderedIds[at + 1]].filter((id): id is string => id !== undefined);
}

/**
 * A search box over a native select grouped by theme: native controls work
 * with a keyboard, a screen reader and a phone's picker without extra code.
 */
export function IndicatorPicker({ indicators, selectedId, onSelect }: IndicatorPickerProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [query, setQuery] = useState('');
  const selectId = useId();

  // The catalog's order within each theme: a total, then its parts, then its rates (12345热线工单量, its
  // complaints and enquiries, then 办结率), which an alphabetical order scattered; it also keeps ICU's
  // collation data from loading on the way to the first chart (docs/scale.md).
  const groups = useMemo(() => {
    const byTheme = new Map<Theme, Indicator[]>();
    for (const indicator of indicators) {
      if (!matchesQuery(indicator, t(`theme.${indicator.theme}`), query)) continue;
      byTheme.set(indicator.theme, [...(byTheme.get(indicator.theme) ?? []), indicator]);
    }
    return THEMES.filter((theme) => byTheme.has(theme)).map((theme) => ({
      theme,
      indicators: byTheme.get(theme)!,
    }));
  }, [indicators, query, t]);

  const matchCount = groups.reduce((n, g) => n + g.indicators.length, 0);
  // The next likely choice is a neighbour of the current one (arrow keys on the select move there at once):
  // fetch both as soon as the picker is hovered or focused, so the switch finds them in the cache.
  const queryClient = useQueryClient();
  const prefetchNeighbours = useCallback(() => {
    for (const id of neighbourIds(groups.flatMap((g) => g.indicators.map((i) => i.id)), selectedId)) {
      void queryClient.prefetchQuery(indicatorFileQueryOptions(id));
    }
  }, [groups, selectedId, queryClient]);
  const selectedVisible = groups.some((g) => g.indicators.some((i) => i.id === selectedId));
  // Until the page has painted once, the select holds only the chosen indicator's option (in its group): the
  // others and their groups were most of the page's elements on the way to the first chart (docs/scale.md).
  // The rest come in the task after that paint, and at once when the select is approached before then
  // (pointer, focus), so no one ever finds the list short.
  const [listed, setListed] = useState(false);
  useEffect(() => (listed ? undefined : afterNextPaint(() => setListed(true))), [listed]);
  // Hovered or focused: every option now (the list may be opened next) and both neighbours' files fetched.
  const approached = () => {
    if (!listed) flushSync(() => setListed(true));
    prefetchNeighbours();
  };
  const shownGroups = useMemo(
    () =>
      listed
        ? groups
        : groups.flatMap((g) => {
            const chosen = g.indicators.filter((i) => i.id === selectedId);
            return chosen.length > 0 ? [{ theme: g.theme, indicators: chosen }] : [];
          }),
    [listed, groups, selectedId],
  );

  return (
    <div className="picker">
      <LabelledSearchField block="picker" label={t('picker.search')} value={query} placeholder={t('picker.searchPlaceholder')} onChange={setQuery} />
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
          onFocus={approached}
          onPointerEnter={approached}
          onChange={(event) => {
            const id = event.target.value;
            if (!id) return;
            // The file is requested now, not after the page has re-rendered for the new choice (~30 ms later).
            void queryClient.prefetchQuery(indicatorFileQueryOptions(id));
            onSelect(id);
          }}
        >
          {!selectedVisible && <option value="">—</option>}
          <IndicatorOptionGroups groups={shownGroups} language={language} />
        </select>
      )}
    </div>
  );
}
