import { memo, useMemo, type ReactNode } from 'react';
import { segmentText, type TextSegment } from '../domain/text-segments';

export interface HighlightMark {
  id: string;
  start: number;
  end: number;
  /** Accessible name of the mark: what the highlighted span states. */
  label: string;
  /** "fact": a quoted observation; "link": a span named by a link that is not a fact. */
  tone?: 'fact' | 'link' | 'warn';
}

export interface HighlightDecoration {
  start: number;
  end: number;
  className: string;
  /** Shown by CSS (attr(data-label)) and as a title, e.g. for folded page chrome. */
  label?: string;
}

export interface HighlightedTextProps {
  text: string;
  marks: HighlightMark[];
  decorations?: HighlightDecoration[];
  activeMarkId?: string | null;
  /** The id of an element describing the active mark (a tooltip). */
  activeDescriptionId?: string;
  onMarkFocus?: (markId: string) => void;
  onMarkHover?: (markId: string | null) => void;
  className?: string;
  lang?: string;
  /** The language of the marks' labels (the UI's), where it is not the text's: set on each labelled mark. */
  labelLang?: string;
}

/** The DOM element that a mark's focus, scroll and tooltip attach to. */
export function findMarkElement(container: ParentNode | null, markId: string): HTMLElement | null {
  if (!container) return null;
  for (const element of container.querySelectorAll<HTMLElement>('mark[data-starts]')) {
    if ((element.dataset.starts ?? '').split(' ').includes(markId)) return element;
  }
  return null;
}

/**
 * A text with highlighted spans, rendered as text (never HTML): every
 * character of `text` is in the output once, in order, so its text content
 * equals the source. Each span is a focusable <mark> named by its label;
 * overlapping spans are cut at their boundaries and each keeps one piece to
 * focus. Decorations (page chrome, find matches) only add classes.
 */
export const HighlightedText = memo(function HighlightedText({
  text,
  marks,
  decorations = [],
  activeMarkId = null,
  activeDescriptionId,
  onMarkFocus,
  onMarkHover,
  className,
  lang,
  labelLang,
}: HighlightedTextProps) {
  const segments = useMemo(() => segmentText(text.length, marks, decorations.map((d, i) => ({ start: d.start, end: d.end, tag: String(i) }))), [text, marks, decorations]);
  const marksById = useMemo(() => new Map(marks.map((m) => [m.id, m])), [marks]);

  // Where several spans share a piece (a short fact and a longer one starting at the same character), the
  // active span stays chosen when its piece is focused or clicked: moving the focus to the longer fact (from
  // the list beside the text, or by a link) had switched the page to the shorter one. Otherwise the
  // innermost span is chosen.
  const keepActive = (candidates: HighlightMark[]): string =>
    activeMarkId !== null && candidates.some((m) => m.id === activeMarkId) ? activeMarkId : candidates.at(-1)!.id;

  const renderParts = (segment: TextSegment): ReactNode[] =>
    segment.parts.map((part) => {
      const slice = text.slice(part.start, part.end);
      if (part.tags.length === 0) return slice;
      const applied = part.tags.map((tag) => decorations[Number(tag)]!);
      const label = applied.find((d) => d.label)?.label;
      return (
        <span key={part.start} className={applied.map((d) => d.className).join(' ')} data-label={label} title={label}>
          {slice}
        </span>
      );
    });

  return (
    <div className={['highlighted-text', className].filter(Boolean).join(' ')} lang={lang}>
      {segments.map((segment) => {
        if (segment.spanIds.length === 0) return <span key={segment.start}>{renderParts(segment)}</span>;
        const covering = segment.spanIds.map((id) => marksById.get(id)!).filter(Boolean);
        const starting = segment.startsSpanIds.map((id) => marksById.get(id)!).filter(Boolean);
        const active = activeMarkId !== null && segment.spanIds.includes(activeMarkId);
        const tone = covering.some((m) => m.tone === 'link') ? 'link' : covering.some((m) => m.tone === 'warn') ? 'warn' : 'fact';
        const focusTarget = starting.length > 0;
        // An English label on a mark inside Chinese text would be read with the Chinese voice: the labelled mark
        // takes the label's language, and its text keeps the text's in a span of its own.
        const relabel = focusTarget && labelLang !== undefined && labelLang !== lang;
        const classes = ['hl-mark', `hl-mark--${tone}`, active && 'hl-mark--active', covering.length > 1 && 'hl-mark--overlap'];
        return (
          <mark
            key={segment.start}
            className={classes.filter(Boolean).join(' ')}
            data-marks={segment.spanIds.join(' ')}
            data-starts={focusTarget ? segment.startsSpanIds.join(' ') : undefined}
            tabIndex={focusTarget ? 0 : undefined}
            aria-label={focusTarget ? starting.map((m) => m.label).join('; ') : undefined}
            lang={relabel ? labelLang : undefined}
            aria-describedby={focusTarget && active ? activeDescriptionId : undefined}
            aria-current={focusTarget && active ? 'true' : undefined}
            onFocus={focusTarget && onMarkFocus ? () => onMarkFocus(keepActive(starting)) : undefined}
            onClick={onMarkFocus ? () => onMarkFocus(keepActive(starting.length > 0 ? starting : covering)) : undefined}
            onMouseEnter={onMarkHover ? () => onMarkHover((starting.at(-1) ?? covering.at(-1)!).id) : undefined}
            onMouseLeave={onMarkHover ? () => onMarkHover(null) : undefined}
          >
            {relabel ? <span lang={lang}>{renderParts(segment)}</span> : renderParts(segment)}
          </mark>
        );
      })}
    </div>
  );
});
