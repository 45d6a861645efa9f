import { useCallback, useMemo } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import { useNavigate, useSearchParams } from '../../../lib/router';
import { IndicatorFilesError } from '../../../components/indicator-files-error';
import { DataIndexGate } from '../../../components/data-index-gate';
import { compareLink } from '../../../domain/app-links';
import type { DataIndex } from '../../../domain/data-files';
import type { Language } from '../../../domain/localized-text';
import { parseCompareParams, type CompareNotice } from '../compare-params';
import { buildCompareRows } from '../compare-rows';
import { useIndicatorFiles } from '../../../lib/data/use-indicator-files';
import '../compare.css';
import { CompareCharts } from './compare-charts';
import { CompareControls } from './compare-controls';
import { CompareTable } from './compare-table';

export function ComparePage() {
  const { t } = useTranslation();
  return <DataIndexGate loading={t('compare.loading')}>{(index) => <Compare index={index} />}</DataIndexGate>;
}

function noticeText(notice: CompareNotice, index: DataIndex, language: Language, t: ReturnType<typeof useTranslation>['t']): string {
  const names = (codes: string[]) =>
    codes.map((code) => index.jurisdictions.find((j) => j.code === code)?.name[language] ?? code).join(language === 'zh' ? '、' : ', ');
  switch (notice.kind) {
    case 'unknownJurisdictions':
      return t('compare.notice.unknownJurisdictions', { codes: notice.codes.join(', ') });
    case 'tooFewJurisdictions':
      return t('compare.notice.tooFewJurisdictions', { names: names(notice.added) });
    case 'tooManyJurisdictions':
      return t('compare.notice.tooManyJurisdictions', { names: names(notice.dropped) });
    case 'unknownIndicators':
      return t('compare.notice.unknownIndicators', { ids: notice.ids.join(', ') });
    case 'tooManyIndicators':
      return t('compare.notice.tooManyIndicators', { count: notice.dropped.length });
    case 'defaultIndicators':
      return t('compare.notice.defaultIndicators');
    case 'unknownYear':
      return t('compare.notice.unknownYear', { value: notice.value });
  }
}

function Compare({ index }: { index: DataIndex }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const jParam = params.get('j');
  const iParam = params.get('i');
  const yParam = params.get('y');
  const lang = params.get('lang');
  const selection = useMemo(() => parseCompareParams(index, jParam, iParam, yParam), [index, jParam, iParam, yParam]);
  const { codes, indicatorIds, year } = selection;
  const files = useIndicatorFiles(indicatorIds);
  const loaded = indicatorIds.every((id) => files.loaded.has(id));
  const rows = useMemo(
    () => (loaded ? buildCompareRows(index, indicatorIds, codes, files.observations, year) : []),
    [loaded, index, indicatorIds, codes, files.observations, year],
  );

  const update = useCallback(
    (next: { codes?: string[]; indicatorIds?: string[]; year?: number | null }) => {
      // Built by hand so the shared link keeps readable commas (j=440981,440300).
      navigate(compareLink(next.codes ?? codes, next.indicatorIds ?? indicatorIds, lang, next.year === undefined ? year : next.year));
    },
    [navigate, codes, indicatorIds, lang, year],
  );

  const [failure] = files.failures;
  return (
    <div className="compare">
      <section className="panel" aria-labelledby="compare-heading">
        <h2 id="compare-heading">{t('compare.heading')}</h2>
        <p className="muted small">{t('compare.intro')}</p>
        {selection.notices.map((notice) => (
          <p key={notice.kind} role="status" className="notice">
            {noticeText(notice, index, language, t)}
          </p>
        ))}
        <CompareControls index={index} codes={codes} indicatorIds={indicatorIds} year={year} onChange={update} />
      </section>
      <IndicatorFilesError files={files} />
      {!loaded && !failure && (
        <p role="status" className="panel">
          {t('compare.loading')}
        </p>
      )}
      {loaded && (
        <>
          <CompareTable rows={rows} lang={lang} codes={codes} year={year} />
          <CompareCharts rows={rows} index={index} year={year} />
        </>
      )}
    </div>
  );
}
