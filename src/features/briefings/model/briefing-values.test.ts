import { describe, expect, it } from 'vitest';
import { asItem, barChartDraft, tableDraft } from '../../../../test/fixtures/briefing-data';
import { itemValues, noteLetter } from './briefing-values';

describe('itemValues', () => {
  const table = asItem(tableDraft('disclosure.information-requests'), 't');

  it('keeps relative values apart from levels', () => {
    const values = itemValues(table);
    expect(values.levels.map((o) => o.valueAsWritten)).toEqual(['260多', '38']);
    expect(values.relatives.map((o) => o.valueAsWritten)).toEqual(['2倍']);
  });

  it('letters every value with a note, in the order shown, and lists the qualifiers used', () => {
    const values = itemValues(table);
    expect(values.notes.map((n) => [n.mark, n.observation.valueAsWritten])).toEqual([
      ['a', '260多'],
      ['b', '38'],
      ['c', '2倍'],
    ]);
    expect(values.noteMark(values.relatives[0]!.id)).toBe('c');
    expect(values.qualifiers).toEqual(['approx', 'atLeast']);
  });

  it('marks the levels of a jurisdiction-year whose source gives two different figures, and only those', () => {
    const item = asItem(barChartDraft('hotline.work-orders', 2021), 'c');
    expect(itemValues(item).conflicting.size).toBe(0);
    const first = item.observations[0]!;
    const twice = { ...item, observations: [...item.observations, { ...first, id: `${first.id}-again`, value: first.value + 1 }] };
    expect([...itemValues(twice).conflicting].sort()).toEqual([first.id, `${first.id}-again`].sort());
    const repeated = { ...item, observations: [...item.observations, { ...first, id: `${first.id}-same` }] };
    expect(itemValues(repeated).conflicting.size).toBe(0);
  });

  it('does not call a full year and part of the same year a contradiction, nor figures of two scopes', () => {
    const item = asItem(barChartDraft('hotline.work-orders', 2021), 'c');
    const first = item.observations[0]!;
    const toNovember = { ...first, id: `${first.id}-nov`, value: first.value - 1, period: { kind: 'asOf' as const, date: '2021-11-30', asWritten: '截至11月底' } };
    const office = { ...first, id: `${first.id}-office`, value: first.value + 1, scope: { kind: 'issuingBody' as const, label: { zh: '市政府办公厅', en: 'General Office' } } };
    expect(itemValues({ ...item, observations: [...item.observations, toNovember, office] }).conflicting.size).toBe(0);
  });

  it('letters beyond z as aa, ab…', () => {
    expect([0, 25, 26, 27, 51, 52].map(noteLetter)).toEqual(['a', 'z', 'aa', 'ab', 'az', 'ba']);
  });
});
