import { useRef, useState } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import { DataError } from '../../../components/data-error';
import { useDataIndex } from '../../../lib/data/get-data-index';
import { DATA_INDEX_FILE } from '../../../domain/data-file-names';
import '../import.css';
import { MetadataStep, type ImportMetadata } from './metadata-step';
import { ReviewStep, type SavedOutcome } from './review-step';
import { SavedReports } from './saved-reports';
import { SourceStep, type ImportSource } from './source-step';

type Step = 'source' | 'metadata' | 'review';
const STEPS: Step[] = ['source', 'metadata', 'review'];

/**
 * Import a report: text → details → review → save. Everything before "save"
 * lives in this component's state only, so leaving the page or abandoning
 * stores nothing.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const index = useDataIndex();
  const [step, setStep] = useState<Step>('source');
  const [source, setSource] = useState<ImportSource | null>(null);
  const [metadata, setMetadata] = useState<ImportMetadata | null>(null);
  const [outcome, setOutcome] = useState<SavedOutcome | null>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);

  const go = (next: Step) => {
    setStep(next);
    // Move focus to the new step's heading so keyboard and screen-reader users start there.
    requestAnimationFrame(() => stepHeading.current?.focus());
  };

  const reset = (result: SavedOutcome | null) => {
    setSource(null);
    setMetadata(null);
    setOutcome(result);
    go('source');
  };

  return (
    <div className="import-page">
      <section className="panel" aria-labelledby="import-heading">
        <h2 id="import-heading">{t('import.heading')}</h2>
        <p className="muted">{t('import.intro')}</p>
        <ol className="import-steps" aria-label={t('import.steps.label')}>
          {STEPS.map((s) => (
            <li key={s} aria-current={s === step ? 'step' : undefined} className={s === step ? 'import-steps__current' : undefined}>
              {t(`import.steps.${s}`)}
            </li>
          ))}
        </ol>
        <div aria-live="polite" className="import-live">
          {outcome && (
            <p className={outcome.kind === 'saved' ? 'import-ok' : 'notice'}>
              {outcome.kind === 'saved'
                ? t('import.review.saved', { title: outcome.title, count: outcome.count })
                : t('import.review.duplicate', { title: outcome.title })}
            </p>
          )}
        </div>
        <h3 ref={stepHeading} tabIndex={-1} className="visually-hidden">
          {t(`import.steps.${step}`)}
        </h3>
        {index.isError ? (
          <DataError error={index.error} file={DATA_INDEX_FILE} onRetry={() => void index.refetch()} retrying={index.isFetching} />
        ) : step === 'source' ? (
          <SourceStep
            initial={source}
            onNext={(next) => {
              setOutcome(null);
              setSource(next);
              go('metadata');
            }}
          />
        ) : step === 'metadata' && source ? (
          <MetadataStep
            text={source.text}
            initial={metadata}
            known={index.data?.jurisdictions ?? []}
            onBack={() => go('source')}
            onNext={(next) => {
              setMetadata(next);
              go('review');
            }}
          />
        ) : step === 'review' && source && metadata && index.data ? (
          <ReviewStep
            text={source.text}
            metadata={metadata}
            indicators={index.data.indicators}
            onBack={() => go('metadata')}
            onCancel={() => reset(null)}
            onSaved={(result) => reset(result)}
          />
        ) : (
          <p role="status">{t('chart.loading')}</p>
        )}
      </section>
      <SavedReports indicators={index.data?.indicators ?? []} />
    </div>
  );
}
