import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import { Link, useSearchParams } from '../../../lib/router';
import type { Briefing, DocumentRef } from '../../../domain/briefing';
import { buildFootnotes } from '../../../domain/briefing-footnotes';
import { readerLink, type AppLink } from '../../../domain/app-links';
import type { Language } from '../../../domain/localized-text';
import { formatDate } from '../../../lib/format';
import { useItemChanges } from '../hooks/use-item-changes';
import { BriefingItemView, itemHeading } from './briefing-item-view';
import { ChangeNotice } from './briefing-editor-page';
import { BriefingFromRoute } from './briefing-from-route';
import '../briefings.css';

/** A4 is 297 mm high; the @page margins take 2 × 18 mm. At 96 CSS px per inch: */
const PAGE_CONTENT_HEIGHT_PX = ((297 - 36) / 25.4) * 96;
/** Room left for rounding and font differences between screen and print. */
const PAGE_FILL = 0.96;

/**
 * Where pages begin: blocks are laid out greedily, a block that does not fit
 * the rest of the page starts a new one (blocks are never split). A block
 * marked keepWithNext (a heading) moves to the next page with its follower.
 */
export function paginate(blocks: Array<{ height: number; keepWithNext?: boolean }>, pageHeight: number): number[] {
  const starts: number[] = [];
  let used = 0;
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    const needed = block.keepWithNext && next ? block.height + next.height : block.height;
    if (used > 0 && used + needed > pageHeight) {
      starts.push(index);
      used = 0;
    }
    used += block.height;
  });
  return starts;
}

/**
 * A footnote's document: the title as issued (Chinese, marked so), then in
 * another language its gloss in brackets, never the gloss as if it were the
 * title; then the issuer and the date.
 */
function FootnoteCitation({ document, language }: { document: DocumentRef; language: Language }) {
  const { t } = useTranslation();
  const gloss = document.title[language];
  return (
    <>
      <cite className="briefing-footnote__title" lang="zh-CN">
        {t('briefings.print.footnoteTitle', { title: document.title.zh })}
      </cite>
      {gloss !== document.title.zh && t('briefings.print.titleGloss', { gloss })}
      {t('briefings.print.footnoteRest', {
        issuer: document.issuingBody[language],
        date: document.publishedOn ? formatDate(document.publishedOn, language) : t('briefings.print.dateUnknown'),
      })}
    </>
  );
}

/** The absolute address of an app location (hash routing), so a printed page can say where the source is. */
export function appAddress(to: AppLink, current: string): string {
  const url = new URL(current);
  url.hash = `${to.pathname}${to.search}`;
  return url.href;
}

/** "Read the source" as a link on screen, followed by its address: on paper a link has no target but its text. */
function SourceAddress({ to }: { to: AppLink }) {
  const { t } = useTranslation();
  return (
    <span className="briefing-footnote__source">
      <Link className="briefing-footnote__link" to={to}>
        {t('briefings.print.reader')}
      </Link>
      {t('briefings.print.address')}
      <span className="briefing-footnote__url">{appAddress(to, window.location.href)}</span>
    </span>
  );
}

export function BriefingPrintPage() {
  return <BriefingFromRoute>{(briefing) => <BriefingPrint briefing={briefing} />}</BriefingFromRoute>;
}

function BriefingPrint({ briefing }: { briefing: Briefing }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [params] = useSearchParams();
  const lang = params.get('lang');
  const footnotes = useMemo(() => buildFootnotes(briefing), [briefing]);
  const checks = useItemChanges(briefing.items);
  const chartCount = briefing.items.filter((i) => i.kind === 'chart').length;
  const [chartsReady, setChartsReady] = useState(0);
  const onChartReady = useCallback(() => setChartsReady((n) => n + 1), []);
  const ready = chartsReady >= chartCount;
  const sheet = useRef<HTMLElement>(null);
  const [pageStarts, setPageStarts] = useState<number[]>([]);

  // The document title names the saved PDF ("Save as PDF" proposes it) and is its /Title.
  useEffect(() => {
    const previous = document.title;
    document.title = briefing.title;
    return () => {
      document.title = previous;
    };
  }, [briefing.title]);

  // Measure the blocks once everything is drawn and mark where each page begins,
  // so the preview shows the pages the printer will produce (print CSS breaks there too).
  useLayoutEffect(() => {
    const element = sheet.current;
    if (!element || !ready) return;
    const measure = () => {
      const blocks = [...element.querySelectorAll<HTMLElement>('[data-block]')].map((block) => {
        const style = getComputedStyle(block);
        return {
          // A page start's own top margin is the preview's gap between sheets, not content.
          height:
            block.getBoundingClientRect().height +
            (block.classList.contains('briefing-page-start') ? 0 : parseFloat(style.marginTop || '0')) +
            parseFloat(style.marginBottom || '0'),
          keepWithNext: block.dataset.block === 'keep-with-next',
        };
      });
      const starts = paginate(blocks, PAGE_CONTENT_HEIGHT_PX * PAGE_FILL);
      setPageStarts((current) => (current.join() === starts.join() ? current : starts));
    };
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    return () => observer?.disconnect();
  }, [ready, briefing, language]);

  // Blocks in order: the header, each item, the footnotes heading, each footnote, the colophon.
  const itemsEnd = 1 + briefing.items.length;
  const notesStart = itemsEnd + 1;
  const colophonIndex = footnotes.notes.length > 0 ? notesStart + footnotes.notes.length : itemsEnd;
  const block = (blockIndex: number, keepWithNext = false) => {
    const pageIndex = pageStarts.indexOf(blockIndex);
    return {
      'data-block': keepWithNext ? 'keep-with-next' : 'block',
      'data-page-start': pageIndex === -1 ? undefined : pageIndex + 2,
      className: pageIndex === -1 ? undefined : 'briefing-page-start',
    };
  };
  const cls = (base: string, props: { className?: string }) => [base, props.className].filter(Boolean).join(' ');
  const search = lang ? `?lang=${lang}` : '';
  const header = block(0);
  const pages = pageStarts.length + 1;

  return (
    <div className="briefing-print">
      <div className="briefing-print__toolbar panel">
        <Link to={{ pathname: `/briefings/${encodeURIComponent(briefing.id)}`, search }}>← {t('briefings.print.back')}</Link>
        <button type="button" className="button" disabled={!ready} onClick={() => window.print()}>
          {t('briefings.print.print')}
        </button>
        <span role="status" className="small muted">
          {ready ? t('briefings.print.hint') : t('briefings.print.preparing')}
        </span>
      </div>
      <article ref={sheet} className="briefing-sheet" aria-label={t('briefings.print.previewLabel')} data-pages={pages} lang={language === 'zh' ? 'zh-CN' : 'en'}>
        <header {...header} className={cls('briefing-sheet__header', header)}>
          <h1 className="briefing-sheet__title">{briefing.title}</h1>
          <p className="briefing-sheet__meta">
            {formatDate(briefing.date, language)}
            {briefing.author && <> · {t('briefings.print.author', { author: briefing.author })}</>}
          </p>
        </header>
        {briefing.items.length === 0 && <p>{t('briefings.print.empty')}</p>}
        {briefing.items.map((item, index) => {
          const props = block(1 + index);
          return (
            <section key={item.id} {...props} className={cls('briefing-block', props)} aria-labelledby={`briefing-item-${item.id}`}>
              <h2 id={`briefing-item-${item.id}`} className="briefing-block__title">
                {index + 1}. {itemHeading(item, language, t)}
              </h2>
              <BriefingItemView item={item} footnote={(observationId) => footnotes.numberOf(item.id, observationId)} onChartReady={onChartReady} />
              {item.note.trim() !== '' && (
                <p className="briefing-block__note">
                  <strong>{t('briefings.item.noteLabel')}：</strong>
                  {item.note}
                </p>
              )}
              <p className="briefing-block__asof small">{t('briefings.editor.addedAt', { date: formatDate(item.addedAt.slice(0, 10), language) })}</p>
              <ChangeNotice check={checks(item)} />
            </section>
          );
        })}
        {footnotes.notes.length > 0 && (
          <>
            {(() => {
              const props = block(itemsEnd, true);
              return (
                <h2 {...props} className={cls('briefing-footnotes__heading', props)}>
                  {t('briefings.print.footnotes')}
                </h2>
              );
            })()}
            <ol className="briefing-footnotes">
              {footnotes.notes.map((note, index) => {
                const props = block(notesStart + index);
                return (
                  <li key={note.number} {...props} id={`fn-${note.number}`} className={cls('briefing-footnote', props)}>
                    <span className="briefing-footnote__number">[{note.number}]</span> <FootnoteCitation document={note.document} language={language} />{' '}
                    <span className="briefing-footnote__quote" lang="zh-CN">
                      「{note.quote}」
                    </span>{' '}
                    <SourceAddress to={readerLink(note.sourceId, { start: note.start, end: note.end }, lang)} />
                  </li>
                );
              })}
            </ol>
          </>
        )}
        {(() => {
          const props = block(colophonIndex);
          return (
            <p {...props} className={cls('briefing-sheet__colophon small', props)}>
              {t('briefings.print.generated')}
            </p>
          );
        })()}
      </article>
    </div>
  );
}
