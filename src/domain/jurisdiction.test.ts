import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { isWellFormedJurisdiction, JurisdictionListSchema, JurisdictionSchema, matchesJurisdiction } from './jurisdiction';

const valid = [
  { code: '440000', name: { zh: '广东省', en: 'Guangdong' }, level: 'province', parentCode: null },
  { code: '440981', name: { zh: '高州市', en: 'Gaozhou' }, level: 'county', parentCode: '440900' },
  { code: '442000110', name: { zh: '横栏镇', en: 'Henglan' }, level: 'town', parentCode: '442000' },
];

/** Jurisdiction-like values: valid ones with one field changed, dropped, added or retyped. */
const candidate = fc
  .tuple(
    fc.constantFrom(...valid),
    fc.constantFrom('code', 'name', 'level', 'parentCode', 'extra', 'name.zh', 'name.en', 'name.extra', 'none'),
    fc.oneof(
      fc.constantFrom(undefined, null, '', '440000', '44', '440981', '442000110', '110000', '110101', 'province', 'county', 'town', 'prefecture', 'x', 1, [], {}),
      fc.record({ zh: fc.string(), en: fc.string() }),
      fc.string(),
    ),
  )
  .map(([base, field, value]) => {
    const copy: Record<string, unknown> = { ...base, name: { ...base.name } };
    if (field === 'none') return copy;
    const [outer, inner] = field.split('.');
    const target = inner === undefined ? copy : (copy.name as Record<string, unknown>);
    const key = inner ?? outer!;
    if (value === undefined) delete target[key];
    else target[key] = value;
    return copy;
  });

function outcome(schema: z.ZodMiniType, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? { data: result.data } : { issues: result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
}

describe('jurisdiction lists', () => {
  it('the fast check accepts only what JurisdictionSchema accepts, as it would return it', () => {
    fc.assert(
      fc.property(candidate, (value) => {
        if (!isWellFormedJurisdiction(value)) return;
        expect(outcome(JurisdictionSchema, value)).toEqual({ data: value });
      }),
      { numRuns: 2000 },
    );
    for (const j of valid) expect(isWellFormedJurisdiction(j)).toBe(true);
  });

  it('gives the same result, data and messages as z.array(JurisdictionSchema)', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 6 }), (list) => {
        expect(outcome(JurisdictionListSchema, list)).toEqual(outcome(z.array(JurisdictionSchema), list));
      }),
      { numRuns: 1000 },
    );
    expect(outcome(JurisdictionListSchema, { 0: valid[0] })).toEqual(outcome(z.array(JurisdictionSchema), { 0: valid[0] }));
  });
});

describe('matchesJurisdiction', () => {
  const gaozhou = { code: '440981', name: { zh: '高州市', en: 'Gaozhou' }, level: 'county' as const, parentCode: '440900' };

  it('finds a jurisdiction by either name, ignoring case and surrounding spaces', () => {
    expect(matchesJurisdiction(gaozhou, '高州')).toBe(true);
    expect(matchesJurisdiction(gaozhou, '  gaoZHOU ')).toBe(true);
    expect(matchesJurisdiction(gaozhou, '深圳')).toBe(false);
  });

  it('finds by code prefix, as codes nest, but not by digits inside a code', () => {
    expect(matchesJurisdiction(gaozhou, '4409')).toBe(true);
    expect(matchesJurisdiction(gaozhou, '440981')).toBe(true);
    expect(matchesJurisdiction(gaozhou, '0981')).toBe(false);
  });

  it('matches everything on an empty query', () => {
    expect(matchesJurisdiction(gaozhou, '   ')).toBe(true);
  });
});
