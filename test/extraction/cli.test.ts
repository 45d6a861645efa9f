// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const require = createRequire(import.meta.url);
// Run tsx's entry directly: the same as `npx tsx`, without npx's start-up cost per spawn.
const tsxCli = join(dirname(require.resolve('tsx/package.json')), 'dist/cli.mjs');

function extract(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const child = spawnSync(process.execPath, [tsxCli, join(root, 'scripts/extract.ts'), ...args], { encoding: 'utf8', cwd: root });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

const SAMPLE = '2021年1-10月,共收到工单12905宗,其中投诉类10602宗,求助类2303宗,办结率99.5%。';
// The same text in GB18030, written byte by byte with iconv's help when available.
function gb18030Bytes(text: string): Buffer | null {
  const iconv = spawnSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: Buffer.from(text, 'utf8') });
  return iconv.status === 0 ? iconv.stdout : null;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run extract', () => {
  it('prints identical JSON for UTF-8, UTF-8 BOM, UTF-16 LE/BE BOM and GB18030', () => {
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]);
    const utf16be = Buffer.from(utf16le);
    utf16be.swap16();
    const files: Record<string, Buffer> = {
      'utf8.txt': Buffer.from(SAMPLE, 'utf8'),
      'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, 'utf8')]),
      'utf16le.txt': utf16le,
      'utf16be.txt': utf16be,
    };
    const gb = gb18030Bytes(SAMPLE);
    if (gb) files['gb18030.txt'] = gb;
    const outputs = Object.entries(files).map(([name, bytes]) => {
      writeFileSync(join(dir, name), bytes);
      const run = extract(join(dir, name), '--json');
      expect(run.status, run.stderr).toBe(0);
      return run.stdout;
    });
    const parsed = JSON.parse(outputs[0] as string) as { facts: Array<{ value: number; quote: string; start: number; end: number }>; checks: unknown[] };
    expect(parsed.facts.map((f) => f.value)).toEqual([12905, 10602, 2303, 99.5]);
    expect(parsed.checks).toHaveLength(1);
    for (const f of parsed.facts) expect(SAMPLE.slice(f.start, f.end)).toBe(f.quote);
    for (const out of outputs) expect(out).toBe(outputs[0]);
  });

  it('prints a readable table without --json', () => {
    writeFileSync(join(dir, 'table.txt'), SAMPLE);
    const run = extract(join(dir, 'table.txt'));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('12905');
    expect(run.stdout).toContain('partsTotal');
  });

  it('exits 1 with a message for a missing file', () => {
    const run = extract(join(dir, 'missing.txt'), '--json');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/cannot read .*missing\.txt: no such file/);
  });

  it('exits 1 with a message for undecodable bytes', () => {
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0xff, 0xff, 0x81, 0x30]));
    const run = extract(join(dir, 'bad.txt'), '--json');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/cannot decode/);
  });

  it('names a file of another format, refuses binary content that happens to decode, and passes a report with a stray control character', () => {
    // A PNG signature and header: valid bytes in GB18030, but an image, named as one.
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    writeFileSync(join(dir, 'image.txt'), png);
    const image = extract(join(dir, 'image.txt'), '--json');
    expect(image.status).toBe(1);
    expect(image.stdout).toBe('');
    expect(image.stderr).toMatch(/^extract: cannot decode .*image\.txt: the file is a PNG file, not plain text/);

    // The same bytes without their signature: binary content all the same.
    writeFileSync(join(dir, 'cut.txt'), png.subarray(8));
    const binary = extract(join(dir, 'cut.txt'), '--json');
    expect(binary.status).toBe(1);
    expect(binary.stdout).toBe('');
    expect(binary.stderr).toMatch(/^extract: .*including NUL.*binary content, not a report/);

    // One bell character, as text copied out of a Word table keeps, in a long report.
    writeFileSync(join(dir, 'bell.txt'), `${SAMPLE.repeat(3)}\u0007`, 'utf8');
    const report = extract(join(dir, 'bell.txt'), '--json');
    expect(report.status).toBe(0);
    expect(JSON.parse(report.stdout).facts.length).toBeGreaterThan(0);
  });
});
