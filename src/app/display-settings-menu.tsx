import { useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from '../lib/translation-context';
import { TEXT_SIZES_PT, type DisplaySettings } from '../lib/display-settings';

export interface DisplaySettingsMenuProps {
  settings: DisplaySettings;
  onChange: (next: DisplaySettings) => void;
}

/**
 * 长者模式 as one big toggle in the header, and a disclosure (native
 * <details>, so touch, keyboard and screen readers work without scripting)
 * with the text size and high contrast. Escape closes the disclosure.
 */
export function DisplaySettingsMenu({ settings, onChange }: DisplaySettingsMenuProps) {
  const { t } = useTranslation();
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const sizeName = useId();

  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !detailsRef.current?.open) return;
    detailsRef.current.open = false;
    detailsRef.current.querySelector('summary')?.focus();
  };

  return (
    <div className="display-settings">
      <button
        type="button"
        className="button button--ghost display-settings__elder"
        aria-pressed={settings.elder}
        onClick={() => onChange({ ...settings, elder: !settings.elder })}
      >
        <span aria-hidden="true" className="display-settings__check">{settings.elder ? '✓' : '○'}</span> {t('app.display.elder')}
      </button>
      <details className="display-settings__menu" ref={detailsRef} onKeyDown={onKeyDown}>
        <summary>{t('app.display.menu')}</summary>
        <div className="display-settings__panel">
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
            <button type="button" className="button" onClick={() => onChange({ ...settings, elder: false, highContrast: false })}>
              {t('app.display.reset')}
            </button>
          )}
        </div>
      </details>
    </div>
  );
}
