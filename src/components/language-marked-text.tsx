import { Fragment } from 'react';
import { chineseRuns } from '../domain/chinese-runs';
import type { Language } from '../domain/localized-text';

/**
 * A text written in `language`, rendered as text: in English, its Chinese
 * runs (quotes and terms from the source, domain/chinese-runs.ts) are marked
 * lang="zh-CN", so a screen reader switches voice for them and the browser
 * picks a Chinese font and line breaking. Chinese text is rendered as it is.
 */
export function LanguageMarkedText({ text, language }: { text: string; language: Language }) {
  if (language === 'zh') return text;
  return chineseRuns(text).map((run, i) =>
    run.chinese ? (
      <span key={i} lang="zh-CN">
        {run.text}
      </span>
    ) : (
      <Fragment key={i}>{run.text}</Fragment>
    ),
  );
}
