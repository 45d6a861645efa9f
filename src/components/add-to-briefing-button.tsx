import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../lib/translation-context';
import { Link, useSearchParams } from '../lib/router';
import { draftTooLarge, type Briefing, type BriefingItemDraft } from '../domain/briefing';
import { useAddBriefingItem, useBriefingList, useCreateBriefing } from '../lib/briefings/briefing-queries';
import { BriefingStoreError } from '../lib/briefings/briefing-store';

/** Today's date in the user's time zone, as YYYY-MM-DD. */
export function localIsoDate(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface AddToBriefingButtonProps {
  /**
   * Builds the item to add from what the page shows right now (a snapshot:
   * the data as of adding). Called only when the user adds; null disables.
   * Build it with chartItemDraft / tableItemDraft / quoteItemDraft /
   * profileItemDraft from src/domain/briefing-snapshot.ts.
   */
  draft: () => BriefingItemDraft | null;
  /** What is added, in words, for the accessible name: "将{{what}}加入简报" / "Add {{what}} to a briefing". */
  what: string;
  className?: string;
}

type Status = { kind: 'added'; briefing: Briefing } | { kind: 'failed'; message: string } | null;

/**
 * "Add to briefing": a button that opens a small dialog to add the current
 * view to an existing briefing or a new one. Keyboard: Enter/Space opens,
 * Tab moves inside, Escape closes; focus returns to the button. The result is
 * announced in a polite live region, with a link to the briefing.
 */
export function AddToBriefingButton({ draft, what, className }: AddToBriefingButtonProps) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const lang = params.get('lang');
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [newTitle, setNewTitle] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  // The draft built when the dialog opened: checked for size then, and added as it was.
  const snapshot = useRef<BriefingItemDraft | null>(null);
  const id = useId();
  const list = useBriefingList({ enabled: open });
  const create = useCreateBriefing();
  const add = useAddBriefingItem();
  const busy = create.isPending || add.isPending;

  const close = (focusButton = true) => {
    setOpen(false);
    if (focusButton) buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    dialogRef.current?.querySelector<HTMLElement>('button, input')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!dialogRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const describeError = (error: unknown) =>
    error instanceof BriefingStoreError
      ? t(`briefings.store.${error.reason}`, { detail: error.detail })
      : error instanceof Error
        ? error.message
        : String(error);

  const addTo = async (target: { briefingId: string } | { title: string }) => {
    const item = snapshot.current;
    if (!item) return;
    try {
      // A new briefing is written with its first item in one go: refused, it leaves no empty briefing.
      const briefing =
        'briefingId' in target
          ? await add.mutateAsync({ briefingId: target.briefingId, draft: item })
          : await create.mutateAsync({ title: target.title, date: localIsoDate(), first: item });
      setStatus({ kind: 'added', briefing });
      close();
    } catch (error) {
      setStatus({ kind: 'failed', message: t('briefings.add.failed', { message: describeError(error) }) });
    }
  };

  const onDialogKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  const defaultTitle = t('briefings.list.defaultTitle', { date: localIsoDate() });
  const search = lang ? `?lang=${encodeURIComponent(lang)}` : '';

  return (
    <div className={['add-to-briefing', className].filter(Boolean).join(' ')}>
      <button
        ref={buttonRef}
        type="button"
        className="button button--small"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? `${id}-dialog` : undefined}
        aria-label={t('briefings.add.buttonFor', { what })}
        onClick={() => {
          if (open) {
            close();
            return;
          }
          // The view as it is when the button is pressed: what is added, whichever briefing is then chosen.
          const item = draft();
          snapshot.current = item;
          // Too large for one item: say so now, before a briefing is picked or created for it.
          const tooLarge = item ? draftTooLarge(item) : null;
          if (tooLarge) {
            setStatus({ kind: 'failed', message: t('briefings.add.tooLarge', tooLarge) });
            return;
          }
          setNewTitle(defaultTitle);
          setStatus(null);
          setOpen(true);
        }}
      >
        {t('briefings.add.button')}
      </button>
      {open && (
        <div ref={dialogRef} id={`${id}-dialog`} role="dialog" aria-labelledby={`${id}-heading`} className="add-to-briefing__dialog" onKeyDown={onDialogKeyDown}>
          <h3 id={`${id}-heading`} className="add-to-briefing__heading">
            {t('briefings.add.dialog')}
          </h3>
          {list.isPending && <p className="muted small">{t('briefings.add.loading')}</p>}
          {list.isError && <p className="small add-to-briefing__error">{describeError(list.error)}</p>}
          {list.data && list.data.length > 0 && (
            <>
              <p className="small add-to-briefing__label">{t('briefings.add.existing')}</p>
              <ul className="add-to-briefing__list">
                {list.data.map((briefing) => (
                  <li key={briefing.id}>
                    <button type="button" className="link-button" disabled={busy} onClick={() => void addTo({ briefingId: briefing.id })}>
                      {t('briefings.add.addTo', { title: briefing.title })}
                    </button>{' '}
                    <span className="muted small">{t('briefings.list.itemCount', { count: briefing.itemCount })}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <form
            className="add-to-briefing__new"
            onSubmit={(event) => {
              event.preventDefault();
              const title = newTitle.trim() || defaultTitle;
              void addTo({ title });
            }}
          >
            <label className="small">
              {list.data && list.data.length > 0 ? t('briefings.add.newHeading') : t('briefings.add.newTitle')}
              <input type="text" value={newTitle} maxLength={200} onChange={(e) => setNewTitle(e.target.value)} aria-label={t('briefings.add.newTitle')} />
            </label>
            <div className="add-to-briefing__actions">
              <button type="submit" className="button button--small" disabled={busy}>
                {t('briefings.add.create')}
              </button>
              <button type="button" className="button button--small button--secondary" onClick={() => close()}>
                {t('briefings.add.cancel')}
              </button>
            </div>
          </form>
        </div>
      )}
      <p role="status" aria-live="polite" className="add-to-briefing__status small">
        {status?.kind === 'added' && (
          <>
            {t('briefings.add.added', { title: status.briefing.title, count: status.briefing.items.length })}{' '}
            <Link to={{ pathname: `/briefings/${encodeURIComponent(status.briefing.id)}`, search }}>{t('briefings.add.open')}</Link>
          </>
        )}
        {status?.kind === 'failed' && status.message}
      </p>
    </div>
  );
}
