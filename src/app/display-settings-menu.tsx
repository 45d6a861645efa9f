import { useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useLocation } from '../lib/router';
import { useTranslation } from '../lib/translation-context';
import { TEXT_SIZES_PT, type DisplaySettings } from '../lib/display-settings';

export interface DisplaySettingsMenuProps {
  settings: DisplaySettings;
  onChange: (next: DisplaySettings) => void;
  /**
   * 长者模式 on a phone: the toggle moves into the disclosure and the
   * disclosure's label is short, so the header's tools fit one row (three big
   * buttons, one per row, filled the first screen at the largest text).
   */
  compact?: boolean;
}

/**
 * 长者模式 as one big toggle in the header, and a disclosure (native
 * <details>, so touch, keyboard and screen readers work without scripting)
 * with the text size and high contrast. Escape closes the disclosure, and so
 * does going to another page.
 */
export function DisplaySettingsMenu({ settings, onChange, compact = false }: DisplaySettingsMenuProps) {
  const { t } = useTranslation();
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const elderRef = useRef<HTMLButtonElement>(null);
  const sizeName = useId();
  // A control that a click moves or removes keeps the focus, instead of dropping it to the page's start: the
  // toggle moving into the disclosure as 长者模式 starts on a phone (which opens it, so the reader sees where
  // the toggle went) or out of it as it ends, and the reset button disappearing (the focus goes to the summary).
  const focusNext = useRef<'elder' | 'summary' | null>(null);
  useLayoutEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    const details = detailsRef.current;
    if (target === 'elder') {
      if (compact && details && !details.open) details.open = true;
      elderRef.current?.focus();
    }
    if (target === 'summary') details?.querySelector('summary')?.focus();
  });

  // The header stays while pages change under it: left open, the panel covered the top of the next page.
  const { pathname } = useLocation();
  useEffect(() => {
    if (detailsRef.current) detailsRef.current.open = false;
  }, [pathname]);

  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !detailsRef.current?.open) return;
    detailsRef.current.open = false;
    detailsRef.current.querySelector('summary')?.focus();
  };

  const elderToggle = (
    <button
      type="button"
      ref={elderRef}
      className="button button--ghost display-settings__elder"
      aria-pressed={settings.elder}
      onClick={() => {
        focusNext.current = 'elder';
        onChange({ ...settings, elder: !settings.elder });
      }}
    >
      <span aria-hidden="true" className="display-settings__check">{settings.elder ? '✓' : '○'}</span> {t('app.display.elder')}
    </button>
  );

  return (
    <div className="display-settings">
      {!compact && elderToggle}
      <details className="display-settings__menu" ref={detailsRef} onKeyDown={onKeyDown}>
        <summary>{t(compact ? 'app.display.menuShort' : 'app.display.menu')}</summary>
        <div className="display-settings__panel">
          {compact && elderToggle}
          <fieldset className="display-settings__sizes">
            <legend>{t('app.display.size')}</legend>
            {TEXT_SIZES_PT.map((size) => (
              <label key={size} className="display-settings__option">
                <input
                  type="radio"
                  name={sizeName}
                  checked={settings.elder && settings.size === size}
                  onChange={() => onChange({ ...settings, elder: true, size })}
                />
                <span>{t('app.display.sizeOption', { size })}</span>
              </label>
            ))}
          </fieldset>
          <label className="display-settings__option">
            <input type="checkbox" checked={settings.highContrast} onChange={() => onChange({ ...settings, highContrast: !settings.highContrast })} />
            <span>{t('app.display.highContrast')}</span>
          </label>
          <p className="display-settings__hint">{t('app.display.hint')}</p>
          {(settings.elder || settings.highContrast) && (
            <button
              type="button"
              className="button"
              onClick={() => {
                focusNext.current = 'summary';
                onChange({ ...settings, elder: false, highContrast: false });
              }}
            >
              {t('app.display.reset')}
            </button>
          )}
        </div>
      </details>
    </div>
  );
}
