import { useId, type RefObject } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import { LanguageMarkedText } from '../../../components/language-marked-text';
import type { Language } from '../../../domain/localized-text';

export interface FindBarProps {
  inputRef: RefObject<HTMLInputElement | null>;
  query: string;
  onQueryChange: (query: string) => void;
  matchCount: number;
  /** 1-based index of the current match, 0 when none. */
  current: number;
  onStep: (direction: 1 | -1) => void;
}

/** Find in document: Enter goes to the next match, Shift+Enter to the previous one; the count is announced. */
export function FindBar({ inputRef, query, onQueryChange, matchCount, current, onStep }: FindBarProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="reader__find" role="search">
      <label htmlFor={id} className="reader__label">
        {t('reader.find')}
      </label>
      <div className="reader__find-row">
        <input
          id={id}
          ref={inputRef}
          type="search"
          className="reader__find-input"
          value={query}
          placeholder={t('reader.findPlaceholder')}
          aria-describedby={hintId}
          aria-keyshortcuts="/"
          onChange={(event) => onQueryChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              onStep(event.shiftKey ? -1 : 1);
            }
          }}
        />
        <span className="reader__find-count" role="status">
          {query === '' ? '' : matchCount === 0 ? t('reader.findNone') : t('reader.findCount', { current, total: matchCount })}
        </span>
        <button type="button" className="button button--small" onClick={() => onStep(-1)} disabled={matchCount === 0} aria-label={t('reader.findPrev')}>
          ↑
        </button>
        <button type="button" className="button button--small" onClick={() => onStep(1)} disabled={matchCount === 0} aria-label={t('reader.findNext')}>
          ↓
        </button>
      </div>
      <p id={hintId} className="muted small reader__find-hint">
        {/* The examples are the document's words (办结率): marked Chinese in the English hint. */}
        <LanguageMarkedText text={t('reader.findHint')} language={i18n.language as Language} />
      </p>
    </div>
  );
}
