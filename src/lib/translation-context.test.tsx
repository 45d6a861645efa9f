import { act, render, renderHook, screen } from '@testing-library/react';
import { memo, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { createI18n, type I18n, type MessageBundle } from './i18n';
import { I18nProvider, useTranslation } from './translation-context';

const messages: MessageBundle = {
  zh: { probe: { greeting: '你好，{{name}}' } },
  en: { probe: { greeting: 'Hello, {{name}}' } },
};

// memo and no props: only the hook's own subscription can make it render again.
const Greeting = memo(function Greeting() {
  const { t, i18n } = useTranslation();
  return (
    <p lang={i18n.language}>{t('probe.greeting', { name: '李雷' })}</p>
  );
});

function wrapperFor(i18n: I18n) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return <I18nProvider i18n={i18n}>{children}</I18nProvider>;
  };
}

describe('useTranslation', () => {
  it('translates in the instance\'s language and re-renders a memoised component when it changes', () => {
    const i18n = createI18n('zh', [messages]);
    render(
      <I18nProvider i18n={i18n}>
        <Greeting />
      </I18nProvider>,
    );
    expect(screen.getByText('你好，李雷')).toHaveAttribute('lang', 'zh');
    act(() => void i18n.changeLanguage('en'));
    expect(screen.getByText('Hello, 李雷')).toHaveAttribute('lang', 'en');
    act(() => void i18n.changeLanguage('zh'));
    expect(screen.getByText('你好，李雷')).toBeInTheDocument();
  });

  it('gives a new t when the language changes and the same t otherwise', () => {
    const i18n = createI18n('zh', [messages]);
    const { result, rerender } = renderHook(() => useTranslation(), { wrapper: wrapperFor(i18n) });
    const first = result.current;
    expect(first.i18n).toBe(i18n);
    rerender();
    expect(result.current.t).toBe(first.t);
    expect(result.current).toBe(first);
    act(() => void i18n.changeLanguage('en'));
    expect(result.current.t).not.toBe(first.t);
    expect(result.current.t('probe.greeting', { name: 'Li' })).toBe('Hello, Li');
    // The earlier t keeps its language, as a value computed with it would.
    expect(first.t('probe.greeting', { name: 'Li' })).toBe('你好，Li');
    expect(result.current.i18n).toBe(i18n);
  });

  it('uses the instance of the nearest provider', () => {
    const outer = createI18n('zh', [messages]);
    const inner = createI18n('en', [messages]);
    render(
      <I18nProvider i18n={outer}>
        <Greeting />
        <I18nProvider i18n={inner}>
          <Greeting />
        </I18nProvider>
      </I18nProvider>,
    );
    expect(screen.getByText('你好，李雷')).toBeInTheDocument();
    expect(screen.getByText('Hello, 李雷')).toBeInTheDocument();
  });

  it('says so when no provider is above the component', () => {
    expect(() => renderHook(() => useTranslation())).toThrow('no I18nProvider');
  });
});
