import type { DataIndex } from '../../domain/data-files';

/**
 * The explorer's whole view as URL search parameters, so a reload or a shared
 * link reproduces it exactly. Parsing is tolerant: a bad parameter falls back
 * to its default and yields a notice, never an error.
 *
 *   indicator=<id>  j=<code>,<code>  from=<year>  to=<year>  year=<year>
 *   tab=chart|table|sources  chart=bar|line  sort=value|name|change  obs=<id>
 *   top=10|20|50|100 (bars in the ranked chart)  hl=<code>,<code> (highlighted jurisdictions)
 *
 * `data=synthetic` (the dataset, src/lib/data/data-base-url.ts) is not part of
 * this state; like lang it is kept untouched when the state is written.
 */
export const TABS = ['chart', 'table', 'sources'] as const;
export const CHART_TYPES = ['bar', 'line'] as const;
export const SORTS = ['value', 'name', 'change'] as const;
/** How many bars the ranked chart draws; the table lists every value. */
export const TOP_N_CHOICES = [10, 20, 50, 100] as const;
/** At most this many jurisdictions are highlighted (drawn in colour, named) at once. */
export const MAX_HIGHLIGHTS = 8;

export type Tab = (typeof TABS)[number];
export type ChartType = (typeof CHART_TYPES)[number];
export type Sort = (typeof SORTS)[number];

export interface ExplorerState {
  indicatorId: string;
  /** Null: every jurisdiction with a document or a value. */
  jurisdictions: string[] | null;
  from: number | null;
  to: number | null;
  /** The year the ranked bar chart shows; null: the latest year with values. */
  year: number | null;
  tab: Tab;
  chart: ChartType;
  sort: Sort;
  observationId: string | null;
  /** Bars drawn in the ranked chart (the best N; highlighted jurisdictions are added below them). */
  top: number;
  /** Jurisdictions picked by search to highlight in the charts. */
  highlight: string[];
}

export type ExplorerNotice =
  | { kind: 'unknownIndicator'; value: string }
  | { kind: 'unknownJurisdictions'; value: string }
  | { kind: 'badParameter'; parameter: string; value: string };

/** The indicator shown when the URL names none: the figure people ask about first. */
export const DEFAULT_INDICATOR_ID = 'hotline.resolution-rate';

export const DEFAULTS: Omit<ExplorerState, 'indicatorId'> = {
  jurisdictions: null,
  from: null,
  to: null,
  year: null,
  tab: 'chart',
  chart: 'bar',
  sort: 'value',
  observationId: null,
  top: 20,
  highlight: [],
};

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | undefined {
  return values.find((v) => v === raw);
}

function parseYear(raw: string | null): number | undefined {
  if (raw === null || !/^\d{4}$/.test(raw)) return undefined;
  const year = Number(raw);
  return year >= 1990 && year <= 2100 ? year : undefined;
}

export function parseExplorerState(params: URLSearchParams, index: DataIndex): { state: ExplorerState; notices: ExplorerNotice[] } {
  const notices: ExplorerNotice[] = [];
  const bad = (parameter: string) => {
    const value = params.get(parameter);
    if (value !== null) notices.push({ kind: 'badParameter', parameter, value });
  };

  const requested = params.get('indicator');
  const known = new Set(index.indicators.map((i) => i.id));
  let indicatorId = requested !== null && known.has(requested) ? requested : null;
  if (indicatorId === null) {
    if (requested !== null) notices.push({ kind: 'unknownIndicator', value: requested });
    indicatorId = known.has(DEFAULT_INDICATOR_ID) ? DEFAULT_INDICATOR_ID : (index.indicators[0]?.id ?? '');
  }

  let jurisdictions: string[] | null = null;
  const rawJurisdictions = params.get('j');
  if (rawJurisdictions !== null) {
    const codes = new Set(index.jurisdictions.map((j) => j.code));
    const listed = rawJurisdictions.split(',').map((c) => c.trim()).filter(Boolean);
    const valid = [...new Set(listed.filter((c) => codes.has(c)))];
    const invalid = listed.filter((c) => !codes.has(c));
    if (invalid.length > 0) notices.push({ kind: 'unknownJurisdictions', value: invalid.join(',') });
    jurisdictions = valid.length > 0 ? valid : null;
  }

  const field = <K extends keyof ExplorerState>(name: string, parsed: ExplorerState[K] | undefined, fallback: ExplorerState[K]) => {
    if (params.get(name) === null) return fallback;
    if (parsed === undefined) {
      bad(name);
      return fallback;
    }
    return parsed;
  };

  let from = field<'from'>('from', parseYear(params.get('from')), DEFAULTS.from);
  let to = field<'to'>('to', parseYear(params.get('to')), DEFAULTS.to);
  if (from !== null && to !== null && from > to) {
    notices.push({ kind: 'badParameter', parameter: 'from', value: `${from}>${to}` });
    [from, to] = [to, from];
  }
  const observation = params.get('obs');
  let highlight: string[] = [];
  const rawHighlight = params.get('hl');
  if (rawHighlight !== null) {
    const codes = new Set(index.jurisdictions.map((j) => j.code));
    const listed = rawHighlight.split(',').map((c) => c.trim()).filter(Boolean);
    const invalid = listed.filter((c) => !codes.has(c));
    if (invalid.length > 0) notices.push({ kind: 'unknownJurisdictions', value: invalid.join(',') });
    highlight = [...new Set(listed.filter((c) => codes.has(c)))].slice(0, MAX_HIGHLIGHTS);
  }
  const rawTop = params.get('top');
  return {
    state: {
      indicatorId,
      jurisdictions,
      from,
      to,
      year: field<'year'>('year', parseYear(params.get('year')), DEFAULTS.year),
      tab: field<'tab'>('tab', oneOf(TABS, params.get('tab')), DEFAULTS.tab),
      chart: field<'chart'>('chart', oneOf(CHART_TYPES, params.get('chart')), DEFAULTS.chart),
      sort: field<'sort'>('sort', oneOf(SORTS, params.get('sort')), DEFAULTS.sort),
      observationId: observation && observation.length > 0 ? observation : null,
      top: field<'top'>('top', TOP_N_CHOICES.find((n) => String(n) === rawTop), DEFAULTS.top),
      highlight,
    },
    notices,
  };
}

/**
 * Writes the state back, leaving out defaults so links stay short, and
 * keeping parameters that belong to the app (such as lang) untouched.
 */
export function writeExplorerState(state: ExplorerState, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  const set = (name: string, value: string | null) => (value === null ? params.delete(name) : params.set(name, value));
  set('indicator', state.indicatorId);
  set('j', state.jurisdictions && state.jurisdictions.length > 0 ? state.jurisdictions.join(',') : null);
  set('from', state.from === null ? null : String(state.from));
  set('to', state.to === null ? null : String(state.to));
  set('year', state.year === null ? null : String(state.year));
  set('tab', state.tab === DEFAULTS.tab ? null : state.tab);
  set('chart', state.chart === DEFAULTS.chart ? null : state.chart);
  set('sort', state.sort === DEFAULTS.sort ? null : state.sort);
  set('obs', state.observationId);
  set('top', state.top === DEFAULTS.top ? null : String(state.top));
  set('hl', state.highlight.length > 0 ? state.highlight.join(',') : null);
  return params;
}
