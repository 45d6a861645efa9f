import { useId } from 'react';

export interface LabelledSearchFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  /** The page's own BEM block: the label gets `<block>__label`, the input `<block>__search`. */
  block: string;
}

/**
 * A visible label above a search input, tied by id: the pattern of the indicator picker, the
 * jurisdiction directory and the work plan. A placeholder is only an example, never the label,
 * because it disappears as soon as the reader types.
 */
export function LabelledSearchField({ label, value, onChange, placeholder, block }: LabelledSearchFieldProps) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className={`${block}__label`}>
        {label}
      </label>
      <input id={id} type="search" className={`${block}__search`} value={value} placeholder={placeholder} onChange={(event) => onChange(event.target.value)} />
    </>
  );
}
