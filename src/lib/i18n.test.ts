import { describe, expect, it, vi } from 'vitest';
import { addMessageBundle, createI18n, type MessageBundle } from './i18n';

const entry: MessageBundle = {
  zh: { feature: { nav: '功能', shared: { kind: '图表' } } },
  en: { feature: { nav: 'Feature', shared: { kind: 'Chart' } } },
};
const lazy: MessageBundle = {
  zh: { feature: { heading: '标题', shared: { more: '更多' } } },
  en: { feature: { heading: 'Heading', shared: { more: 'More' } } },
};
const texts: MessageBundle = {
  zh: { texts: { count: '共 {{count}} 份文件', pair: '{{from}}—{{to}}（{{from}}）', spaced: '第 {{ page }} 页', onlyZh: '仅中文 {{name}}' } },
  en: { texts: { count: '{{count}} documents', pair: '{{from}}–{{to}} ({{from}})', spaced: 'page {{ page }}' } },
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

  it('starts in the language it is given, Chinese by default', () => {
    expect(createI18n().language).toBe('zh');
    expect(createI18n(undefined, [entry]).t('feature.nav')).toBe('功能');
    const english = createI18n('en', [entry]);
    expect(english.language).toBe('en');
    expect(english.t('feature.nav')).toBe('Feature');
  });
});

describe('t', () => {
  it('reads nested keys in the current language', () => {
    const i18n = createI18n('en', [entry, lazy]);
    expect(i18n.t('feature.shared.kind')).toBe('Chart');
    expect(i18n.t('feature.shared.more')).toBe('More');
  });

  it('replaces every {{name}} with its value, numbers and spaces inside the braces included', () => {
    const i18n = createI18n('zh', [texts]);
    expect(i18n.t('texts.count', { count: 3 })).toBe('共 3 份文件');
    expect(i18n.t('texts.pair', { from: 2019, to: '2021' })).toBe('2019—2021（2019）');
    expect(i18n.t('texts.spaced', { page: 7 })).toBe('第 7 页');
    expect(i18n.t('texts.count', { count: 0 })).toBe('共 0 份文件');
  });

  it('takes an English message\'s singular form for a count of 1, and the plain message for any other count or in Chinese', () => {
    const plural: MessageBundle = {
      zh: { plural: { values: '{{count}} 个数值' } },
      en: { plural: { values: '{{count, number}} values', values_one: '{{count}} value' } },
    };
    const i18n = createI18n('en', [texts, plural]);
    expect(i18n.t('plural.values', { count: 1 })).toBe('1 value');
    expect(i18n.t('plural.values', { count: 0 })).toBe('0 values');
    expect(i18n.t('plural.values', { count: 2975 })).toBe('2,975 values');
    expect(i18n.t('texts.count', { count: 1 })).toBe('1 documents');
    void i18n.changeLanguage('zh');
    expect(i18n.t('plural.values', { count: 1 })).toBe('1 个数值');
  });

  it('groups the digits of a {{name, number}} as the language writes numbers, and only there', () => {
    const counts: MessageBundle = {
      zh: { counts: { total: '共 {{total, number}} 个地区（{{year}}年）', spaced: '{{ total ,number }}' } },
      en: { counts: { total: '{{total, number}} jurisdictions ({{year}})' } },
    };
    const i18n = createI18n('zh', [counts]);
    expect(i18n.t('counts.total', { total: 2975, year: 2024 })).toBe('共 2,975 个地区（2024年）');
    expect(i18n.t('counts.spaced', { total: 1234567.891 })).toBe('1,234,567.89');
    // A string is inserted as it is; a missing value leaves the placeholder as written.
    expect(i18n.t('counts.total', { total: '约3000', year: 2024 })).toBe('共 约3000 个地区（2024年）');
    expect(i18n.t('counts.total', { year: 2024 })).toBe('共 {{total, number}} 个地区（2024年）');
    // English uses the same grouping, through the English message (and its fallback for a missing one).
    expect(i18n.getFixedT('en')('counts.total', { total: 12905, year: 2021 })).toBe('12,905 jurisdictions (2021)');
    expect(i18n.getFixedT('en')('counts.spaced', { total: 1000 })).toBe('1,000');
  });

  it('writes null and undefined values as nothing, and leaves a placeholder with no value as written', () => {
    const i18n = createI18n('zh', [texts]);
    expect(i18n.t('texts.count', { count: undefined })).toBe('共  份文件');
    expect(i18n.t('texts.count', { count: null })).toBe('共  份文件');
    expect(i18n.t('texts.count', { other: 1 })).toBe('共 {{count}} 份文件');
    expect(i18n.t('texts.count')).toBe('共 {{count}} 份文件');
  });

  it('inserts values literally: never as placeholders or replacement patterns', () => {
    const i18n = createI18n('zh', [texts]);
    expect(i18n.t('texts.pair', { from: '{{to}}', to: 'B' })).toBe('{{to}}—B（{{to}}）');
    expect(i18n.t('texts.count', { count: "$& $' $$ $1" })).toBe("共 $& $' $$ $1 份文件");
  });

  it('falls back to the Chinese message when the English one is missing', () => {
    const i18n = createI18n('en', [texts]);
    expect(i18n.t('texts.onlyZh', { name: 'x' })).toBe('仅中文 x');
    expect(i18n.t('texts.count', { count: 2 })).toBe('2 documents');
  });

  it('returns the key itself when no language has the message, or the key names a group of messages', () => {
    for (const language of ['zh', 'en'] as const) {
      const i18n = createI18n(language, [entry]);
      expect(i18n.t('feature.missing')).toBe('feature.missing');
      expect(i18n.t('feature.nav.deeper')).toBe('feature.nav.deeper');
      expect(i18n.t('nowhere.at.all', { count: 1 })).toBe('nowhere.at.all');
      expect(i18n.t('feature.shared')).toBe('feature.shared');
      expect(i18n.t('feature.toString')).toBe('feature.toString');
    }
  });

  it('works unbound and follows the current language', async () => {
    const i18n = createI18n('zh', [entry]);
    const { t } = i18n;
    expect(t('feature.nav')).toBe('功能');
    await i18n.changeLanguage('en');
    expect(t('feature.nav')).toBe('Feature');
  });
});

describe('getFixedT', () => {
  it('translates in its own language whatever the current one, and is one function per language', async () => {
    const i18n = createI18n('zh', [entry]);
    const zhT = i18n.getFixedT('zh');
    await i18n.changeLanguage('en');
    expect(zhT('feature.nav')).toBe('功能');
    expect(i18n.getFixedT('en')('feature.nav')).toBe('Feature');
    expect(i18n.getFixedT('zh')).toBe(zhT);
    expect(i18n.getFixedT('en')).not.toBe(zhT);
  });
});

describe('exists', () => {
  it('tells whether t finds a message, in the current language or the one asked for, Chinese as the fallback', async () => {
    const i18n = createI18n('zh', [texts]);
    expect(i18n.exists('texts.count')).toBe(true);
    expect(i18n.exists('texts.missing')).toBe(false);
    expect(i18n.exists('texts')).toBe(false);
    expect(i18n.exists('texts.onlyZh', { lng: 'en' })).toBe(true);
    await i18n.changeLanguage('en');
    expect(i18n.exists('texts.spaced')).toBe(true);
    expect(i18n.exists('texts.missing', { lng: 'zh' })).toBe(false);
  });
});

describe('changeLanguage', () => {
  it('switches at once and tells each subscriber once per actual change, until it unsubscribes', () => {
    const i18n = createI18n('zh', [entry]);
    const listener = vi.fn(() => i18n.language);
    const unsubscribe = i18n.subscribe(listener);
    void i18n.changeLanguage('en');
    expect(i18n.language).toBe('en');
    expect(i18n.t('feature.nav')).toBe('Feature');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveLastReturnedWith('en');
    void i18n.changeLanguage('en');
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    void i18n.changeLanguage('zh');
    expect(i18n.language).toBe('zh');
    expect(listener).toHaveBeenCalledTimes(1);
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

  it('does nothing for a bundle the instance was created with', () => {
    const i18n = createI18n('zh', [entry, lazy]);
    expect(() => addMessageBundle(i18n, lazy)).not.toThrow();
    expect(i18n.t('feature.heading')).toBe('标题');
  });

  it('refuses a message the instance already has, and then leaves its messages as they were', () => {
    const i18n = createI18n('zh', [entry]);
    const clash: MessageBundle = {
      zh: { feature: { extra: '额外' }, other: { nav: '另一个' } },
      en: { feature: { extra: 'Extra', nav: 'Feature again' }, other: { nav: 'Other' } },
    };
    expect(() => addMessageBundle(i18n, clash)).toThrow('two bundles define the message "feature.nav"');
    expect(i18n.t('feature.extra')).toBe('feature.extra');
    expect(i18n.t('other.nav')).toBe('other.nav');
    expect(i18n.exists('feature.extra', { lng: 'en' })).toBe(false);
    expect(i18n.t('feature.nav')).toBe('功能');
  });
});
