import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import { DataError } from '../../../components/data-error';
import { searchJurisdictions } from '../../../domain/division';
import { inferDocumentYear } from '../../../domain/extraction/document-year';
import type { Jurisdiction } from '../../../domain/jurisdiction';
import type { Language } from '../../../domain/localized-text';
import { isIsoDate } from '../../../domain/patterns';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../domain/source-document';
import { DIVISIONS_FILE, useDivisions } from '../../../lib/data/get-divisions';

export interface ImportMetadata {
  jurisdiction: Jurisdiction;
  yearCovered: number;
  title: string;
  issuingBody: string;
  kind: DocumentKind;
  publishedOn: string | null;
}

type FieldErrors = Partial<Record<'jurisdiction' | 'year' | 'title' | 'issuer' | 'publishedOn', string>>;

/** A first guess at the title: the first line that names a report (报告/方案/通报), else the first line. */
export function guessTitle(text: string): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0 && l.length <= 80);
  return lines.find((l) => /(报告|方案|通报|要点)$/.test(l)) ?? lines[0] ?? '';
}

/** Step 2: jurisdiction (searched in the full GB/T 2260 list), year, title, issuer, kind, publication date. */
export function MetadataStep({
  text,
  initial,
  known,
  onBack,
  onNext,
}: {
  text: string;
  initial: ImportMetadata | null;
  known: readonly Jurisdiction[];
  onBack: () => void;
  onNext: (metadata: ImportMetadata) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const id = useId();
  const divisions = useDivisions();
  const [query, setQuery] = useState(initial?.jurisdiction.name.zh ?? '');
  const [jurisdiction, setJurisdiction] = useState<Jurisdiction | null>(initial?.jurisdiction ?? null);
  const [year, setYear] = useState(String(initial?.yearCovered ?? inferDocumentYear(text) ?? new Date().getFullYear() - 1));
  const [title, setTitle] = useState(initial?.title ?? guessTitle(text));
  const [issuer, setIssuer] = useState(initial?.issuingBody ?? '');
  const [kind, setKind] = useState<DocumentKind>(initial?.kind ?? 'ruleOfLawReport');
  const [publishedOn, setPublishedOn] = useState(initial?.publishedOn ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});

  const matches = useMemo(
    () => (divisions.data ? searchJurisdictions(query, divisions.data.divisions, known, 30) : []),
    [divisions.data, query, known],
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: FieldErrors = {};
    const yearNumber = Number(year);
    if (!jurisdiction) next.jurisdiction = t('import.metadata.errors.jurisdiction');
    if (!Number.isInteger(yearNumber) || yearNumber < 1990 || yearNumber > 2100) next.year = t('import.metadata.errors.year');
    if (title.trim() === '') next.title = t('import.metadata.errors.title');
    if (issuer.trim() === '') next.issuer = t('import.metadata.errors.issuer');
    if (publishedOn !== '' && !isIsoDate(publishedOn)) next.publishedOn = t('import.metadata.errors.publishedOn');
    setErrors(next);
    const firstInvalid = Object.keys(next)[0];
    if (firstInvalid || !jurisdiction) {
      document.getElementById(`${id}-${firstInvalid}`)?.focus();
      return;
    }
    onNext({ jurisdiction, yearCovered: yearNumber, title: title.trim(), issuingBody: issuer.trim(), kind, publishedOn: publishedOn === '' ? null : publishedOn });
  };

  const describedBy = (field: keyof FieldErrors, hint?: string) =>
    [hint, errors[field] ? `${id}-${field}-error` : null].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: keyof FieldErrors) =>
    errors[field] ? (
      <p id={`${id}-${field}-error`} className="field-error">
        {errors[field]}
      </p>
    ) : null;

  return (
    <form className="import-step" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('import.metadata.legend')}</legend>

        <fieldset className="import-jurisdiction">
          <legend>
            {t('import.metadata.jurisdiction')} <span className="muted small">({t('import.metadata.required')})</span>
          </legend>
          {divisions.isError ? (
            <DataError error={divisions.error} file={DIVISIONS_FILE} onRetry={() => void divisions.refetch()} retrying={divisions.isFetching} />
          ) : (
            <>
              <div className="field">
                <label htmlFor={`${id}-jurisdiction`}>{t('import.metadata.jurisdictionSearch')}</label>
                <input
                  id={`${id}-jurisdiction`}
                  type="search"
                  value={query}
                  placeholder={t('import.metadata.jurisdictionPlaceholder')}
                  aria-invalid={errors.jurisdiction ? true : undefined}
                  aria-describedby={describedBy('jurisdiction')}
                  onChange={(event) => setQuery(event.target.value)}
                />
              </div>
              {divisions.isPending ? (
                <p role="status">{t('import.metadata.divisionsLoading')}</p>
              ) : query.trim() !== '' && matches.length === 0 ? (
                <p role="status">{t('import.metadata.jurisdictionNoMatch', { query })}</p>
              ) : matches.length > 0 ? (
                <div className="field">
                  <label htmlFor={`${id}-matches`}>{t('import.metadata.jurisdictionMatches')}</label>
                  <select
                    id={`${id}-matches`}
                    size={Math.min(6, Math.max(2, matches.length))}
                    value={jurisdiction?.code ?? ''}
                    onChange={(event) => {
                      const match = matches.find((m) => m.jurisdiction.code === event.target.value);
                      if (match) setJurisdiction(match.jurisdiction);
                    }}
                  >
                    {matches.map((m) => (
                      <option key={m.jurisdiction.code} value={m.jurisdiction.code}>
                        {t('import.metadata.jurisdictionOption', {
                          name: m.jurisdiction.name[language],
                          path: [m.path, t(`jurisdictionLevel.${m.jurisdiction.level}`)].filter(Boolean).join(' · '),
                          code: m.jurisdiction.code,
                        })}
                      </option>
                    ))}
                  </select>
                </div>
              ) : null}
              {jurisdiction && (
                <p className="import-selected" role="status">
                  {t('import.metadata.jurisdictionSelected', { name: jurisdiction.name[language], code: jurisdiction.code })}
                </p>
              )}
            </>
          )}
          {fieldError('jurisdiction')}
        </fieldset>

        <div className="import-grid">
          <div className="field">
            <label htmlFor={`${id}-year`}>{t('import.metadata.year')}</label>
            <p id={`${id}-year-hint`} className="muted small">
              {t('import.metadata.yearHint')}
            </p>
            <input
              id={`${id}-year`}
              type="number"
              inputMode="numeric"
              min={1990}
              max={2100}
              required
              value={year}
              aria-invalid={errors.year ? true : undefined}
              aria-describedby={describedBy('year', `${id}-year-hint`)}
              onChange={(event) => setYear(event.target.value)}
            />
            {fieldError('year')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t('import.metadata.kind')}</label>
            <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as DocumentKind)}>
              {DOCUMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`import.metadata.kinds.${k}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('import.metadata.title')}</label>
          <input
            id={`${id}-title`}
            type="text"
            required
            lang="zh-CN"
            value={title}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={describedBy('title')}
            onChange={(event) => setTitle(event.target.value)}
          />
          {fieldError('title')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-issuer`}>{t('import.metadata.issuer')}</label>
          <input
            id={`${id}-issuer`}
            type="text"
            required
            lang="zh-CN"
            value={issuer}
            placeholder={t('import.metadata.issuerPlaceholder')}
            aria-invalid={errors.issuer ? true : undefined}
            aria-describedby={describedBy('issuer')}
            onChange={(event) => setIssuer(event.target.value)}
          />
          {fieldError('issuer')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-publishedOn`}>{t('import.metadata.publishedOn')}</label>
          <input
            id={`${id}-publishedOn`}
            type="date"
            value={publishedOn}
            aria-invalid={errors.publishedOn ? true : undefined}
            aria-describedby={describedBy('publishedOn')}
            onChange={(event) => setPublishedOn(event.target.value)}
          />
          {fieldError('publishedOn')}
        </div>
      </fieldset>
      <div className="import-actions">
        <button type="button" className="button button--secondary" onClick={onBack}>
          {t('import.metadata.back')}
        </button>
        <button type="submit" className="button">
          {t('import.metadata.next')}
        </button>
      </div>
    </form>
  );
}
