import { useTranslation } from '../lib/translation-context';
import { isImportedSourceId } from '../domain/imported-report';
import type { Observation } from '../domain/observation';

/** "导入 / imported" beside a value that comes from a report imported in this browser, not from the curated data. */
export function ImportedBadge({ observation }: { observation: Observation }) {
  const { t } = useTranslation();
  if (!isImportedSourceId(observation.provenance.sourceId)) return null;
  return <span className="badge badge--imported">{t('chart.importedMark')}</span>;
}
