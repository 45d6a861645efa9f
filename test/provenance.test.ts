import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataIndexSchema, IndicatorDataFileSchema, SourceFactsFileSchema } from '../src/domain/data-files';
import { parseNumberAsWritten, qualifierOfWord } from '../src/domain/number-as-written';
import { provenanceMismatch } from '../src/domain/provenance';

/**
 * The provenance contract, checked on the files the app actually serves:
 * every observation's span slices its source text to exactly its quote, and
 * the source texts are the seed documents byte for byte.
 */
const root = path.resolve(__dirname, '..');
const dataDir = path.join(root, 'public', 'data');
const seedsDir = path.resolve(root, '..', 'shared', 'seeds');

// sha256 of the five seed documents as delivered: guards the copies even where ../shared is absent.
const SEED_SHA256: Record<string, string> = {
  '000_95bac47a01022ce6.txt': '158ca14155a8bc99f3a0ae6c5927cd841582af87fb81689a7c521e710aabe6cb',
  '001_3f0a2276b96b94a9.txt': '4d24d73455978a14b9d5e5096e634385d6d03e55b882a8662074e6276634f404',
  '002_708db31ce4ea3cc1.txt': 'b8bd5db3f30d32fc742411ecbe867437fd56ce6deb18187fbe280a6037a577fe',
  '003_46cc8aeac5ceb1f9.txt': '7d321804c286c1c7196e599fd1c3099dccf640f63725e85030c925b2b2b1cc1a',
  '004_a24638c85b82cf1e.txt': 'b24e4bf58a164bfe1e254a6eb75d8d2e14af0b7699f83990424864e3484983e7',
};

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const index = DataIndexSchema.parse(JSON.parse(readFileSync(path.join(dataDir, 'index.json'), 'utf8')));
const sourceText = (id: string) => readFileSync(path.join(dataDir, 'sources', `${id}.txt`), 'utf8');
const indicatorFiles = readdirSync(path.join(dataDir, 'indicators')).map((name) =>
  IndicatorDataFileSchema.parse(JSON.parse(readFileSync(path.join(dataDir, 'indicators', name), 'utf8'))),
);
const observations = indicatorFiles.flatMap((f) => f.observations);
// The reader and the quality page read each document's facts from source-facts/<id>.json, not the indicator files.
const sourceFactsFiles = readdirSync(path.join(dataDir, 'source-facts')).map((name) => ({
  name,
  file: SourceFactsFileSchema.parse(JSON.parse(readFileSync(path.join(dataDir, 'source-facts', name), 'utf8'))),
}));

describe('source texts', () => {
  it.each(Object.entries(SEED_SHA256))('%s is the seed document byte for byte', (name, expected) => {
    expect(sha256(readFileSync(path.join(dataDir, 'sources', name)))).toBe(expected);
  });

  it.runIf(existsSync(seedsDir))('every file in ../shared/seeds is copied unchanged', () => {
    for (const name of readdirSync(seedsDir)) {
      const copy = path.join(dataDir, 'sources', name);
      expect(existsSync(copy), `${name} is missing from public/data/sources`).toBe(true);
      expect(readFileSync(copy).equals(readFileSync(path.join(seedsDir, name))), `${name} differs from the seed`).toBe(true);
    }
  });

  it('index.json records each document’s hash and length as served', () => {
    for (const document of index.documents) {
      const bytes = readFileSync(path.join(dataDir, 'sources', `${document.id}.txt`));
      expect(document.sha256).toBe(sha256(bytes));
      expect(document.length).toBe(bytes.toString('utf8').length);
    }
  });
});

describe('provenance of every observation', () => {
  it('covers all curated documents except the task plan', () => {
    const sources = new Set(observations.map((o) => o.provenance.sourceId));
    expect([...sources].sort()).toEqual([
      '000_95bac47a01022ce6',
      '001_3f0a2276b96b94a9',
      '003_46cc8aeac5ceb1f9',
      '004_a24638c85b82cf1e',
    ]);
  });

  it('slices each source text to exactly the quote', () => {
    const mismatches = observations
      .map((o) => provenanceMismatch(sourceText(o.provenance.sourceId), o.provenance))
      .filter((m): m is string => m !== null);
    expect(mismatches).toEqual([]);
  });

  it('quotes contain the number as written, which reads as the recorded value and qualifier', () => {
    const indicators = new Map(index.indicators.map((i) => [i.id, i]));
    for (const o of observations) {
      expect(o.provenance.quote, o.id).toContain(o.valueAsWritten);
      const parsed = parseNumberAsWritten(o.valueAsWritten);
      expect(parsed, o.id).not.toBeNull();
      const unit = indicators.get(o.indicatorId)!.unit;
      const scale = o.relative ? 1 : unit === '万元' ? 1e4 : unit === '亿元' ? 1e8 : 1;
      expect(parsed!.value, o.id).toBeCloseTo(o.value * scale, 6);
      if (o.qualifierAsWritten === null) {
        expect(parsed!.qualifier, o.id).toBe(o.qualifier);
      } else {
        expect(o.provenance.quote, o.id).toContain(o.qualifierAsWritten);
        expect(qualifierOfWord(o.qualifierAsWritten), o.id).toBe(o.qualifier);
      }
    }
  });

  it('names its span in its id, once: the id an explorer link or briefing carries finds the same quote', () => {
    const ids = observations.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const o of observations) {
      expect(o.id).toBe(`${o.provenance.sourceId}:${o.provenance.start}-${o.provenance.end}:${o.indicatorId}`);
    }
  });

  it('relative values: the base as written is in the quote', () => {
    const relatives = observations.filter((o) => o.relative !== null);
    expect(relatives.length).toBeGreaterThan(0);
    for (const o of relatives) expect(o.provenance.quote, o.id).toContain(o.relative!.baseAsWritten);
  });

  it('never crosses a sentence end, and points into a document of the same jurisdiction', () => {
    const documents = new Map(index.documents.map((d) => [d.id, d]));
    for (const o of observations) {
      expect(o.provenance.quote, o.id).not.toMatch(/。./);
      const document = documents.get(o.provenance.sourceId);
      expect(document, o.id).toBeDefined();
      expect(o.jurisdictionCode.startsWith(document!.jurisdictionCode.slice(0, 4)), o.id).toBe(true);
    }
  });

  it('summaries in index.json match the indicator files', () => {
    for (const file of indicatorFiles) {
      const summary = index.summaries.find((s) => s.indicatorId === file.indicatorId);
      expect(summary?.observationCount).toBe(file.observations.length);
    }
    expect(index.summaries).toHaveLength(indicatorFiles.length);
  });
});

describe('the facts the reader and the quality page read (source-facts/<id>.json)', () => {
  it('has a file for every document, named for it', () => {
    expect(sourceFactsFiles.map((f) => f.name).sort()).toEqual(index.documents.map((d) => `${d.id}.json`).sort());
    for (const { name, file } of sourceFactsFiles) expect(`${file.sourceId}.json`).toBe(name);
  });

  it('slices each source text to exactly the quote', () => {
    const mismatches = sourceFactsFiles
      .flatMap(({ file }) => file.observations.map((o) => provenanceMismatch(sourceText(file.sourceId), o.provenance)))
      .filter((m): m is string => m !== null);
    expect(mismatches).toEqual([]);
  });

  it('holds exactly the indicator files’ observations of its document, field for field, in text order', () => {
    for (const { file } of sourceFactsFiles) {
      const expected = observations.filter((o) => o.provenance.sourceId === file.sourceId);
      const byId = new Map(file.observations.map((o) => [o.id, o]));
      expect(file.observations, file.sourceId).toHaveLength(expected.length);
      for (const o of expected) expect(byId.get(o.id), o.id).toEqual(o);
      const starts = file.observations.map((o) => o.provenance.start);
      expect(starts, file.sourceId).toEqual([...starts].sort((a, b) => a - b));
    }
  });
});

describe('known traps are kept as written', () => {
  const find = (predicate: (quote: string) => boolean) => observations.filter((o) => predicate(o.provenance.quote));

  it('260多件 is a lower bound, not an exact count', () => {
    const [o] = find((q) => q.includes('260多件'));
    expect(o).toMatchObject({ value: 260, qualifier: 'atLeast' });
  });

  it('“接近2017年的2倍” is an approximate multiple of 2017, not a count', () => {
    const [o] = find((q) => q.includes('接近2017年的2倍')).filter((x) => x.relative);
    expect(o).toMatchObject({ value: 2, qualifier: 'approx', qualifierAsWritten: '接近', relative: { kind: 'multiple', baseYear: 2017 } });
  });

  it('3万余条 is at least 30000', () => {
    const [o] = find((q) => q.includes('3万余条'));
    expect(o).toMatchObject({ value: 30000, qualifier: 'atLeast' });
  });

  it('the 1-10月 hotline figures are a partial period, not the full year', () => {
    const [o] = find((q) => q.includes('12905'));
    expect(o?.period).toMatchObject({ kind: 'span', startMonth: 1, endMonth: 10 });
  });

  it('同比增长10.6% is a relative value, not a level', () => {
    const [o] = find((q) => q.includes('10.6%'));
    expect(o?.relative?.kind).toBe('percentChange');
  });

  it('可网办率 98.36% is kept although 1895 of 2018 is 93.9%', () => {
    const [o] = find((q) => q.includes('98.36%'));
    expect(o?.value).toBe(98.36);
  });

  it('行政强制案 is recorded twice, 36 and 1299, as the text has it', () => {
    const values = find((q) => q.includes('行政强制案')).map((o) => o.value).sort((a, b) => a - b);
    expect(values).toEqual([36, 1299]);
  });
});
