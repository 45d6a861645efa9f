import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render-app';
import { compareMessages } from '../features/compare/locales';
import { overviewMessages } from '../features/overview/locales';
import { qualityMessages } from '../features/quality/locales';
import { readerMessages } from '../features/reader/locales';
import { createI18n, type MessageBundle } from '../lib/i18n';
import { featureRoutes } from './feature-routes';
import { entryMessageBundles, lazyMessageBundles, loadAllMessageBundles } from './i18n-bundles';

const lazyKeys = Object.keys(lazyMessageBundles).join('|');
/** A message key where its text belongs, e.g. "quality.heading". */
const RAW_KEY = new RegExp(`\\b(${lazyKeys})\\.[a-zA-Z]+`);

/** Every text and accessible name the page has shown, from the first render on. */
let seen: string[] = [];
let observer: MutationObserver | undefined;
function record() {
  seen.push(document.body.textContent ?? '');
  for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
    seen.push(['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? '').join(' '));
  }
}
beforeEach(() => {
  seen = [];
  observer = new MutationObserver(record);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
});
afterEach(() => observer?.disconnect());

function message(bundle: MessageBundle, language: 'zh' | 'en', key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], bundle[language]);
  if (typeof value !== 'string') throw new Error(`no message ${key}`);
  return value;
}

describe('feature messages load with their pages', () => {
  it('keeps every lazy page\'s own messages out of the entry bundles, but every navigation label in', () => {
    const entryOnly = createI18n('zh', entryMessageBundles);
    expect(entryOnly.exists('quality.heading')).toBe(false);
    expect(entryOnly.exists('import.heading')).toBe(false);
    for (const language of ['zh', 'en'] as const) {
      for (const route of featureRoutes) {
        if (route.navKey) expect(entryOnly.exists(route.navKey, { lng: language }), `${route.navKey} (${language})`).toBe(true);
      }
    }
  });

  it('splits no message between the entry and a lazy bundle twice', async () => {
    expect(() => createI18n('zh', [])).not.toThrow();
    const all = await loadAllMessageBundles();
    expect(() => createI18n('zh', all)).not.toThrow();
  });

  it.each([
    ['/quality', qualityMessages, 'quality.heading'],
    ['/reader', readerMessages, 'reader.listHeading'],
    ['/compare', compareMessages, 'compare.heading'],
    ['/', overviewMessages, 'overview.audiences.heading'],
  ])('%s shows its text from the first render, never a message key', async (url, bundle, headingKey) => {
    renderApp(url);
    record();
    expect(await screen.findByRole('heading', { name: message(bundle, 'zh', headingKey) })).toBeInTheDocument();
    record();
    const withKeys = seen.filter((text) => RAW_KEY.test(text));
    expect(withKeys.map((text) => text.match(RAW_KEY)?.[0])).toEqual([]);
  });

  it('switches the language on a lazy page', async () => {
    const user = userEvent.setup();
    renderApp('/quality');
    expect(await screen.findByRole('heading', { name: message(qualityMessages, 'zh', 'quality.heading') })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: message(qualityMessages, 'en', 'quality.heading') })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(await screen.findByRole('heading', { name: message(qualityMessages, 'zh', 'quality.heading') })).toBeInTheDocument();
  });
});
