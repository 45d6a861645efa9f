import { describe, expect, it } from 'vitest';
import { addMessageBundle, createI18n, type MessageBundle } from './i18n';

const entry: MessageBundle = {
  zh: { feature: { nav: '功能', shared: { kind: '图表' } } },
  en: { feature: { nav: 'Feature', shared: { kind: 'Chart' } } },
};
const lazy: MessageBundle = {
  zh: { feature: { heading: '标题', shared: { more: '更多' } } },
  en: { feature: { heading: 'Heading', shared: { more: 'More' } } },
};

describe('createI18n', () => {
  it('merges bundles that share a top-level key, deeply', () => {
    const i18n = createI18n('zh', [entry, lazy]);
    expect(i18n.t('feature.nav')).toBe('功能');
    expect(i18n.t('feature.shared.kind')).toBe('图表');
    expect(i18n.t('feature.shared.more')).toBe('更多');
    expect(i18n.t('app.name')).not.toBe('app.name'); // the shared messages are always there
  });

  it('refuses a message defined by two bundles', () => {
    const twice: MessageBundle = { zh: { feature: { shared: { kind: '表格' } } }, en: { feature: { shared: { kind: 'Table' } } } };
    expect(() => createI18n('zh', [entry, twice])).toThrow('two bundles define the message "feature.shared.kind"');
    const clash: MessageBundle = { zh: { feature: { nav: { more: '更多' } } }, en: { feature: { nav: { more: 'More' } } } };
    expect(() => createI18n('zh', [entry, clash])).toThrow('two bundles define the message "feature.nav"');
  });
});

describe('addMessageBundle', () => {
  it('adds a lazy bundle in both languages next to what the instance has', async () => {
    const i18n = createI18n('zh', [entry]);
    expect(i18n.t('feature.heading')).toBe('feature.heading');
    addMessageBundle(i18n, lazy);
    expect(i18n.t('feature.heading')).toBe('标题');
    expect(i18n.t('feature.shared.more')).toBe('更多');
    expect(i18n.t('feature.shared.kind')).toBe('图表');
    expect(i18n.t('feature.nav')).toBe('功能');
    await i18n.changeLanguage('en');
    expect(i18n.t('feature.heading')).toBe('Heading');
    expect(i18n.t('feature.shared.kind')).toBe('Chart');
  });

  it('changes neither the bundles nor other instances', () => {
    const snapshot = JSON.stringify([entry, lazy]);
    const first = createI18n('zh', [entry]);
    addMessageBundle(first, lazy);
    addMessageBundle(first, lazy); // again: a no-op
    expect(JSON.stringify([entry, lazy])).toBe(snapshot);
    const second = createI18n('zh', [entry]);
    expect(second.t('feature.heading')).toBe('feature.heading');
    expect(second.t('feature.shared.more')).toBe('feature.shared.more');
    // The second instance can still be given every bundle: nothing leaked into the entry bundle.
    expect(() => createI18n('zh', [entry, lazy])).not.toThrow();
  });
});
