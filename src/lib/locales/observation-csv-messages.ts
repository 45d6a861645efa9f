import type { MessagesLike } from './zh';

/**
 * The CSV text the explorer's and the comparison's downloads share (src/lib/observation-csv.ts): each
 * feature spreads it into its own `csv` messages, so every column keeps its header under the feature's
 * key, beside the headers the two word differently (区划代码 / 行政区划代码, the document, the quote).
 */
const zh = {
  jurisdiction: '地区',
  year: '年份',
  indicator: '指标',
  value: '数值',
  unit: '单位',
  relativeTo: '基期',
  qualifier: '限定',
  valueAsWritten: '原文写法',
  period: '统计期',
  periodKind: '统计期类型',
  periodAsWritten: '统计期原文',
  scope: '口径',
  scopeKind: '口径类型',
  origin: '数据来源',
  conflict: '数值冲突',
  status: '状态',
  note: '备注',
  start: '起始位置',
  end: '结束位置',
  reported: '已报告',
  curated: '整理数据',
  periodKinds: { fullYear: '全年', span: '非全年（月份区间）', asOf: '非全年（截至某日）' },
} as const;

const en: MessagesLike<typeof zh> = {
  jurisdiction: 'Jurisdiction',
  year: 'Year',
  indicator: 'Indicator',
  value: 'Value',
  unit: 'Unit',
  relativeTo: 'Relative to',
  qualifier: 'Qualifier',
  valueAsWritten: 'As written',
  period: 'Period',
  periodKind: 'Period kind',
  periodAsWritten: 'Period as written',
  scope: 'Scope',
  scopeKind: 'Scope kind',
  origin: 'Origin',
  conflict: 'Conflict',
  status: 'Status',
  note: 'Note',
  start: 'Start offset',
  end: 'End offset',
  reported: 'reported',
  curated: 'curated',
  periodKinds: { fullYear: 'full year', span: 'part year (months)', asOf: 'part year (as of a date)' },
};

export const observationCsvMessages = { zh, en };
