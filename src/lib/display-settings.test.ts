import { describe, expect, it } from 'vitest';
import {
  displayFromParams,
  displayToParams,
  keptSearch,
  NORMAL_DISPLAY,
  parseStoredDisplay,
  resolveDisplay,
  rootFontPx,
} from './display-settings';

describe('display settings', () => {
  it('reads elder mode, size and contrast from the URL, ignoring invalid values', () => {
    expect(displayFromParams(new URLSearchParams('mode=elder&size=24&contrast=high'))).toEqual({ elder: true, size: 24, highContrast: true });
    expect(displayFromParams(new URLSearchParams('mode=huge&size=19&contrast=x'))).toEqual({});
    expect(displayFromParams(new URLSearchParams('mode=normal'))).toEqual({ elder: false });
  });

  it('writes only non-default settings and keeps other parameters', () => {
    const written = displayToParams({ elder: true, size: 27, highContrast: true }, new URLSearchParams('lang=en&indicator=x&size=18'));
    expect(written.toString()).toBe('lang=en&indicator=x&mode=elder&size=27&contrast=high');
    expect(displayToParams(NORMAL_DISPLAY, written).toString()).toBe('lang=en&indicator=x');
  });

  it('lets the URL win over the stored choice, and survives corrupt storage', () => {
    const stored = parseStoredDisplay(JSON.stringify({ elder: true, size: 30, highContrast: false }));
    expect(resolveDisplay({ highContrast: true }, stored)).toEqual({ elder: true, size: 30, highContrast: true });
    expect(resolveDisplay({ elder: false }, stored).elder).toBe(false);
    expect(parseStoredDisplay('{not json')).toEqual({});
    expect(parseStoredDisplay(JSON.stringify({ size: 99 }))).toEqual({});
  });

  it('converts points to CSS pixels: 18 pt is 24 px, 30 pt is 40 px', () => {
    expect(rootFontPx(NORMAL_DISPLAY)).toBe(16);
    expect(rootFontPx({ elder: true, size: 18, highContrast: false })).toBe(24);
    expect(rootFontPx({ elder: true, size: 30, highContrast: false })).toBe(40);
  });

  it('carries language and display settings, and nothing else, to another page', () => {
    expect(keptSearch(new URLSearchParams('indicator=x&lang=en&mode=elder&size=21&obs=1'))).toBe('?lang=en&mode=elder&size=21');
    expect(keptSearch(new URLSearchParams('indicator=x'))).toBe('');
  });
});
