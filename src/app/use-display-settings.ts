import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from '../lib/router';
import {
  displayFromParams,
  displayToParams,
  parseStoredDisplay,
  resolveDisplay,
  rootFontPx,
  type DisplaySettings,
} from '../lib/display-settings';
import { DISPLAY_STORAGE_KEY } from '../lib/storage-keys';

function readStored(): Partial<DisplaySettings> {
  try {
    return parseStoredDisplay(localStorage.getItem(DISPLAY_STORAGE_KEY));
  } catch {
    return {}; // storage blocked: the URL still carries the choice
  }
}

function store(settings: DisplaySettings): void {
  try {
    localStorage.setItem(DISPLAY_STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // ignore: see readStored
  }
}

/**
 * 长者模式, text size and high contrast: from the URL (a shared link), else the
 * reader's remembered choice. Applied to <html> as data attributes and the root
 * font size, so every page and every feature's CSS follows without knowing.
 */
export function useDisplaySettingsState(): { settings: DisplaySettings; setSettings: (next: DisplaySettings) => void } {
  const [params, setParams] = useSearchParams();
  const fromUrl = useMemo(() => displayFromParams(params), [params]);
  const { elder, size, highContrast } = resolveDisplay(fromUrl, readStored());
  const settings = useMemo(() => ({ elder, size, highContrast }), [elder, size, highContrast]);
  const urlStatesSomething = Object.keys(fromUrl).length > 0;

  useEffect(() => {
    const root = document.documentElement;
    if (settings.elder) root.dataset.mode = 'elder';
    else delete root.dataset.mode;
    if (settings.highContrast) root.dataset.contrast = 'high';
    else delete root.dataset.contrast;
    root.style.setProperty('--root-font-size', `${rootFontPx(settings)}px`);
  }, [settings]);

  // A link that opens in 长者模式 keeps it while the reader moves on through links that only carry the language.
  useEffect(() => {
    if (urlStatesSomething) store(settings);
  }, [urlStatesSomething, settings]);

  const setSettings = useCallback(
    (next: DisplaySettings) => {
      store(next);
      setParams((current) => displayToParams(next, current), { replace: true });
    },
    [setParams],
  );
  return { settings, setSettings };
}
