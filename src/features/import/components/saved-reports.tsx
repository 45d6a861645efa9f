import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import { Link, useSearchParams } from '../../../lib/router';
import { ScrollingTable } from '../../../components/scrolling-table';
import { createBackup, type BackupProblem, type ImportedReportSummary } from '../../../domain/imported-report';
import type { Indicator } from '../../../domain/indicator';
import type { Language } from '../../../domain/localized-text';
import { downloadFile } from '../../../lib/download-file';
import { formatDate } from '../../../lib/format';
import { useDeleteImportedReport, useImportedReports, useRestoreImportedReports } from '../../../lib/imported/imported-queries';
import { checkBackupFile, exportImportedReports } from '../../../lib/imported/imported-store';
import { readerLocation } from '../../../lib/reader-link';
import { FILE_FORMATS, formatBytes, MAX_BACKUP_BYTES, readBackupBytes, readBytes } from '../import-limits';
import { storeErrorMessage } from './review-step';

type Message = { tone: 'ok' | 'error'; text: string } | null;
/**
 * Where keyboard focus goes once the rows have re-rendered: the question, a row's delete button, the heading
 * when no row is left, or the restore field once it is enabled again.
 */
type FocusTarget = { kind: 'confirm' } | { kind: 'delete'; id: string } | { kind: 'heading' } | { kind: 'restore' };

/** The reports saved in this browser: delete (with confirmation), export a backup, restore one. */
export function SavedReports({ indicators }: { indicators: Indicator[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const id = useId();
  const [params] = useSearchParams();
  const lang = params.get('lang');
  const reports = useImportedReports();
  const remove = useDeleteImportedReport();
  const restore = useRestoreImportedReports();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const deleteButtons = useRef(new Map<string, HTMLButtonElement>());
  const restoreInput = useRef<HTMLInputElement>(null);
  const indicatorName = (indicatorId: string) => indicators.find((i) => i.id === indicatorId)?.name[language] ?? indicatorId;

  // The question replaces the focused delete button, a deleted row takes its buttons away, and the restore field
  // is disabled while a backup is checked: without this, focus fell to the top of the page. It waits for the
  // element, which a deletion shows only after the refetch, and for the field to be enabled again.
  useEffect(() => {
    if (!focusTarget) return;
    const element =
      focusTarget.kind === 'confirm'
        ? confirmRef.current
        : focusTarget.kind === 'delete'
          ? deleteButtons.current.get(focusTarget.id)
          : focusTarget.kind === 'restore'
            ? restoreInput.current
            : headingRef.current;
    if (!element || element.matches(':disabled')) return;
    // Back to the restore field only if focus was lost (to the page or a container around the field), not if the reader moved it.
    const active = document.activeElement;
    if (focusTarget.kind !== 'restore' || !active || active === document.body || active.contains(element)) element.focus();
    setFocusTarget(null);
  }, [focusTarget, confirming, reports.data, busy]);

  const ask = (id: string) => {
    setConfirming(id);
    setFocusTarget({ kind: 'confirm' });
  };

  const keep = (id: string) => {
    setConfirming(null);
    setFocusTarget({ kind: 'delete', id });
  };

  const onDelete = async (report: ImportedReportSummary) => {
    // The row that takes the deleted one's place (the next, or the one before the last), else the heading.
    const rows = reports.data ?? [];
    const at = rows.findIndex((r) => r.id === report.id);
    const neighbour = rows[at + 1] ?? rows[at - 1];
    try {
      await remove.mutateAsync(report.id);
      setConfirming(null);
      setFocusTarget(neighbour && neighbour.id !== report.id ? { kind: 'delete', id: neighbour.id } : { kind: 'heading' });
      setMessage({ tone: 'ok', text: t('import.saved.deleted', { title: report.title }) });
    } catch (error) {
      setFocusTarget({ kind: 'confirm' });
      setMessage({ tone: 'error', text: t('import.saved.deleteFailed', { message: storeErrorMessage(error, t) }) });
    }
  };

  const onExport = async () => {
    setMessage(null);
    try {
      const all = await exportImportedReports();
      if (all.length === 0) {
        setMessage({ tone: 'error', text: t('import.saved.exportEmpty') });
        return;
      }
      const now = new Date();
      const json = JSON.stringify(createBackup(all, now), null, 1);
      downloadFile(new Blob([json], { type: 'application/json' }), `reportlens-backup-${now.toISOString().slice(0, 10)}.json`);
      setMessage({ tone: 'ok', text: t('import.saved.exported', { count: all.length }) });
    } catch (error) {
      setMessage({ tone: 'error', text: t('import.saved.exportFailed', { message: storeErrorMessage(error, t) }) });
    }
  };

  const describeProblem = (name: string, problem: BackupProblem): string => {
    if (problem.kind === 'report') {
      return t('import.saved.backupProblem.report', {
        name,
        index: problem.reportIndex + 1,
        title: problem.reportTitle ?? t('import.saved.backupProblem.untitled'),
        path: problem.path || '(root)',
        detail: problem.detail,
      });
    }
    if (problem.kind === 'empty') return t('import.saved.backupProblem.empty', { name });
    if (problem.kind === 'binaryFile') return t('import.saved.backupProblem.binaryFile', { name, format: FILE_FORMATS[problem.format].name });
    if (problem.kind === 'version' && problem.newer) return t('import.saved.backupProblem.newerVersion', { name, detail: problem.detail });
    return t(`import.saved.backupProblem.${problem.kind}`, { name, detail: problem.detail });
  };

  const onRestore = async (file: File | undefined, input: HTMLInputElement) => {
    if (!file) return;
    setMessage(null);
    setFocusTarget({ kind: 'restore' });
    if (file.size > MAX_BACKUP_BYTES) {
      setMessage({ tone: 'error', text: t('import.saved.backupTooLarge', { name: file.name, size: formatBytes(file.size) }) });
      input.value = '';
      return;
    }
    setBusy(true);
    try {
      const read = readBackupBytes(await readBytes(file));
      if (!read.ok) {
        setMessage({ tone: 'error', text: describeProblem(file.name, read.problem) });
        return;
      }
      const checked = await checkBackupFile(read.json);
      if (!checked.ok) {
        setMessage({ tone: 'error', text: describeProblem(file.name, checked.problem) });
        return;
      }
      const result = await restore.mutateAsync(checked.reports);
      const parts = [t('import.saved.restored', { added: result.added.length })];
      if (result.duplicates.length > 0) {
        parts.push(t('import.saved.restoredDuplicates', { count: result.duplicates.length, titles: result.duplicates.map((d) => `“${d.title}”`).join('、') }));
      }
      setMessage({ tone: 'ok', text: parts.join(' ') });
    } catch (error) {
      setMessage({ tone: 'error', text: t('import.saved.restoreFailed', { message: storeErrorMessage(error, t) }) });
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  return (
    <section className="panel import-saved" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('import.saved.heading')}
      </h2>
      <p className="muted">{t('import.saved.intro')}</p>
      <div className="import-saved__tools">
        <button type="button" className="button button--secondary" onClick={() => void onExport()} disabled={!reports.data || reports.data.length === 0}>
          {t('import.saved.export')}
        </button>
        <div className="field">
          <label htmlFor={`${id}-restore`}>{t('import.saved.restore')}</label>
          <p id={`${id}-restore-hint`} className="muted small">
            {t('import.saved.restoreHint')}
          </p>
          <input
            ref={restoreInput}
            id={`${id}-restore`}
            type="file"
            accept=".json,application/json"
            aria-describedby={`${id}-restore-hint`}
            disabled={busy}
            onChange={(event) => void onRestore(event.target.files?.[0], event.target)}
          />
        </div>
      </div>
      <div aria-live="polite" className="import-live">
        {busy && <p>{t('import.saved.restoring')}</p>}
        {message?.tone === 'ok' && <p className="import-ok">{message.text}</p>}
      </div>
      {message?.tone === 'error' && (
        <p className="data-error" role="alert">
          {message.text}
        </p>
      )}
      {reports.isError ? (
        <p className="data-error" role="alert">
          {t('import.saved.unavailable', { message: storeErrorMessage(reports.error, t) })}
        </p>
      ) : reports.isPending ? (
        <p role="status">{t('import.saved.loading')}</p>
      ) : reports.data.length === 0 ? (
        <p>{t('import.saved.empty')}</p>
      ) : (
        // Wider than a phone: it scrolls in its own named region, which takes focus so a keyboard can scroll it.
        <ScrollingTable caption={t('import.saved.caption')} className="import-saved__table">
          <thead>
            <tr>
              <th scope="col">{t('import.saved.columns.title')}</th>
              <th scope="col">{t('import.saved.columns.jurisdiction')}</th>
              <th scope="col">{t('import.saved.columns.year')}</th>
              <th scope="col">{t('import.saved.columns.facts')}</th>
              <th scope="col">{t('import.saved.columns.importedAt')}</th>
              <th scope="col">{t('import.saved.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {reports.data.map((report) => {
              const indicatorIds = [...new Set(report.observations.map((o) => o.indicatorId))];
              const reader = readerLocation(report.sourceId, null, lang === 'en' || lang === 'zh' ? lang : null);
              return (
                <tr key={report.id}>
                  <th scope="row" lang="zh-CN" className="import-saved__title">
                    {report.title}
                    <span className="badge badge--imported">{t('import.saved.importedBadge')}</span>
                    <div className="muted small">{report.issuingBody}</div>
                  </th>
                  <td className="import-saved__nowrap">{report.jurisdiction.name[language]}</td>
                  <td className="num import-saved__nowrap">{report.yearCovered}</td>
                  <td className="import-saved__facts">
                    {report.observations.length}
                    {indicatorIds.length > 0 && (
                      <div className="small">
                        {t('import.saved.indicators')}
                        {indicatorIds.map((indicatorId, i) => (
                          <span key={indicatorId}>
                            {i > 0 && '、'}
                            <Link to={{ pathname: '/explore', search: `?indicator=${encodeURIComponent(indicatorId)}${lang ? `&lang=${lang}` : ''}` }}>
                              {indicatorName(indicatorId)}
                            </Link>
                          </span>
                        ))}
                      </div>
                    )}
                  </td>
                  <td className="import-saved__nowrap">{formatDate(report.importedAt.slice(0, 10), language)}</td>
                  <td className="import-saved__actions">
                    <Link to={reader}>{t('import.saved.openReader')}</Link>
                    {confirming === report.id ? (
                      <div
                        role="group"
                        aria-label={t('import.saved.confirmDelete', { title: report.title })}
                        className="import-confirm"
                        onKeyDown={(event) => {
                          if (event.key === 'Escape' && !remove.isPending) keep(report.id);
                        }}
                      >
                        <p>{t('import.saved.confirmDelete', { title: report.title })}</p>
                        <button
                          ref={confirmRef}
                          type="button"
                          className="button button--small button--danger"
                          // Not disabled while deleting: a disabled button loses focus, which then has nowhere to return to.
                          aria-disabled={remove.isPending || undefined}
                          onClick={() => {
                            if (!remove.isPending) void onDelete(report);
                          }}
                          onKeyDown={(event) => {
                            // Focus lands here from the delete button: an Enter still held down must not confirm by key repeat.
                            if (event.repeat) event.preventDefault();
                          }}
                        >
                          {t('import.saved.confirm')}
                        </button>
                        <button type="button" className="button button--small button--secondary" onClick={() => keep(report.id)} disabled={remove.isPending}>
                          {t('import.saved.keep')}
                        </button>
                      </div>
                    ) : (
                      <button
                        ref={(element) => {
                          if (element) deleteButtons.current.set(report.id, element);
                          else deleteButtons.current.delete(report.id);
                        }}
                        type="button"
                        className="button button--small button--secondary"
                        aria-label={t('import.saved.deleteReport', { title: report.title })}
                        onClick={() => ask(report.id)}
                      >
                        {t('import.saved.delete')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </ScrollingTable>
      )}
    </section>
  );
}
