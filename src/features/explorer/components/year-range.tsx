import { useId } from 'react';
import { useTranslation } from '../../../lib/translation-context';

export interface YearRangeProps {
  years: number[];
  from: number | null;
  to: number | null;
  onChange: (from: number | null, to: number | null) => void;
}

/** Two selects over the years that have documents; "any" leaves that end open. */
export function YearRange({ years, from, to, onChange }: YearRangeProps) {
  const { t } = useTranslation();
  const fromId = useId();
  const toId = useId();
  const parse = (value: string) => (value === '' ? null : Number(value));
  return (
    <fieldset className="year-range">
      <legend>{t('explorer.years.legend')}</legend>
      <label htmlFor={fromId}>{t('explorer.years.from')}</label>
      <select id={fromId} value={from ?? ''} onChange={(e) => onChange(parse(e.target.value), to)}>
        <option value="">{t('explorer.years.any')}</option>
        {years.filter((y) => to === null || y <= to).map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
      <label htmlFor={toId}>{t('explorer.years.to')}</label>
      <select id={toId} value={to ?? ''} onChange={(e) => onChange(from, parse(e.target.value))}>
        <option value="">{t('explorer.years.any')}</option>
        {years.filter((y) => from === null || y >= from).map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
