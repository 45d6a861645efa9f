/**
 * Builds public/data from the curated inputs in data/:
 *   public/data/index.json               jurisdictions, documents, indicator catalog, summaries (docs/data-format.md)
 *   public/data/indicators/<id>.json     one indicator's observations
 *   public/data/source-facts/<id>.json   one document's observations, in text order (the reader's highlights)
 * Offsets are derived from each fact's quote, never typed by hand.
 *
 *   npm run data:build          write the files
 *   npm run data:check          fail if the files on disk differ from what the inputs give
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { documents } from '../data/catalog/documents';
import { indicators } from '../data/catalog/indicators';
import { jurisdictions } from '../data/catalog/jurisdictions';
import { CURATED_DATASET_DATE, curatedDocuments } from '../data/curated/all-documents';
import { sourceFactsFileName } from '../src/domain/data-file-names';
import { buildCuratedDataset } from './lib/curated-dataset';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, 'public', 'data');
const sourcesDir = path.join(dataDir, 'sources');

function readSources(): Map<string, { text: string; sha256: string }> {
  const sources = new Map<string, { text: string; sha256: string }>();
  for (const name of readdirSync(sourcesDir).filter((n) => n.endsWith('.txt'))) {
    const bytes = readFileSync(path.join(sourcesDir, name));
    sources.set(name.replace(/\.txt$/, ''), {
      text: bytes.toString('utf8'),
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  }
  return sources;
}

function main(): void {
  const check = process.argv.includes('--check');
  const result = buildCuratedDataset({
    sources: readSources(),
    jurisdictions,
    documents,
    indicators,
    curatedDocuments,
    generatedAt: CURATED_DATASET_DATE,
  });
  if (result.errors.length > 0 || result.indexFile === null) {
    console.error(`Curated data has ${result.errors.length} problem(s):`);
    for (const error of result.errors) console.error(`  - ${error}`);
    process.exit(1);
  }

  const files = new Map<string, string>();
  files.set('index.json', JSON.stringify(result.indexFile, null, 2) + '\n');
  for (const file of result.indicatorFiles) {
    files.set(`indicators/${file.indicatorId}.json`, JSON.stringify(file, null, 2) + '\n');
  }
  for (const file of result.sourceFactFiles) {
    files.set(sourceFactsFileName(file.sourceId), JSON.stringify(file, null, 2) + '\n');
  }

  const indicatorsDir = path.join(dataDir, 'indicators');
  const sourceFactsDir = path.join(dataDir, 'source-facts');
  const onDisk = [indicatorsDir, sourceFactsDir].flatMap((dir) =>
    existsSync(dir) ? readdirSync(dir).map((n) => `${path.basename(dir)}/${n}`) : [],
  );
  if (check) {
    const stale: string[] = [];
    for (const [name, content] of files) {
      const full = path.join(dataDir, name);
      if (!existsSync(full) || readFileSync(full, 'utf8') !== content) stale.push(name);
    }
    for (const name of onDisk) if (!files.has(name)) stale.push(`${name} (no longer produced)`);
    if (stale.length > 0) {
      console.error('public/data is out of date with data/; run `npm run data:build`. Differs:');
      for (const name of stale) console.error(`  - ${name}`);
      process.exit(1);
    }
    console.log(`public/data is up to date: ${files.size} files, ${result.observationCount} observations.`);
    return;
  }
  for (const dir of [indicatorsDir, sourceFactsDir]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  for (const [name, content] of files) writeFileSync(path.join(dataDir, name), content);
  console.log(`Wrote ${files.size} files, ${result.observationCount} observations, to public/data.`);
}

main();
