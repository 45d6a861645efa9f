import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from '../../../lib/translation-context';
import { Link } from '../../../lib/router';
import { profileLink } from '../../../domain/app-links';
import type { DataIndex } from '../../../domain/data-files';
import { LabelledSearchField } from '../../../components/labelled-search-field';
import { compareJurisdictions } from '../../../domain/indicator-view';
import { JURISDICTION_LEVELS, matchesJurisdiction } from '../../../domain/jurisdiction';
import type { Jurisdiction } from '../../../domain/jurisdiction';
import type { Language } from '../../../domain/localized-text';

/**
 * Up to this many jurisdictions the directory lists them all by level. Beyond it (every county of China
 * is 3,336 with their parents) a flat list was 10,000 elements and 41,000 px: the directory then opens
 * by province, each rendered only while open, and a search lists at most DIRECTORY_MATCH_MAX matches.
 */
export const DIRECTORY_FLAT_MAX = 300;
export const DIRECTORY_MATCH_MAX = 200;

/** Every jurisdiction, grouped by level, with a search by name or code. */
export function JurisdictionDirectory({ index, lang, headingLevel = 2 }: { index: DataIndex; lang: string | null; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [query, setQuery] = useState('');
  const headingId = useId();
  const counts = useMemo(() => {
    const result = new Map<string, number>();
    for (const summary of index.summaries) for (const code of summary.jurisdictionCodes) result.set(code, (result.get(code) ?? 0) + 1);
    return result;
  }, [index]);
  const atScale = index.jurisdictions.length > DIRECTORY_FLAT_MAX;
  const byProvince = atScale && query.trim() === '';
  // Matches in level order; at scale only the first DIRECTORY_MATCH_MAX are listed.
  const { groups, unlisted } = useMemo(
    () => (byProvince ? { groups: [], unlisted: 0 } : matchesByLevel(index.jurisdictions, query, atScale ? DIRECTORY_MATCH_MAX : Infinity)),
    [index, query, atScale, byProvince],
  );
  const tree = useMemo(() => (byProvince ? jurisdictionTree(index.jurisdictions) : null), [index, byProvince]);
  const entry = (jurisdiction: Jurisdiction) => {
    const count = counts.get(jurisdiction.code) ?? 0;
    return (
      <>
        <Link to={profileLink(jurisdiction.code, lang)}>{jurisdiction.name[language]}</Link>{' '}
        <span className="muted small">
          {jurisdiction.code} · {count > 0 ? t('profile.list.indicatorCount', { count }) : t('profile.list.noData')}
        </span>
      </>
    );
  };
  const item = (jurisdiction: Jurisdiction) => <li key={jurisdiction.code}>{entry(jurisdiction)}</li>;
  // Under a province: each prefecture on a line of its own with its counties in columns beneath it.
  const children = (nodes: TreeNode[]): ReactNode =>
    nodes.some((node) => node.children.length > 0) ? (
      <ul className="directory__tree">{nodes.map(branch)}</ul>
    ) : (
      <ul className="directory__list">{nodes.map((node) => item(node.jurisdiction))}</ul>
    );
  const branch = (node: TreeNode): ReactNode => (
    <li key={node.jurisdiction.code}>
      <div className="directory__entry">{entry(node.jurisdiction)}</div>
      {node.children.length > 0 && children(node.children)}
    </li>
  );
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const GroupHeading = headingLevel === 2 ? 'h3' : 'h4';

  return (
    <section className="panel directory" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('profile.list.heading')}</Heading>
      <p className="muted small">{t('profile.list.intro')}</p>
      <LabelledSearchField block="directory" label={t('profile.list.search')} value={query} placeholder={t('profile.list.searchPlaceholder')} onChange={setQuery} />
      {tree ? (
        <div className="directory__group">
          <GroupHeading>{t('profile.list.byProvince', { count: index.jurisdictions.length })}</GroupHeading>
          <ul className="directory__provinces">
            {tree.map((node) => (
              <li key={node.jurisdiction.code}>
                <ProvinceGroup
                  label={t('profile.list.provinceSummary', { name: node.jurisdiction.name[language], count: node.size - 1 })}
                  render={() => <ul className="directory__tree directory__tree--top">{branch(node)}</ul>}
                />
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          {groups.length === 0 && (
            <p role="status" className="muted">
              {t('profile.list.noMatch', { query })}
            </p>
          )}
          {groups.map((group) => (
            <div key={group.level} className="directory__group">
              <GroupHeading>{t(`jurisdictionLevel.${group.level}`)}</GroupHeading>
              <ul className="directory__list">{group.jurisdictions.map((jurisdiction) => item(jurisdiction))}</ul>
            </div>
          ))}
          {unlisted > 0 && (
            <p role="status" className="muted small">
              {t('profile.list.moreMatches', { count: unlisted })}
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** The jurisdictions matching `query`, by level in the usual order, at most `limit` of them, and how many more match. */
function matchesByLevel(jurisdictions: readonly Jurisdiction[], query: string, limit: number) {
  const groups: Array<{ level: Jurisdiction['level']; jurisdictions: Jurisdiction[] }> = [];
  let listed = 0;
  let unlisted = 0;
  for (const level of JURISDICTION_LEVELS) {
    const all = jurisdictions.filter((j) => j.level === level && matchesJurisdiction(j, query)).sort(compareJurisdictions);
    const shown = all.slice(0, Math.max(0, limit - listed));
    listed += shown.length;
    unlisted += all.length - shown.length;
    if (shown.length > 0) groups.push({ level, jurisdictions: shown });
  }
  return { groups, unlisted };
}

/** A province, closed: its jurisdictions are rendered only while it is open (a closed <details> still renders them). */
function ProvinceGroup({ label, render }: { label: string; render: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="directory__province" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{label}</summary>
      {open && render()}
    </details>
  );
}

interface TreeNode {
  jurisdiction: Jurisdiction;
  children: TreeNode[];
  /** This jurisdiction and all under it. */
  size: number;
}

/**
 * The jurisdictions as a tree by parent code (province → prefecture → county → town), in the usual order
 * at each level. A jurisdiction whose parent is not in the list is a root, so nothing is left out.
 */
export function jurisdictionTree(jurisdictions: readonly Jurisdiction[]): TreeNode[] {
  const codes = new Set(jurisdictions.map((j) => j.code));
  const childrenOf = new Map<string, Jurisdiction[]>();
  const roots: Jurisdiction[] = [];
  for (const jurisdiction of jurisdictions) {
    const parent = jurisdiction.parentCode;
    if (parent === null || !codes.has(parent) || parent === jurisdiction.code) roots.push(jurisdiction);
    else childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), jurisdiction]);
  }
  const build = (jurisdiction: Jurisdiction): TreeNode => {
    const children = (childrenOf.get(jurisdiction.code) ?? []).sort(compareJurisdictions).map(build);
    return { jurisdiction, children, size: 1 + children.reduce((n, c) => n + c.size, 0) };
  };
  return roots.sort(compareJurisdictions).map(build);
}
