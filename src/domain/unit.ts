import type { LocalizedText } from './localized-text';
import type { Observation } from './observation';

/**
 * Units as the reports write them. Free of zod, so the extraction worker can
 * use the symbols and scales without a schema library (the schema,
 * UnitSymbolSchema, is in indicator.ts). The English words are deliberately generic
 * (件 is "items" whether it counts applications or cases); the indicator name
 * says what is counted.
 */
export const UNIT_LABELS = {
  件: { zh: '件', en: 'items' },
  宗: { zh: '宗', en: 'cases' },
  条: { zh: '条', en: 'items' },
  项: { zh: '项', en: 'matters' },
  项次: { zh: '项次', en: 'item-times' },
  个: { zh: '个', en: 'units' },
  人: { zh: '人', en: 'people' },
  名: { zh: '名', en: 'people' },
  人次: { zh: '人次', en: 'person-times' },
  次: { zh: '次', en: 'times' },
  批次: { zh: '批次', en: 'batches' },
  期: { zh: '期', en: 'issues' },
  篇: { zh: '篇', en: 'articles' },
  部: { zh: '部', en: 'regulations' },
  份: { zh: '份', en: 'documents' },
  场: { zh: '场', en: 'sessions' },
  起: { zh: '起', en: 'incidents' },
  家: { zh: '家', en: 'organisations' },
  户: { zh: '户', en: 'entities' },
  元: { zh: '元', en: 'yuan' },
  万元: { zh: '万元', en: '10k yuan' },
  亿元: { zh: '亿元', en: '100m yuan' },
  '%': { zh: '%', en: '%' },
  个百分点: { zh: '个百分点', en: 'percentage points' },
  天: { zh: '天', en: 'days' },
  倍: { zh: '倍', en: 'times' },
} as const satisfies Record<string, LocalizedText>;

export type UnitSymbol = keyof typeof UNIT_LABELS;
export const UNIT_SYMBOLS = Object.keys(UNIT_LABELS) as [UnitSymbol, ...UnitSymbol[]];

/**
 * How many plain units one unit stands for: a value of 5543 in 万元 is
 * 55,430,000 yuan. Used to compare a value with the number as written.
 */
export function unitScale(unit: UnitSymbol): number {
  if (unit === '万元') return 1e4;
  if (unit === '亿元') return 1e8;
  return 1;
}

const RELATIVE_UNITS = { percentChange: '%', pointChange: '个百分点', multiple: '倍' } as const satisfies Record<NonNullable<Observation['relative']>['kind'], UnitSymbol>;

/** The unit a value is in: a relative value has its own (a growth rate in %, a change in points, a multiple in times), never the indicator's. */
export function observationUnit(observation: Pick<Observation, 'relative'>, indicatorUnit: UnitSymbol): UnitSymbol {
  return observation.relative ? RELATIVE_UNITS[observation.relative.kind] : indicatorUnit;
}
