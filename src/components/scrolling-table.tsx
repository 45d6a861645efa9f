import type { ReactNode } from 'react';

export interface ScrollingTableProps {
  /** Names the table and its region alike. */
  caption: string;
  /** The page's own class for the table, beside data-table. */
  className?: string;
  /** Under a heading that already says what the table is: the caption is for screen readers only. */
  hideCaption?: boolean;
  /** The table's head and body. */
  children: ReactNode;
}

/**
 * A data table in a region of its own that scrolls sideways where the table is wider than the page
 * (.table-scroll, app/styles.css). The region takes keyboard focus, so it can be scrolled without a
 * mouse, and is named by the table's caption, so a screen reader says which table it is.
 */
export function ScrollingTable({ caption, className, hideCaption = false, children }: ScrollingTableProps) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className={className ? `data-table ${className}` : 'data-table'}>
        <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
