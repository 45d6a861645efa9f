import { memo } from 'react';
import type { Indicator, Theme } from '../domain/indicator';
import type { Language } from '../domain/localized-text';
import { useTranslation } from '../lib/translation-context';

export interface IndicatorGroup {
  theme: Theme;
  indicators: Indicator[];
}

/**
 * The options of an indicator <select>, one <optgroup> per theme, as the explorer's picker and compare's
 * "add" list them. Memoised: the picker re-renders on every indicator switch with the same groups.
 */
export const IndicatorOptionGroups = memo(function IndicatorOptionGroups({ groups, language }: { groups: readonly IndicatorGroup[]; language: Language }) {
  const { t } = useTranslation();
  return groups.map((group) => (
    <optgroup key={group.theme} label={t(`theme.${group.theme}`)}>
      {group.indicators.map((indicator) => (
        <option key={indicator.id} value={indicator.id}>
          {indicator.name[language]}
        </option>
      ))}
    </optgroup>
  ));
});
