import { useTranslation } from '../../../lib/translation-context';
import { Link } from '../../../lib/router';
import { profileLink } from '../../../domain/app-links';
import type { Coverage, CoverageCell, CoverageStatus } from '../../../domain/coverage';
import type { Language } from '../../../domain/localized-text';
import { ScrollingTable } from '../../../components/scrolling-table';

/** Shape and text, not colour alone, tell the states apart. */
const SYMBOLS: Record<CoverageStatus, string> = { full: '●', partial: '◐', notReported: '—' };

function CellText({ cell }: { cell: CoverageCell }) {
  const { t } = useTranslation();
  if (cell.status === 'notReported') {
    return (
      <>
        <span aria-hidden="true">{SYMBOLS.notReported}</span>
        <span className="visually-hidden">{t('overview.coverage.cellNotReported')}</span>
      </>
    );
  }
  const label =
    cell.status === 'full'
      ? t('overview.coverage.cellFull', { count: cell.indicatorCount })
      : t('overview.coverage.cellPartial', { count: cell.indicatorCount, partial: cell.partialIndicatorCount });
  return (
    <>
      <span aria-hidden="true">
        {SYMBOLS[cell.status]} {cell.indicatorCount}
      </span>
      <span className="visually-hidden">{label}</span>
    </>
  );
}

/** Jurisdiction-years (columns) × themes (rows): reported in full, in part, or not at all. */
export function CoverageMatrix({ coverage, lang }: { coverage: Coverage; lang: string | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <>
      <ul className="coverage-legend" aria-label={t('overview.coverage.legend')}>
        {(['full', 'partial', 'notReported'] as const).map((status) => (
          <li key={status}>
            <span className={`coverage-cell coverage-cell--${status}`} aria-hidden="true">
              {SYMBOLS[status]}
            </span>{' '}
            {t(`overview.coverage.${status}`)}
          </li>
        ))}
      </ul>
      <ScrollingTable caption={t('overview.coverage.caption')} className="coverage-table">
        <thead>
          <tr>
            <th scope="col">{t('overview.coverage.theme')}</th>
            {coverage.columns.map((column) => (
              <th scope="col" key={`${column.jurisdiction.code}-${column.year}`}>
                <Link to={profileLink(column.jurisdiction.code, lang)}>{column.jurisdiction.name[language]}</Link>
                <span className="coverage-table__year">{column.year}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {coverage.themes.map((theme, row) => (
            <tr key={theme}>
              <th scope="row">{t(`theme.${theme}`)}</th>
              {coverage.cells[row]!.map((cell, column) => (
                <td key={column} className={`coverage-cell coverage-cell--${cell.status}`} data-status={cell.status}>
                  <CellText cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollingTable>
      {coverage.withoutDocuments.length > 0 && (
        <p className="muted small">
          {t('overview.coverage.withoutDocuments', {
            names: coverage.withoutDocuments.map((j) => j.name[language]).join(language === 'zh' ? '、' : ', '),
          })}
        </p>
      )}
    </>
  );
}
