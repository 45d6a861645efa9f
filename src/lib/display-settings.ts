import { createContext, useContext } from 'react';

/**
 * Display settings for older readers and low vision (工信部《互联网网站适老化通用设计规范》,
 * GB/T 37668-2019): 长者模式 with a text size from 18 to 30 pt, and a high-contrast theme.
 * They live in the URL (mode=elder, size=24, contrast=high) so a shared link opens the
 * same way, and in localStorage so the choice is remembered.
 */
export const TEXT_SIZES_PT = [18, 21, 24, 27, 30] as const;
export type TextSizePt = (typeof TEXT_SIZES_PT)[number];
export const DEFAULT_ELDER_SIZE: TextSizePt = 18;

export interface DisplaySettings {
  elder: boolean;
  /** Body text size in elder mode, in points (1 pt = 4/3 CSS px). Ignored in normal mode. */
  size: TextSizePt;
  highContrast: boolean;
}

export const NORMAL_DISPLAY: DisplaySettings = { elder: false, size: DEFAULT_ELDER_SIZE, highContrast: false };

export const DISPLAY_PARAMS = ['mode', 'size', 'contrast'] as const;

export function isTextSize(value: unknown): value is TextSizePt {
  return typeof value === 'number' && (TEXT_SIZES_PT as readonly number[]).includes(value);
}

/** CSS pixels of the root font size: 16 px normally, the chosen point size in elder mode. */
export function rootFontPx(settings: DisplaySettings): number {
  return settings.elder ? Math.round((settings.size * 4) / 3) : 16;
}

/** The settings the URL states explicitly; absent or invalid parameters are left out. */
export function displayFromParams(params: URLSearchParams): Partial<DisplaySettings> {
  const result: Partial<DisplaySettings> = {};
  const mode = params.get('mode');
  if (mode === 'elder') result.elder = true;
  else if (mode === 'normal') result.elder = false;
  const size = Number(params.get('size'));
  if (params.has('size') && isTextSize(size)) result.size = size;
  const contrast = params.get('contrast');
  if (contrast === 'high') result.highContrast = true;
  else if (contrast === 'normal') result.highContrast = false;
  return result;
}

/** Writes the settings into a copy of the search params; normal values are left out to keep links short. */
export function displayToParams(settings: DisplaySettings, current: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const key of DISPLAY_PARAMS) next.delete(key);
  if (settings.elder) {
    next.set('mode', 'elder');
    next.set('size', String(settings.size));
  }
  if (settings.highContrast) next.set('contrast', 'high');
  return next;
}

export function parseStoredDisplay(raw: string | null): Partial<DisplaySettings> {
  if (!raw) return {};
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return {};
    const record = value as Record<string, unknown>;
    const result: Partial<DisplaySettings> = {};
    if (typeof record.elder === 'boolean') result.elder = record.elder;
    if (isTextSize(record.size)) result.size = record.size;
    if (typeof record.highContrast === 'boolean') result.highContrast = record.highContrast;
    return result;
  } catch {
    return {};
  }
}

/** The URL wins (a shared link), then the remembered choice, then normal. */
export function resolveDisplay(fromUrl: Partial<DisplaySettings>, stored: Partial<DisplaySettings>): DisplaySettings {
  return { ...NORMAL_DISPLAY, ...stored, ...fromUrl };
}

/** The search string that carries the language and display settings to another page. */
export function keptSearch(params: URLSearchParams): string {
  const kept = new URLSearchParams();
  for (const key of ['lang', ...DISPLAY_PARAMS]) {
    const value = params.get(key);
    if (value !== null) kept.set(key, value);
  }
  const text = kept.toString();
  return text ? `?${text}` : '';
}

export const DisplaySettingsContext = createContext<DisplaySettings>(NORMAL_DISPLAY);

/** The current display settings; normal outside the shell (e.g. component tests). */
export function useDisplaySettings(): DisplaySettings {
  return useContext(DisplaySettingsContext);
}
