import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DivisionsFileSchema, searchJurisdictions, toJurisdiction } from './division';
import { JurisdictionSchema } from './jurisdiction';

const file = DivisionsFileSchema.parse(JSON.parse(readFileSync('public/data/divisions.json', 'utf8')));
const known = [{ code: '440981', name: { zh: '高州市', en: 'Gaozhou' }, level: 'county', parentCode: '440900' } as const];

describe('public/data/divisions.json', () => {
  it('holds every province, prefecture and county once, as valid jurisdictions', () => {
    const codes = file.divisions.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(file.divisions.filter((d) => d.level === 'province')).toHaveLength(31);
    expect(file.divisions.length).toBeGreaterThan(3000);
    for (const d of file.divisions) JurisdictionSchema.parse(toJurisdiction(d, []));
    expect(file.divisions.some((d) => /^(市辖区|县|省直辖县级行政区划)$/.test(d.name))).toBe(false);
  });
  it('pads codes to six digits and links parents', () => {
    expect(file.divisions.find((d) => d.code === '440981')).toEqual({ code: '440981', name: '高州市', level: 'county', parentCode: '440900' });
    expect(file.divisions.find((d) => d.code === '440900')).toEqual({ code: '440900', name: '茂名市', level: 'prefecture', parentCode: '440000' });
    // A county under a placeholder grouping hangs under its province.
    expect(file.divisions.find((d) => d.code === '110101')?.parentCode).toBe('110000');
  });
});

describe('searchJurisdictions', () => {
  it('finds by name or code, with the ancestry, and the curated English name when known', () => {
    const [first] = searchJurisdictions('高州', file.divisions, known);
    expect(first).toEqual({ jurisdiction: known[0], path: '广东省 茂名市' });
    expect(searchJurisdictions('440981', file.divisions, known)[0]?.jurisdiction.code).toBe('440981');
    expect(searchJurisdictions('4409', file.divisions, known)[0]?.jurisdiction.code).toBe('440900');
  });
  it('uses the Chinese name as the English one when the index has none', () => {
    const match = searchJurisdictions('电白区', file.divisions, known)[0]!;
    expect(match.jurisdiction.name).toEqual({ zh: '电白区', en: '电白区' });
  });
  it('tells apart divisions of the same name by their ancestry', () => {
    const matches = searchJurisdictions('朝阳区', file.divisions, known);
    expect(matches.map((m) => m.path)).toEqual(['北京市', '吉林省 长春市']);
    expect(searchJurisdictions('鼓楼区', file.divisions, known).length).toBeGreaterThan(1);
  });
});
