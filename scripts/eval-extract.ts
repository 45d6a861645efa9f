/**
 * npm run eval:extract [-- --verbose] [-- --cli <dir>]
 *
 * Scores the extraction engine on the labelled excerpts in
 * test/fixtures/extraction/*.json: precision, recall and F1 on (value, unit)
 * pairs per excerpt and overall, qualifier/relative agreement, and the
 * accuracy of check verdicts. Exits 1 when overall F1 < 0.95. Then scores
 * the indicator links on the source documents against data/curated (the
 * engine run with the catalog): precision of the links it makes, recall of
 * the curated observations; reported, not a pass mark.
 *
 * --cli <dir> scores a held-out directory instead: every <name>.txt with a
 * <name>.json gold file ({"facts":[…],"checks":[…]}, same shape as the
 * fixtures without "text") is run through `scripts/extract.ts --json` as a
 * child process, so the CLI contract itself is what gets measured.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod/mini';
import { indicators } from '../data/catalog/indicators';
import { overallScore, scoreExcerpt, scoreLinks, type ExcerptScore, type GoldExcerpt, type LinkScore } from '../src/domain/extraction/evaluate';
import { extractFacts } from '../src/domain/extraction/extract-facts';
import type { ExtractionResult } from '../src/domain/extraction/types';
import '../src/domain/zod-messages';
import { curatedLinkGold } from './lib/curated-links';

const F1_THRESHOLD = 0.95;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURE_DIR = join(root, 'test/fixtures/extraction');

const GoldFactSchema = z.object({
  value: z.number(),
  unit: z.string().check(z.minLength(1)),
  qualifier: z.optional(z.enum(['exact', 'approx', 'atLeast', 'atMost'])),
  relative: z.optional(z.boolean()),
  period: z.optional(z.nullable(z.string())),
});
const GoldCheckSchema = z.object({
  kind: z.enum(['partsTotal', 'rate', 'duplicateCategory', 'disclosureBalance']),
  verdict: z.enum(['consistent', 'inconsistent']),
  stated: z.nullable(z.number()),
});
const GoldSchema = z.object({ facts: z.array(GoldFactSchema), checks: z._default(z.array(GoldCheckSchema), []) });
const ExcerptSchema = z.extend(GoldSchema, { id: z.string().check(z.minLength(1)), source: z.optional(z.string()), text: z.string() });

function loadFixtures(dir = FIXTURE_DIR): GoldExcerpt[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ExcerptSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`.padStart(7);
}

function report(scores: ExcerptScore[], verbose: boolean): number {
  console.log(`${'excerpt'.padEnd(34)} facts  pred  prec  recall     F1  attrs  checks`);
  for (const s of scores) {
    console.log(
      `${s.id.padEnd(34)}${String(s.gold).padStart(6)}${String(s.predicted).padStart(6)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}  ${s.attributesCorrect}/${s.attributesCompared}`.padEnd(80) +
        `  ${s.checksCorrect}/${s.checksTotal}`,
    );
    if (verbose || s.f1 < 1 || s.checksCorrect < s.checksTotal || s.attributesCorrect < s.attributesCompared) {
      for (const m of s.missed) console.log(`    missed   ${m.value} ${m.unit}`);
      for (const p of s.spurious) console.log(`    spurious ${p.value} ${p.unit}  «${p.quote}»`);
      for (const e of s.checkErrors) console.log(`    check    ${e}`);
    }
  }
  const overall = overallScore(scores);
  console.log('');
  console.log(`overall (micro) precision ${pct(overall.precision)}  recall ${pct(overall.recall)}  F1 ${pct(overall.f1)}`);
  console.log(`qualifier+relative+period agreement on matched facts ${pct(overall.attributeAccuracy)}`);
  console.log(`check-verdict accuracy ${pct(overall.checkAccuracy)}`);
  if (overall.f1 < F1_THRESHOLD) {
    console.error(`F1 ${overall.f1.toFixed(3)} is below ${F1_THRESHOLD}`);
    return 1;
  }
  return 0;
}

function reportLinks(verbose: boolean): void {
  const scores: Array<{ sourceId: string; score: LinkScore }> = curatedLinkGold().map((d) => ({
    sourceId: d.sourceId,
    score: scoreLinks(d.gold, extractFacts(d.text, { indicators }).facts),
  }));
  console.log('');
  console.log(`${'indicator links vs data/curated'.padEnd(34)}  gold linked found correct`);
  for (const { sourceId, score } of scores) {
    console.log(`${sourceId.padEnd(34)}${String(score.gold).padStart(6)}${String(score.linked).padStart(7)}${String(score.found).padStart(6)}${String(score.correct).padStart(8)}`);
    for (const w of score.wrong) console.log(`    wrong    ${w.indicatorId} ${w.value}  ${w.label}  «${w.quote}»`);
    if (verbose) for (const m of score.missed) console.log(`    unlinked ${m.indicatorId}  «${m.quote}»`);
  }
  const sum = (pick: (s: LinkScore) => number): number => scores.reduce((acc, s) => acc + pick(s.score), 0);
  const linked = sum((s) => s.linked);
  const gold = sum((s) => s.gold);
  console.log(
    `link precision ${pct(linked === 0 ? 1 : sum((s) => s.correct) / linked)} (${sum((s) => s.correct)}/${linked})  ` +
      `link recall ${pct(gold === 0 ? 1 : sum((s) => s.found) / gold)} (${sum((s) => s.found)}/${gold})`,
  );
}

function runCli(file: string): ExtractionResult {
  // Resolve tsx's own entry point: spawning `npx` per file would cost a second each.
  const require = createRequire(import.meta.url);
  const tsxCli = join(dirname(require.resolve('tsx/package.json')), 'dist/cli.mjs');
  const child = spawnSync(process.execPath, [tsxCli, join(root, 'scripts/extract.ts'), file, '--json'], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`extract failed on ${file}: ${child.stderr}`);
  return JSON.parse(child.stdout) as ExtractionResult;
}

function main(argv: string[]): number {
  const verbose = argv.includes('--verbose');
  const cliIndex = argv.indexOf('--cli');
  if (cliIndex >= 0) {
    const dir = argv[cliIndex + 1];
    if (dir === undefined || !existsSync(dir)) {
      console.error('usage: npm run eval:extract -- --cli <dir with name.txt and name.json>');
      return 1;
    }
    const scores: ExcerptScore[] = [];
    for (const txt of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const goldFile = join(dir, `${basename(txt, '.txt')}.json`);
      if (!existsSync(goldFile)) {
        console.error(`skipping ${txt}: no ${basename(goldFile)}`);
        continue;
      }
      const gold = GoldSchema.parse(JSON.parse(readFileSync(goldFile, 'utf8')));
      scores.push(scoreExcerpt(basename(txt, '.txt'), gold, runCli(join(dir, txt))));
    }
    if (scores.length === 0) {
      console.error(`no scored excerpts in ${dir}`);
      return 1;
    }
    return report(scores, verbose);
  }
  const scores = loadFixtures().map((e) => scoreExcerpt(e.id, e, extractFacts(e.text, { indicators })));
  const code = report(scores, verbose);
  reportLinks(verbose);
  return code;
}

process.exitCode = main(process.argv.slice(2));
