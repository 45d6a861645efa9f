import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import { decodeText, DecodeError, type TextEncodingName } from '../../../domain/extraction/decode-text';
import { formatBytes, MAX_REPORT_BYTES, readBytes, utf8Length } from '../import-limits';

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
      setFile({ text: decoded.text, origin: { kind: 'file', name: chosen.name, encoding: decoded.encoding } });
    } catch (cause) {
      setFile(null);
      setError(
        cause instanceof DecodeError
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
    const text = pasteRef.current?.value ?? '';
    if (text.trim() === '') {
      setError(t('import.source.empty'));
      return;
    }
    const size = utf8Length(text);
    if (size > MAX_REPORT_BYTES) {
      setError(t('import.source.pasteTooLarge', { size: formatBytes(size) }));
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
