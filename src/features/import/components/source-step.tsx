import { useId, useRef, useState, type ClipboardEvent, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import {
  BinaryContentError,
  BinaryFileError,
  decodeText,
  DecodeError,
  type BinaryContent,
  type TextEncodingName,
  Utf16WithoutBomError,
} from '../../../domain/extraction/decode-text';
import { FILE_FORMATS, formatBytes, MAX_REPORT_BYTES, pasteProblem, readBytes, type PasteProblem } from '../import-limits';

export interface ImportSource {
  text: string;
  origin: { kind: 'paste' } | { kind: 'file'; name: string; encoding: TextEncodingName };
}

/** Step 1: the text, pasted or read from a .txt file (size checked before reading, encoding detected). */
export function SourceStep({ initial, onNext }: { initial: ImportSource | null; onNext: (source: ImportSource) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const pasteRef = useRef<HTMLTextAreaElement>(null);
  const [file, setFile] = useState<ImportSource | null>(initial?.origin.kind === 'file' ? initial : null);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  /** What gives binary content away, naming NUL only when the text holds one. */
  const binaryFound = (found: BinaryContent): string =>
    t(found.hasNul ? 'import.source.binaryFound.nul' : 'import.source.binaryFound.other', { count: found.count, at: found.firstAt + 1 });

  /**
   * A problem with the field's text: on a paste (`insert`), with the pasted text in it, which is then
   * not pasted; on submit, as the field holds it.
   */
  const describe = (problem: PasteProblem, when: 'insert' | 'submit'): string => {
    switch (problem.kind) {
      case 'empty':
        return t('import.source.empty');
      case 'tooLarge':
        return t(when === 'insert' ? 'import.source.pasteTooLarge' : 'import.source.textTooLarge', { size: formatBytes(problem.size) });
      case 'binary':
        return t(when === 'insert' ? 'import.source.pasteBinary' : 'import.source.textBinary', { found: binaryFound(problem.found) });
    }
  };

  /**
   * Checks text on its way into the field (a paste or a drop) and refuses it
   * there, leaving the field as it was. Chromium lays out a pasted text in the
   * <textarea> before any page code sees it again, and that layout grows
   * faster than the text: a 2 MB paragraph takes it about 30 s, 7 MB several
   * minutes. Checking on submit came too late to spare the user that hang.
   */
  const guardInsert = (event: ClipboardEvent<HTMLTextAreaElement> | DragEvent<HTMLTextAreaElement>, data: DataTransfer | null) => {
    const inserted = data?.getData('text/plain') ?? '';
    if (inserted === '') return;
    const field = event.currentTarget;
    // A paste replaces the selection; a drop lands at a point we cannot know yet, so it is counted whole.
    const [from, to] = event.type === 'paste' ? [field.selectionStart, field.selectionEnd] : [field.value.length, field.value.length];
    const problem = pasteProblem(field.value.slice(0, from) + inserted + field.value.slice(to));
    if (problem === null || problem.kind === 'empty') return;
    event.preventDefault();
    setError(describe(problem, 'insert'));
  };

  const onFile = async (chosen: File | undefined) => {
    setError(null);
    if (!chosen) return;
    if (chosen.size > MAX_REPORT_BYTES) {
      setFile(null);
      setError(t('import.source.tooLarge', { name: chosen.name, size: formatBytes(chosen.size) }));
      return;
    }
    setReading(true);
    try {
      const decoded = decodeText(await readBytes(chosen));
      // An empty file (or one of spaces, line breaks or a BOM alone) decodes fine; as a report it holds nothing to review.
      if (decoded.text.trim() === '') {
        setFile(null);
        setError(t('import.source.fileEmpty', { name: chosen.name }));
        return;
      }
      setFile({ text: decoded.text, origin: { kind: 'file', name: chosen.name, encoding: decoded.encoding } });
    } catch (cause) {
      setFile(null);
      setError(
        cause instanceof Utf16WithoutBomError
          ? t('import.source.utf16WithoutBom', { name: chosen.name, encoding: cause.byteOrder === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE' })
          : cause instanceof BinaryFileError
          ? t(`import.source.fileFormat.${FILE_FORMATS[cause.format].kind}`, { name: chosen.name, format: FILE_FORMATS[cause.format].name })
          : cause instanceof BinaryContentError
          ? t('import.source.fileBinary', { name: chosen.name, found: binaryFound(cause.found) })
          : cause instanceof DecodeError
            ? t('import.source.decodeFailed', { name: chosen.name })
            : t('import.source.readFailed', { name: chosen.name, message: cause instanceof Error ? cause.message : String(cause) }),
      );
    } finally {
      setReading(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) {
      onNext(file);
      return;
    }
    // Typed or filled-in text never passed guardInsert: the same checks again.
    const text = pasteRef.current?.value ?? '';
    const problem = pasteProblem(text);
    if (problem) {
      setError(describe(problem, 'submit'));
      return;
    }
    onNext({ text, origin: { kind: 'paste' } });
  };

  return (
    <form className="import-step" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('import.source.legend')}</legend>
        {file && file.origin.kind === 'file' ? (
          <p className="import-file" role="status">
            {t('import.source.fileLoaded', {
              name: file.origin.name,
              chars: file.text.length.toLocaleString(),
              encoding: t(`import.source.encodings.${file.origin.encoding}`),
            })}{' '}
            <button type="button" className="link-button" onClick={() => setFile(null)}>
              {t('import.source.clearFile')}
            </button>
          </p>
        ) : (
          <div className="field">
            <label htmlFor={`${id}-paste`}>{t('import.source.pasteLabel')}</label>
            <p id={`${id}-paste-hint`} className="muted small">
              {t('import.source.pasteHint')}
            </p>
            <textarea
              id={`${id}-paste`}
              ref={pasteRef}
              className="import-paste"
              rows={10}
              lang="zh-CN"
              defaultValue={initial?.origin.kind === 'paste' ? initial.text : ''}
              aria-describedby={`${id}-paste-hint${error ? ` ${id}-error` : ''}`}
              onInput={() => setError(null)}
              onPaste={(event) => guardInsert(event, event.clipboardData)}
              onDrop={(event) => guardInsert(event, event.dataTransfer)}
            />
          </div>
        )}
        <p className="import-or">{t('import.source.or')}</p>
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('import.source.fileLabel')}</label>
          <p id={`${id}-file-hint`} className="muted small">
            {t('import.source.fileHint')}
          </p>
          <input
            id={`${id}-file`}
            type="file"
            accept=".txt,text/plain"
            aria-describedby={`${id}-file-hint`}
            onChange={(event) => void onFile(event.target.files?.[0])}
          />
        </div>
      </fieldset>
      <div aria-live="polite" className="import-live">
        {reading && <p>{t('import.source.reading')}</p>}
      </div>
      {error && (
        <p id={`${id}-error`} className="data-error" role="alert">
          {error}
        </p>
      )}
      <div className="import-actions">
        <button type="submit" className="button" disabled={reading}>
          {t('import.source.next')}
        </button>
      </div>
    </form>
  );
}
