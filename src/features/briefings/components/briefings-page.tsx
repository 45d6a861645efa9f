import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import { Link, useNavigate, useSearchParams } from '../../../lib/router';
import { localIsoDate } from '../../../components/add-to-briefing-button';
import { BRIEFING_LIMITS, createBriefingBackup, validateBriefingFile, type BriefingFileProblem, type BriefingSummary } from '../../../domain/briefing';
import type { Language } from '../../../domain/localized-text';
import {
  useBriefingList,
  useCreateBriefing,
  useDeleteBriefing,
  useDuplicateBriefing,
  useImportBriefings,
} from '../../../lib/briefings/briefing-queries';
import { exportBriefings, renameBriefing } from '../../../lib/briefings/briefing-store';
import { downloadFile, safeFileName } from '../../../lib/download-file';
import { formatDate } from '../../../lib/format';
import { useQueryClient } from '@tanstack/react-query';
import { briefingKeys } from '../../../lib/briefings/briefing-queries';
import { StoreErrorMessage, useDescribeStoreError } from './briefing-store-error';
import '../briefings.css';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A refused file in words: which briefing, which field, and why. */
export function useDescribeFileProblem(): (problem: BriefingFileProblem) => string {
  const { t } = useTranslation();
  return (problem) => {
    switch (problem.kind) {
      case 'tooLarge':
        return t('briefings.backup.problem.tooLarge', { size: megabytes(Number(problem.detail)), max: megabytes(BRIEFING_LIMITS.fileBytes) });
      case 'empty':
        return t('briefings.backup.problem.empty');
      case 'json':
      case 'format':
      case 'version':
        return t(`briefings.backup.problem.${problem.kind}`, { detail: problem.detail });
      case 'briefing':
        return t('briefings.backup.problem.briefing', {
          index: problem.briefingIndex + 1,
          title: problem.briefingTitle ? `「${problem.briefingTitle}」` : '',
          path: problem.path,
          detail: problem.detail,
        });
    }
  };
}

type Message = { tone: 'ok' | 'error'; text: string; detail?: string } | null;

export function BriefingsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [params] = useSearchParams();
  const lang = params.get('lang');
  const search = lang ? `?lang=${lang}` : '';
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const list = useBriefingList();
  const create = useCreateBriefing();
  const duplicate = useDuplicateBriefing();
  const remove = useDeleteBriefing();
  const importFile = useImportBriefings();
  const describe = useDescribeStoreError();
  const describeProblem = useDescribeFileProblem();
  const [newTitle, setNewTitle] = useState('');
  const [message, setMessage] = useState<Message>(null);
  const [renaming, setRenaming] = useState<{ id: string; title: string } | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const rowButtons = useRef(new Map<string, HTMLElement>());

  const run = async (work: () => Promise<string>) => {
    try {
      setMessage({ tone: 'ok', text: await work() });
    } catch (error) {
      setMessage({ tone: 'error', text: describe(error) });
    }
  };

  const onCreate = () =>
    run(async () => {
      const title = newTitle.trim() || t('briefings.list.defaultTitle', { date: localIsoDate() });
      const briefing = await create.mutateAsync({ title, date: localIsoDate() });
      setNewTitle('');
      void navigate({ pathname: `/briefings/${encodeURIComponent(briefing.id)}`, search });
      return t('briefings.list.created', { title });
    });

  const onExport = () =>
    run(async () => {
      const briefings = await exportBriefings();
      if (briefings.length === 0) return t('briefings.backup.exportNone');
      const file = new Blob([JSON.stringify(createBriefingBackup(briefings, new Date()), null, 2)], { type: 'application/json' });
      downloadFile(file, safeFileName(`ReportLens_${t('briefings.nav')}_${localIsoDate()}`, 'json'));
      return t('briefings.backup.exported', { count: briefings.length });
    });

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const untouched = t('briefings.backup.untouched');
    if (file.size > BRIEFING_LIMITS.fileBytes) {
      setMessage({ tone: 'error', text: describeProblem({ kind: 'tooLarge', detail: String(file.size) }), detail: untouched });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setMessage({ tone: 'error', text: t('briefings.backup.readFailed', { detail: error instanceof Error ? error.message : String(error) }), detail: untouched });
      return;
    }
    const result = validateBriefingFile(text, file.size);
    if (!result.ok) {
      setMessage({ tone: 'error', text: describeProblem(result.problem), detail: untouched });
      return;
    }
    try {
      const added = await importFile.mutateAsync(result.briefings);
      setMessage({ tone: 'ok', text: t('briefings.backup.imported', { count: added.length }) });
    } catch (error) {
      setMessage({ tone: 'error', text: describe(error), detail: untouched });
    }
  };

  const onRename = (summary: BriefingSummary, title: string) =>
    run(async () => {
      await renameBriefing(summary.id, title.trim());
      await queryClient.invalidateQueries({ queryKey: briefingKeys.all });
      setRenaming(null);
      rowButtons.current.get(summary.id)?.focus();
      return t('briefings.list.renamed', { title: title.trim() });
    });

  return (
    <div className="briefings">
      <section className="panel" aria-labelledby="briefings-heading">
        <h2 id="briefings-heading">{t('briefings.list.heading')}</h2>
        <p className="muted">{t('briefings.list.intro')}</p>
        <form
          className="briefings__new"
          onSubmit={(event) => {
            event.preventDefault();
            void onCreate();
          }}
        >
          <label>
            {t('briefings.list.newHeading')} · {t('briefings.list.newTitle')}
            <input type="text" value={newTitle} maxLength={200} placeholder={t('briefings.list.defaultTitle', { date: localIsoDate() })} onChange={(e) => setNewTitle(e.target.value)} />
          </label>
          <button type="submit" className="button" disabled={create.isPending}>
            {t('briefings.list.create')}
          </button>
        </form>
        <div role="status" aria-live="polite" className={message?.tone === 'error' ? 'briefings__message briefings__message--error' : 'briefings__message'}>
          {message && (
            <>
              <p>{message.text}</p>
              {message.detail && <p>{message.detail}</p>}
            </>
          )}
        </div>

        {list.isError ? (
          <StoreErrorMessage error={list.error} />
        ) : list.isPending ? (
          <p role="status">{t('briefings.list.loading')}</p>
        ) : list.data.length === 0 ? (
          <p className="muted">{t('briefings.list.empty')}</p>
        ) : (
          <ul className="briefings__list">
            {list.data.map((summary) => (
              <li key={summary.id} className="briefings__row">
                {renaming?.id === summary.id ? (
                  <form
                    className="briefings__rename"
                    onSubmit={(event) => {
                      event.preventDefault();
                      if (renaming.title.trim() !== '') void onRename(summary, renaming.title);
                    }}
                  >
                    <input
                      type="text"
                      autoFocus
                      value={renaming.title}
                      maxLength={200}
                      aria-label={t('briefings.list.renameLabel', { title: summary.title })}
                      onChange={(e) => setRenaming({ id: summary.id, title: e.target.value })}
                      onKeyDown={(e) => {
                        if (e.key === 'Escape') {
                          setRenaming(null);
                          rowButtons.current.get(summary.id)?.focus();
                        }
                      }}
                    />
                    <button type="submit" className="button button--small" disabled={renaming.title.trim() === ''}>
                      {t('briefings.list.save')}
                    </button>
                    <button type="button" className="button button--small button--secondary" onClick={() => setRenaming(null)}>
                      {t('briefings.list.cancel')}
                    </button>
                  </form>
                ) : (
                  <div className="briefings__title">
                    <Link to={{ pathname: `/briefings/${encodeURIComponent(summary.id)}`, search }}>{summary.title}</Link>
                    <span className="muted small">
                      {' '}
                      · {formatDate(summary.date, language)} · {t('briefings.list.itemCount', { count: summary.itemCount })}
                      {summary.author && ` · ${summary.author}`}
                    </span>
                  </div>
                )}
                <div className="briefings__actions" role="group" aria-label={t('briefings.list.actionsFor', { title: summary.title })}>
                  <Link className="button button--small" to={{ pathname: `/briefings/${encodeURIComponent(summary.id)}/print`, search }}>
                    {t('briefings.list.print')}
                  </Link>
                  <button
                    type="button"
                    className="button button--small"
                    ref={(element) => {
                      if (element) rowButtons.current.set(summary.id, element);
                      else rowButtons.current.delete(summary.id);
                    }}
                    onClick={() => setRenaming({ id: summary.id, title: summary.title })}
                  >
                    {t('briefings.list.rename')}
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={duplicate.isPending}
                    onClick={() =>
                      void run(async () => {
                        const copy = await duplicate.mutateAsync({ id: summary.id, title: (title) => t('briefings.list.duplicateTitle', { title }) });
                        return t('briefings.list.duplicated', { title: copy.title });
                      })
                    }
                  >
                    {t('briefings.list.duplicate')}
                  </button>
                  {confirmingDelete === summary.id ? (
                    <span className="briefings__confirm" role="alertdialog" aria-label={t('briefings.list.deleteConfirm', { title: summary.title })}>
                      <span className="small">{t('briefings.list.deleteConfirm', { title: summary.title })}</span>{' '}
                      <button
                        type="button"
                        className="button button--small button--danger"
                        autoFocus
                        onClick={() =>
                          void run(async () => {
                            await remove.mutateAsync(summary.id);
                            setConfirmingDelete(null);
                            return t('briefings.list.deleted', { title: summary.title });
                          })
                        }
                      >
                        {t('briefings.list.deleteConfirmButton')}
                      </button>
                      <button type="button" className="button button--small button--secondary" onClick={() => setConfirmingDelete(null)}>
                        {t('briefings.list.cancel')}
                      </button>
                    </span>
                  ) : (
                    <button type="button" className="button button--small button--secondary" onClick={() => setConfirmingDelete(summary.id)}>
                      {t('briefings.list.delete')}
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="briefings-backup-heading">
        <h2 id="briefings-backup-heading">{t('briefings.backup.heading')}</h2>
        <p className="muted small">{t('briefings.backup.intro')}</p>
        <div className="briefings__backup">
          <button type="button" className="button" onClick={() => void onExport()}>
            {t('briefings.backup.export')}
          </button>
          <label className="button briefings__import">
            {t('briefings.backup.import')}
            <input ref={fileInput} type="file" accept="application/json,.json" className="briefing-visually-hidden" onChange={(e) => void onImport(e)} />
          </label>
        </div>
      </section>
    </div>
  );
}
