import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { BriefingSchema } from './briefing';
import { DataIndexSchema } from './data-files';
import { PeriodSchema } from './observation';
import { SourceDocumentSchema } from './source-document';
import { issueMessage } from './zod-messages';

function messages(schema: z.ZodMiniType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
}

const document = {
  id: 'gaozhou-2021',
  title: { zh: '报告', en: 'Report' },
  issuingBody: { zh: '高州市人民政府', en: 'Gaozhou' },
  jurisdictionCode: '440981',
  yearCovered: 2021,
  publishedOn: '2022-01-15',
  kind: 'ruleOfLawReport',
  sha256: 'f'.repeat(64),
  length: 10,
};

describe('zod/mini issue messages', () => {
  it('names the expected type and what was found', () => {
    expect(messages(DataIndexSchema, null)).toEqual(['(root): expected object, received null']);
    expect(messages(SourceDocumentSchema, { ...document, yearCovered: '2021' })).toEqual(['yearCovered: expected number, received string']);
    expect(messages(SourceDocumentSchema, { ...document, length: 1.5 })).toEqual(['length: expected integer, received 1.5']);
    expect(messages(SourceDocumentSchema, { ...document, title: { zh: '报告' } })).toEqual(['title.en: expected string, received undefined']);
    expect(messages(z.object({ v: z.number() }), { v: Number.POSITIVE_INFINITY })).toEqual(['v: expected number, received Infinity']);
    expect(messages(z.array(z.string()), {})).toEqual(['(root): expected array, received object']);
  });

  it('states bounds on numbers and lengths', () => {
    expect(messages(SourceDocumentSchema, { ...document, yearCovered: 1989 })).toEqual(['yearCovered: expected number ≥ 1990']);
    expect(messages(SourceDocumentSchema, { ...document, yearCovered: 2101 })).toEqual(['yearCovered: expected number ≤ 2100']);
    expect(messages(z.number().check(z.positive()), 0)).toEqual(['(root): expected number > 0']);
    expect(messages(z.string().check(z.minLength(1)), '')).toEqual(['(root): expected a string of at least 1 character']);
    expect(messages(z.string().check(z.maxLength(3)), 'abcd')).toEqual(['(root): expected a string of at most 3 characters']);
    expect(messages(z.array(z.number()).check(z.maxLength(2)), [1, 2, 3])).toEqual(['(root): expected an array of at most 2 items']);
    expect(messages(z.string().check(z.length(2)), 'abc')).toEqual(['(root): expected a string of exactly 2 characters']);
  });

  it('lists the allowed values of literals, enums and discriminators', () => {
    expect(messages(DataIndexSchema, { schemaVersion: 1 })[0]).toBe('schemaVersion: expected 2');
    expect(messages(SourceDocumentSchema, { ...document, kind: 'memo' })).toEqual([
      'kind: expected one of "ruleOfLawReport", "disclosurePlan", "disclosureAnnualReport", "hotlineBulletin", "other"',
    ]);
    expect(messages(PeriodSchema, { kind: 'quarter', asWritten: 'Q1' })).toEqual(['kind: expected one of "fullYear", "span", "asOf"']);
  });

  it('names string formats and patterns', () => {
    expect(messages(SourceDocumentSchema, { ...document, id: 'a b' })).toEqual(['id: expected a string matching /^[A-Za-z0-9_-]+$/']);
    expect(messages(z.iso.datetime(), 'yesterday')).toEqual(['(root): expected an ISO 8601 date-time']);
    expect(messages(z.string().check(z.startsWith('imported-')), 'x')).toEqual(['(root): expected a string starting with "imported-"']);
    expect(messages(z.strictObject({ a: z.number() }), { a: 1, b: 2, c: 3 })).toEqual(['(root): unexpected keys "b", "c"']);
  });

  it('keeps the messages the schemas pass themselves', () => {
    expect(messages(SourceDocumentSchema, { ...document, publishedOn: '2022-1-15', jurisdictionCode: '4409' })).toEqual([
      'jurisdictionCode: expected a 6-digit GB/T 2260 code or a 9-digit township code',
      'publishedOn: expected an ISO date YYYY-MM-DD',
    ]);
    const briefing = { id: 'b', title: '   ', date: '2024-05-02', author: '', items: [], createdAt: '2024-05-01T08:00:00Z', updatedAt: '2024-05-01T08:00:00Z' };
    expect(messages(BriefingSchema, briefing)).toEqual(['title: a briefing needs a title']);
    const period = { kind: 'span', startMonth: 10, endMonth: 1, asWritten: '10-1月' };
    expect(messages(PeriodSchema, period)).toEqual(['endMonth: startMonth after endMonth']);
    expect(messages(z.custom<string[]>((v) => Array.isArray(v), 'expected an array of strings'), 1)).toEqual(['(root): expected an array of strings']);
  });

  it('phrases an issue from its code and parameters alone', () => {
    expect(issueMessage({ code: 'too_small', origin: 'number', minimum: 0, inclusive: false, input: 0, path: [] })).toBe('expected number > 0');
    expect(issueMessage({ code: 'too_big', origin: 'set', maximum: 1, inclusive: true, input: new Set([1, 2]), path: [] })).toBe('expected a set of at most 1 item');
    expect(issueMessage({ code: 'not_multiple_of', divisor: 5, input: 3, path: [] })).toBe('expected a multiple of 5');
    expect(issueMessage({ code: 'custom', input: 1, path: [] })).toBe('invalid value');
  });
});
