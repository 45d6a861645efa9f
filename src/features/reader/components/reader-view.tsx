import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import { Link } from '../../../lib/router';
import { findMarkElement, HighlightedText, type HighlightDecoration, type HighlightMark } from '../../../components/highlighted-text';
import type { DataIndex } from '../../../domain/data-files';
import { isImportedSourceId } from '../../../domain/imported-report';
import type { Indicator } from '../../../domain/indicator';
import type { Language } from '../../../domain/localized-text';
import type { Observation } from '../../../domain/observation';
import { detectPageChrome } from '../../../domain/page-chrome';
import type { SourceDocument } from '../../../domain/source-document';
import { findAll } from '../../../domain/text-segments';
import { plainTextUrl } from '../../../lib/data/with-imported';
import { formatDate, formatObservationValue, formatPeriod } from '../../../lib/format';
import { groupFacts, spanId, stepGroup, type FactGroup, type SpanParam } from '../model';
import { FactDetails } from './fact-details';
import { LanguageMarkedText } from '../../../components/language-marked-text';
import { FindBar } from './find-bar';

export interface ReaderViewProps {
  document: SourceDocument;
  text: string;
  /** Every fact quoted from this text: curated today, imported ones can be passed in the same way. */
  observations: Observation[];
  index: DataIndex;
  /** The language in the URL, carried into links. */
  language: Language | null;
  requested: SpanParam;
  onSpanChange: (span: { start: number; end: number } | null) => void;
  theme: string | null;
  onThemeChange: (theme: string | null) => void;
  listLocation: { pathname: string; search: string };
}

/** Chrome blocks longer than this many lines are folded (still in the DOM, so the text stays whole). */
const FOLD_LINES = 4;

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

function scrollToCenter(element: Element) {
  if (typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'center' });
}

export function ReaderView({ document: doc, text, observations, index, language, requested, onSpanChange, theme, onThemeChange, listLocation }: ReaderViewProps) {
  const { t, i18n } = useTranslation();
  const uiLanguage = i18n.language as Language;
  const indicators = useMemo(() => new Map<string, Indicator>(index.indicators.map((i) => [i.id, i])), [index]);
  const groups = useMemo(() => groupFacts(observations, indicators), [observations, indicators]);
  const chrome = useMemo(() => detectPageChrome(text), [text]);
  const [showChrome, setShowChrome] = useState(false);
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const [textHasFocus, setTextHasFocus] = useState(false);
  const [query, setQuery] = useState('');
  const [matchIndex, setMatchIndex] = useState(0);
  const [selectionMessage, setSelectionMessage] = useState<string | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const focusOnChange = useRef(false);
  // A link that names a span (a chart, a table, the quality page, a shared address) is a request to read that
  // span: like a fragment link, the focus goes to it, so Tab, the screen reader and n/p carry on from the
  // quote. Left on the body, Tab went to the page's first link and then to the next fact in the text, which
  // then took the highlight away from the quote. Only on arrival: later changes focus it when a key or a
  // button moved there (focusOnChange), never when a selection was linked.
  const focusOnArrival = useRef(requested.kind === 'valid');
  const rawTextUrl = plainTextUrl(doc.id);
  const tooltipId = useId();
  const themeSelectId = useId();

  const requestedStart = requested.kind === 'valid' ? requested.start : null;
  const requestedEnd = requested.kind === 'valid' ? requested.end : null;
  const span = useMemo(
    () => (requestedStart !== null && requestedEnd !== null ? { start: requestedStart, end: requestedEnd } : null),
    [requestedStart, requestedEnd],
  );
  const activeId = span ? spanId(span) : null;
  const activeGroup = groups.find((g) => g.id === activeId) ?? null;
  const themes = useMemo(() => [...new Set(groups.flatMap((g) => g.themes))], [groups]);
  const themeFilter = theme && themes.includes(theme as never) ? theme : null;
  const visibleGroups = useMemo(() => (themeFilter ? groups.filter((g) => g.themes.includes(themeFilter as never)) : groups), [groups, themeFilter]);
  const position = activeGroup ? visibleGroups.indexOf(activeGroup) : -1;

  const factLabel = useCallback(
    (o: Observation) => {
      const indicator = indicators.get(o.indicatorId);
      if (!indicator) return o.valueAsWritten;
      const label = t('reader.factLabel', {
        indicator: indicator.name[uiLanguage],
        value: formatObservationValue(o, indicator, uiLanguage),
        period: formatPeriod(o.period, o.year, uiLanguage, t),
      });
      return o.qualifier === 'exact' ? label : label + t('reader.factQualifier', { qualifier: t(`qualifier.${o.qualifier}`) });
    },
    [indicators, t, uiLanguage],
  );

  const marks = useMemo<HighlightMark[]>(() => {
    const list: HighlightMark[] = groups.map((g) => ({ id: g.id, start: g.start, end: g.end, label: g.observations.map(factLabel).join('; '), tone: 'fact' }));
    if (span && !groups.some((g) => g.id === spanId(span))) {
      list.push({ id: spanId(span), start: span.start, end: span.end, label: t('reader.linkedSpanLabel', span), tone: 'link' });
    }
    return list;
  }, [groups, factLabel, span, t]);

  const matches = useMemo(() => findAll(text, query), [text, query]);
  const activeMatch = matches.length > 0 ? matches[((matchIndex % matches.length) + matches.length) % matches.length]! : null;
  const matchInChrome = activeMatch !== null && chrome.some((b) => activeMatch.start < b.end && b.start < activeMatch.end);
  const chromeShown = showChrome || matchInChrome;

  const decorations = useMemo<HighlightDecoration[]>(() => {
    const list: HighlightDecoration[] = chrome.map((block) => {
      const lines = text.slice(block.start, block.end).split('\n').length;
      // A linked span in page chrome (a footer line someone shared) opens its block: folded, the block's label
      // covered the very text the link was for.
      const holdsSpan = span !== null && span.start < block.end && block.start < span.end;
      const folded = !chromeShown && !holdsSpan && lines > FOLD_LINES;
      return {
        start: block.start,
        end: block.end,
        className: ['chrome', folded && 'chrome--folded', block.kinds.includes('blank') && block.kinds.length === 1 && 'chrome--blank'].filter(Boolean).join(' '),
        label: folded ? t('reader.chromeFolded') : t('reader.chromeLabel'),
      };
    });
    for (const m of matches) list.push({ ...m, className: m === activeMatch ? 'find-match find-match--active' : 'find-match' });
    return list;
  }, [chrome, chromeShown, span, text, matches, activeMatch, t]);

  // Scroll the linked or chosen span into view; focus it when the reader moved there with a key or button.
  useEffect(() => {
    if (!activeId) return;
    const element = findMarkElement(textRef.current, activeId);
    if (!element) return;
    if (window.document.activeElement !== element) scrollToCenter(element);
    if (focusOnChange.current || focusOnArrival.current) {
      element.focus({ preventScroll: true });
      focusOnChange.current = false;
    }
    focusOnArrival.current = false;
  }, [activeId]);

  // Keep the current fact visible in the side list, scrolling the list only (not the page, nor the panel: the
  // current fact's details above the list stay in view). Where the list does not scroll (a phone), nothing moves.
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const list = listRef.current;
    const item = list?.querySelector<HTMLElement>('.reader__fact-button[aria-current="true"]');
    if (!list || !item) return;
    // Measured on screen, not with offsetTop (relative to the nearest positioned box, the sticky panel).
    const listBox = list.getBoundingClientRect();
    const itemBox = item.getBoundingClientRect();
    if (itemBox.top < listBox.top || itemBox.bottom > listBox.bottom) {
      const top = itemBox.top - listBox.top + list.scrollTop;
      list.scrollTop = Math.max(0, top - list.clientHeight / 2);
    }
  }, [activeId]);

  useEffect(() => {
    if (!activeMatch) return;
    const element = textRef.current?.querySelector('.find-match--active');
    if (element) scrollToCenter(element);
  }, [activeMatch]);

  const tooltipGroupId = hoveredId ?? (textHasFocus ? activeId : null);
  const tooltipGroup = groups.find((g) => g.id === tooltipGroupId) ?? null;
  useLayoutEffect(() => {
    const tip = tooltipRef.current;
    const container = textRef.current;
    if (!tip || !container || !tooltipGroup) return;
    const mark = findMarkElement(container, tooltipGroup.id);
    if (!mark) return;
    const box = mark.getBoundingClientRect();
    const frame = container.getBoundingClientRect();
    const width = Math.min(320, frame.width);
    tip.style.top = `${box.bottom - frame.top + 6}px`;
    tip.style.left = `${Math.max(0, Math.min(box.left - frame.left, frame.width - width))}px`;
    tip.style.width = `${width}px`;
  }, [tooltipGroup]);

  const goTo = useCallback(
    (group: FactGroup | null) => {
      if (!group) return;
      focusOnChange.current = true;
      onSpanChange({ start: group.start, end: group.end });
      // Already there (a single fact): focus now, the effect will not run again.
      const element = findMarkElement(textRef.current, group.id);
      if (element && group.id === activeId) element.focus();
    },
    [onSpanChange, activeId],
  );
  const step = useCallback((direction: 1 | -1) => goTo(stepGroup(visibleGroups, span, direction)), [goTo, visibleGroups, span]);

  const findInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (event.key === 'n' || event.key === 'j') {
        event.preventDefault();
        step(1);
      } else if (event.key === 'p' || event.key === 'k') {
        event.preventDefault();
        step(-1);
      } else if (event.key === '/') {
        event.preventDefault();
        findInput.current?.focus();
      }
    };
    window.document.addEventListener('keydown', onKey);
    return () => window.document.removeEventListener('keydown', onKey);
  }, [step]);

  const linkToSelection = () => {
    const selection = window.getSelection();
    const container = textRef.current;
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !container) {
      setSelectionMessage(t('reader.selectionHint'));
      return;
    }
    const range = selection.getRangeAt(0);
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) {
      setSelectionMessage(t('reader.selectionHint'));
      return;
    }
    const before = window.document.createRange();
    before.selectNodeContents(container);
    before.setEnd(range.startContainer, range.startOffset);
    const start = before.toString().length;
    const end = start + range.toString().length;
    onSpanChange({ start, end });
    setSelectionMessage(t('reader.linkCopied', { start, end }));
  };

  const jurisdiction = index.jurisdictions.find((j) => j.code === doc.jurisdictionCode);
  const langSearch = language ? `?lang=${language}` : '';

  return (
    <div className="reader">
      <header className="panel reader__header">
        <p className="small reader__back">
          <Link to={listLocation}>← {t('reader.backToList')}</Link>
        </p>
        <h2 className="reader__title">
          <span lang="zh-CN">{doc.title.zh}</span>
          {/* A report imported in this browser, not a curated document: marked as its values are everywhere. */}
          {isImportedSourceId(doc.id) && (
            <>
              {' '}
              <span className="badge badge--imported">{t('chart.importedMark')}</span>
            </>
          )}
        </h2>
        {/* An imported report's title and issuer are as typed, often Chinese in both languages: shown once,
            and marked Chinese where they are. */}
        {uiLanguage !== 'zh' && doc.title[uiLanguage] !== doc.title.zh && (
          <p className="reader__subtitle">
            <LanguageMarkedText text={doc.title[uiLanguage]} language={uiLanguage} />
          </p>
        )}
        <p className="muted small">
          <LanguageMarkedText
            text={t('reader.documentMeta', { issuer: doc.issuingBody[uiLanguage], jurisdiction: jurisdiction?.name[uiLanguage] ?? doc.jurisdictionCode, year: doc.yearCovered })}
            language={uiLanguage}
          />
          {' · '}
          {doc.publishedOn ? t('reader.published', { date: formatDate(doc.publishedOn, uiLanguage) }) : t('reader.publishedUnknown')}
        </p>
        <p className="reader__links small">
          {groups.length > 0 && <Link to={{ pathname: '/quality', search: `?doc=${doc.id}${language ? `&lang=${language}` : ''}` }}>{t('reader.qualityLink')}</Link>}
          {doc.kind === 'disclosurePlan' && <Link to={{ pathname: '/work-plan', search: langSearch }}>{t('reader.workPlanLink')}</Link>}
          {/* An imported report's text is in this browser's store, not among the data files (it would be a 404). */}
          {rawTextUrl && (
            <a href={rawTextUrl} target="_blank" rel="noreferrer">
              {t('reader.rawText')}
            </a>
          )}
        </p>
        {requested.kind === 'invalid' && (
          <p role="status" className="notice">
            {t(`reader.invalidSpan.${requested.reason}`, { start: requested.start ?? '—', end: requested.end ?? '—', length: text.length })}
          </p>
        )}
      </header>

      <section className="panel reader__tools" aria-label={t('reader.toolsLabel')}>
        <div className="reader__fact-nav">
          <button type="button" className="button button--small" onClick={() => step(-1)} disabled={visibleGroups.length === 0} aria-keyshortcuts="p">
            ↑ {t('reader.prevFact')}
          </button>
          <button type="button" className="button button--small" onClick={() => step(1)} disabled={visibleGroups.length === 0} aria-keyshortcuts="n">
            ↓ {t('reader.nextFact')}
          </button>
          <span className="reader__position" aria-live="polite">
            {position >= 0 ? t('reader.factPosition', { current: position + 1, total: visibleGroups.length }) : t('reader.factPositionNone', { total: visibleGroups.length })}
          </span>
        </div>
        <FindBar
          inputRef={findInput}
          query={query}
          onQueryChange={(value) => {
            setQuery(value);
            setMatchIndex(0);
          }}
          matchCount={matches.length}
          current={activeMatch ? matches.indexOf(activeMatch) + 1 : 0}
          onStep={(direction) => setMatchIndex((i) => i + direction)}
        />
        <div className="reader__options">
          <label className="reader__check">
            <input type="checkbox" checked={showChrome} onChange={(event) => setShowChrome(event.target.checked)} /> {t('reader.showChrome')}
          </label>
          <button type="button" className="link-button" onMouseDown={(event) => event.preventDefault()} onClick={linkToSelection}>
            {t('reader.linkToSelection')}
          </button>
          <span className="muted small" role="status">
            {selectionMessage}
          </span>
        </div>
        <p className="muted small reader__hint">{t('reader.keyboardHint')}</p>
      </section>

      <div className="reader__body">
        <section className="panel reader__text-panel" aria-labelledby="reader-text-heading">
          <h3 id="reader-text-heading" className="visually-hidden">
            {t('reader.textLabel')}
          </h3>
          <div
            className="reader__text-frame"
            ref={textRef}
            onFocus={() => setTextHasFocus(true)}
            onBlur={() => setTextHasFocus(false)}
          >
            <HighlightedText
              text={text}
              marks={marks}
              decorations={decorations}
              activeMarkId={activeId}
              activeDescriptionId={tooltipGroup && tooltipGroup.id === activeId ? tooltipId : undefined}
              onMarkFocus={(id) => {
                const group = groups.find((g) => g.id === id);
                if (group && group.id !== activeId) onSpanChange({ start: group.start, end: group.end });
              }}
              onMarkHover={setHoveredId}
              className="reader__text"
              lang="zh-CN"
              labelLang={uiLanguage === 'zh' ? 'zh-CN' : uiLanguage}
            />
            {tooltipGroup && (
              <div className="reader__tooltip" role="tooltip" id={tooltipId} ref={tooltipRef}>
                {tooltipGroup.observations.map((o) => (
                  <p key={o.id}>{factLabel(o)}</p>
                ))}
              </div>
            )}
          </div>
        </section>

        <aside className="panel reader__side" aria-labelledby="reader-facts-heading">
          <h3 id="reader-facts-heading">{t('reader.factsHeading')}</h3>
          <div className="reader__current" aria-live="polite">
            <h4>{t('reader.currentFact')}</h4>
            {activeGroup ? (
              <FactDetails group={activeGroup} indicators={indicators} language={language} lookups={index} />
            ) : span ? (
              <p className="small">
                {t('reader.linkedSpan')}: {t('reader.offsets', span)}
              </p>
            ) : (
              <p className="muted small">{groups.length > 0 ? t('reader.noneSelected') : t('reader.noFactsInText')}</p>
            )}
          </div>
          {groups.length > 0 && (
            <>
              <label htmlFor={themeSelectId} className="reader__label">
                {t('reader.themeFilter')}
              </label>
              <select id={themeSelectId} className="reader__select" value={themeFilter ?? ''} onChange={(event) => onThemeChange(event.target.value || null)}>
                <option value="">{t('reader.allThemes', { count: groups.length })}</option>
                {themes.map((th) => (
                  <option key={th} value={th}>
                    {t('reader.themeOption', { theme: t(`theme.${th}`), count: groups.filter((g) => g.themes.includes(th)).length })}
                  </option>
                ))}
              </select>
              <ol className="reader__fact-list" ref={listRef}>
                {visibleGroups.map((group) => (
                  <li key={group.id}>
                    <button type="button" className="reader__fact-button" aria-current={group.id === activeId ? 'true' : undefined} onClick={() => goTo(group)}>
                      {group.observations.map((o) => (
                        <span key={o.id} className="reader__fact-line">
                          {factLabel(o)}
                        </span>
                      ))}
                    </button>
                  </li>
                ))}
              </ol>
            </>
          )}
        </aside>
      </div>
    </div>
  );
}
