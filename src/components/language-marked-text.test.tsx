import { render } from '@testing-library/react';
import { LanguageMarkedText } from './language-marked-text';

const NOTE = '“260多” (260-odd) is a lower bound; written as requests “handled” (办理).';

describe('LanguageMarkedText', () => {
  it('marks the Chinese runs of an English text as Chinese, and keeps every character', () => {
    const { container } = render(<p><LanguageMarkedText text={NOTE} language="en" /></p>);
    const marked = [...container.querySelectorAll('span[lang="zh-CN"]')].map((span) => span.textContent);
    expect(marked).toEqual(['260多', '办理']);
    expect(container.textContent).toBe(NOTE);
  });

  it('renders a Chinese text as it is', () => {
    const { container } = render(<p><LanguageMarkedText text="“260多”是下限。" language="zh" /></p>);
    expect(container.querySelector('span')).toBeNull();
    expect(container.textContent).toBe('“260多”是下限。');
  });

  it('renders markup in the text as text', () => {
    const { container } = render(<p><LanguageMarkedText text="<b>办理</b> handled" language="en" /></p>);
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('span[lang="zh-CN"]')?.textContent).toBe('办理');
    expect(container.textContent).toBe('<b>办理</b> handled');
  });
});
