/**
 * npm run extract -- <file> [--json]
 *
 * Reads a report (UTF-8 with or without BOM, UTF-16 with BOM, or GB18030),
 * extracts its quantitative facts and the consistency checks on them, and
 * prints a table, or with --json only the JSON contract of docs/extraction.md.
 * Exit code 1 with a message on stderr when the file cannot be read or decoded.
 */
import { readFileSync, statSync } from 'node:fs';
import { indicators } from '../data/catalog/indicators';
import { decodeText, DecodeError } from '../src/domain/extraction/decode-text';
import { extractFacts } from '../src/domain/extraction/extract-facts';
import type { ExtractionResult } from '../src/domain/extraction/types';

const MAX_BYTES = 50 * 1024 * 1024;
const USAGE = 'usage: npm run extract -- <file> [--json]';

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(1);
}

function toJson(result: ExtractionResult): string {
  // Fixed key order: the contract other tools parse.
  return JSON.stringify({
    facts: result.facts.map((f) => ({
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier,
      period: f.period,
      relative: f.relative,
      label: f.label,
      indicatorId: f.indicatorId,
      quote: f.quote,
      start: f.start,
      end: f.end,
    })),
    checks: result.checks.map((c) => ({ kind: c.kind, verdict: c.verdict, expected: c.expected, stated: c.stated, facts: c.facts })),
  });
}

function pad(text: string, width: number): string {
  // CJK characters take two columns in a terminal.
  let columns = 0;
  for (const ch of text) columns += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return text + ' '.repeat(Math.max(0, width - columns));
}

function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

function toTable(result: ExtractionResult, file: string, encoding: string): string {
  const lines = [`${file} (${encoding}): ${result.facts.length} facts, ${result.checks.length} checks`, ''];
  lines.push(`${pad('#', 4)}${pad('value', 14)}${pad('unit', 8)}${pad('qualifier', 10)}${pad('period', 20)}${pad('rel', 4)}${pad('label', 30)}${pad('indicator', 34)}quote`);
  result.facts.forEach((f, i) => {
    lines.push(
      pad(String(i), 4) +
        pad(String(f.value), 14) +
        pad(f.unit, 8) +
        pad(f.qualifier, 10) +
        pad(f.period ?? '-', 20) +
        pad(f.relative ? 'yes' : '', 4) +
        pad(truncate(f.label, 14), 30) +
        pad(f.indicatorId ?? '-', 34) +
        truncate(f.quote.replace(/\s+/g, ' '), 40),
    );
  });
  if (result.checks.length > 0) {
    lines.push('', 'checks:');
    for (const c of result.checks) {
      lines.push(`  ${pad(c.kind, 18)}${pad(c.verdict, 13)}stated ${c.stated ?? '-'}  expected ${c.expected ?? '-'}  facts ${c.facts.join(', ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function main(argv: string[]): void {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  const unknown = files.filter((a) => a.startsWith('--'));
  if (unknown.length > 0) fail(`unknown option ${unknown.join(' ')}\n${USAGE}`);
  if (files.length !== 1) fail(`expected one file\n${USAGE}`);
  const file = files[0] as string;

  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) fail(`${file} is not a file`);
    size = stat.size;
  } catch (error) {
    fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  if (size > MAX_BYTES) fail(`${file} is ${(size / 1024 / 1024).toFixed(1)} MB; files over 50 MB are refused`);

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    fail(`cannot read ${file}: ${(error as Error).message}`);
  }
  let decoded;
  try {
    decoded = decodeText(bytes);
  } catch (error) {
    if (error instanceof DecodeError) fail(`cannot decode ${file}: ${error.message}`);
    throw error;
  }
  const result = extractFacts(decoded.text, { indicators });
  process.stdout.write(json ? `${toJson(result)}\n` : toTable(result, file, decoded.encoding));
}

main(process.argv.slice(2));
