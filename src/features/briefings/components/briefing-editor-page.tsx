import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import { Link, useSearchParams } from '../../../lib/router';
import { moveItem, type Briefing, type BriefingItem } from '../../../domain/briefing';
import { buildFootnotes } from '../../../domain/briefing-footnotes';
import type { Language } from '../../../domain/localized-text';
import { briefingKeys, useSaveBriefing } from '../../../lib/briefings/briefing-queries';
import { formatDate } from '../../../lib/format';
import { useItemChanges, type ItemCheck } from '../hooks/use-item-changes';
import { BriefingItemView, itemHeading } from './briefing-item-view';
import { BriefingFromRoute } from './briefing-from-route';
import { useDescribeStoreError } from './briefing-store-error';
import '../briefings.css';

export function BriefingEditorPage() {
  return <BriefingFromRoute>{(briefing) => <BriefingEditor briefing={briefing} />}</BriefingFromRoute>;
}

/** The change notice of an item: the data shown is as added, and the current data differs (or could not be checked). */
export function ChangeNotice({ check }: { check: ItemCheck }) {
  const { t } = useTranslation();
  if (check.state === 'unknown') return <p className="note small briefing-change">{t('briefings.changes.unknown', { file: check.file })}</p>;
  if (check.state !== 'checked') return null;
  const { updated, removed, added } = check.changes;
  if (updated.length + removed.length + added.length === 0) return null;
  return (
    <p className="note small briefing-change" role="note">
      {t('briefings.changes.changed', { updated: updated.length, removed: removed.length, added: added.length })}
    </p>
  );
}

/** The item's original view, in the reader's current language. */
function withLang(view: { pathname: string; search: string }, lang: string | null): { pathname: string; search: string } {
  const params = new URLSearchParams(view.search);
  if (lang) params.set('lang', lang);
  const text = params.toString();
  return { pathname: view.pathname, search: text ? `?${text}` : '' };
}

function addedDate(iso: string, language: Language): string {
  return formatDate(iso.slice(0, 10), language);
}

function BriefingEditor({ briefing }: { briefing: Briefing }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [params] = useSearchParams();
  const lang = params.get('lang');
  const search = lang ? `?lang=${lang}` : '';
  const queryClient = useQueryClient();
  const save = useSaveBriefing();
  const describe = useDescribeStoreError();
  const [title, setTitle] = useState(briefing.title);
  const [announcement, setAnnouncement] = useState('');
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  // The drag source as of now: dragover can fire before React re-renders with the state.
  const dragging = useRef<number | null>(null);
  const focusAfterRender = useRef<string | null>(null);
  const handles = useRef(new Map<string, HTMLButtonElement>());
  const checks = useItemChanges(briefing.items);
  const footnotes = useMemo(() => buildFootnotes(briefing), [briefing]);

  /** Shows the edit at once and stores it; writes run one after another in the order made. */
  const update = useCallback(
    (change: (b: Briefing) => Briefing) => {
      const current = queryClient.getQueryData<Briefing | null>(briefingKeys.one(briefing.id)) ?? briefing;
      const next = { ...change(current), updatedAt: new Date().toISOString() };
      queryClient.setQueryData(briefingKeys.one(briefing.id), next);
      save.mutate(next);
    },
    [queryClient, briefing, save],
  );

  useEffect(() => {
    const id = focusAfterRender.current;
    if (id) {
      focusAfterRender.current = null;
      handles.current.get(id)?.focus();
    }
  });

  const move = (item: BriefingItem, to: number) => {
    const from = briefing.items.findIndex((i) => i.id === item.id);
    const target = Math.max(0, Math.min(briefing.items.length - 1, to));
    if (from === -1 || from === target) return;
    update((b) => ({ ...b, items: moveItem(b.items, from, target) }));
    focusAfterRender.current = item.id;
    setAnnouncement(t('briefings.editor.moved', { title: itemHeading(item, language, t), position: target + 1, count: briefing.items.length }));
  };
  const remove = (item: BriefingItem, index: number) => {
    update((b) => ({ ...b, items: b.items.filter((i) => i.id !== item.id) }));
    const neighbour = briefing.items[index + 1] ?? briefing.items[index - 1];
    if (neighbour) focusAfterRender.current = neighbour.id;
    setAnnouncement(t('briefings.editor.removed', { title: itemHeading(item, language, t) }));
  };
  const onHandleKeyDown = (event: KeyboardEvent<HTMLButtonElement>, item: BriefingItem, index: number) => {
    if (!event.altKey) return;
    if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(item, index - 1);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(item, index + 1);
    }
  };
  const onDrop = (event: DragEvent<HTMLLIElement>, index: number) => {
    event.preventDefault();
    const from = dragging.current ?? Number(event.dataTransfer.getData('text/plain'));
    dragging.current = null;
    setDragFrom(null);
    const item = briefing.items[from];
    if (item) move(item, index);
  };
  const titleMissing = title.trim() === '';

  return (
    <div className="briefings briefing-editor">
      <p className="briefing-editor__nav">
        <Link to={{ pathname: '/briefings', search }}>← {t('briefings.editor.back')}</Link>{' '}
        <Link className="button" to={{ pathname: `/briefings/${encodeURIComponent(briefing.id)}/print`, search }}>
          {t('briefings.editor.print')}
        </Link>
      </p>
      <section className="panel" aria-labelledby="briefing-fields-heading">
        <h2 id="briefing-fields-heading">{t('briefings.editor.fields')}</h2>
        <div className="briefing-fields">
          <label>
            {t('briefings.editor.title')}
            <input
              type="text"
              value={title}
              maxLength={200}
              required
              aria-invalid={titleMissing}
              onChange={(e) => {
                setTitle(e.target.value);
                if (e.target.value.trim() !== '') update((b) => ({ ...b, title: e.target.value }));
              }}
            />
          </label>
          <label>
            {t('briefings.editor.date')}
            <input
              type="date"
              value={briefing.date}
              required
              onChange={(e) => {
                if (/^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) update((b) => ({ ...b, date: e.target.value }));
              }}
            />
          </label>
          <label>
            {t('briefings.editor.author')}
            <input
              type="text"
              value={briefing.author}
              maxLength={200}
              placeholder={t('briefings.editor.authorPlaceholder')}
              onChange={(e) => update((b) => ({ ...b, author: e.target.value }))}
            />
          </label>
        </div>
        <p role="status" aria-live="polite" className="small muted">
          {save.isError ? describe(save.error) : save.isPending ? t('briefings.editor.saving') : ''}
        </p>
      </section>

      <section className="panel" aria-labelledby="briefing-items-heading">
        <h2 id="briefing-items-heading">{t('briefings.editor.items', { count: briefing.items.length })}</h2>
        <p id="briefing-reorder-hint" className="small muted">
          {t('briefings.editor.reorderHint')}
        </p>
        <p role="status" aria-live="assertive" className="briefing-editor__announce small">
          {announcement}
        </p>
        {briefing.items.length === 0 ? (
          <p className="muted">{t('briefings.editor.empty')}</p>
        ) : (
          <ol className="briefing-items">
            {briefing.items.map((item, index) => {
              const heading = itemHeading(item, language, t);
              return (
                <li
                  key={item.id}
                  className={['briefing-item', dragFrom === index && 'briefing-item--dragging'].filter(Boolean).join(' ')}
                  aria-label={t('briefings.editor.itemLabel', { position: index + 1, kind: t(`briefings.kind.${item.kind}`), title: heading })}
                  onDragOver={(event) => {
                    if (dragging.current !== null) {
                      event.preventDefault();
                      event.dataTransfer.dropEffect = 'move';
                    }
                  }}
                  onDrop={(event) => onDrop(event, index)}
                >
                  <div className="briefing-item__header">
                    <button
                      type="button"
                      className="briefing-item__handle"
                      draggable
                      ref={(element) => {
                        if (element) handles.current.set(item.id, element);
                        else handles.current.delete(item.id);
                      }}
                      aria-label={t('briefings.editor.dragHandle', { title: heading })}
                      aria-describedby="briefing-reorder-hint"
                      onKeyDown={(event) => onHandleKeyDown(event, item, index)}
                      onDragStart={(event) => {
                        event.dataTransfer.effectAllowed = 'move';
                        event.dataTransfer.setData('text/plain', String(index));
                        dragging.current = index;
                        setDragFrom(index);
                      }}
                      onDragEnd={() => {
                        dragging.current = null;
                        setDragFrom(null);
                      }}
                    >
                      <span aria-hidden="true">⠿</span>
                    </button>
                    <h3 className="briefing-item__title">
                      <span className="briefing-item__number">{index + 1}.</span> <span className="badge">{t(`briefings.kind.${item.kind}`)}</span> {heading}
                    </h3>
                  </div>
                  <p className="small muted">
                    {t('briefings.editor.addedAt', { date: addedDate(item.addedAt, language) })} ·{' '}
                    <Link to={withLang(item.view, lang)}>{t('briefings.editor.openView')}</Link>
                  </p>
                  <ChangeNotice check={checks(item)} />
                  <BriefingItemView item={item} footnote={(observationId) => footnotes.numberOf(item.id, observationId)} />
                  <label className="briefing-item__note">
                    {t('briefings.editor.note')}
                    <textarea
                      value={item.note}
                      maxLength={4000}
                      rows={2}
                      placeholder={t('briefings.editor.notePlaceholder')}
                      aria-label={`${t('briefings.editor.note')}: ${index + 1}. ${heading}`}
                      onChange={(e) => {
                        const note = e.target.value;
                        update((b) => ({ ...b, items: b.items.map((i) => (i.id === item.id ? { ...i, note } : i)) }));
                      }}
                    />
                  </label>
                  <div className="briefing-item__actions" role="group" aria-label={heading}>
                    <button type="button" className="button button--small" disabled={index === 0} onClick={() => move(item, index - 1)}>
                      {t('briefings.editor.moveUp')}
                    </button>
                    <button type="button" className="button button--small" disabled={index === briefing.items.length - 1} onClick={() => move(item, index + 1)}>
                      {t('briefings.editor.moveDown')}
                    </button>
                    <button type="button" className="button button--small button--secondary" onClick={() => remove(item, index)}>
                      {t('briefings.editor.remove')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}
