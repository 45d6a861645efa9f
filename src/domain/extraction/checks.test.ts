import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract-facts';
import type { ExtractionCheck } from './types';

function checks(text: string): ExtractionCheck[] {
  return extractFacts(text, { documentYear: 2021 }).checks;
}

describe('parts against total', () => {
  it('finds the parts that add up to the total', () => {
    const text = '共收到工单12905宗,其中投诉类10602宗、求助类522宗、举报类163宗、咨询类1421宗、建议类177宗、表扬类20宗。';
    expect(checks(text)).toEqual([{ kind: 'partsTotal', verdict: 'consistent', expected: 12905, stated: 12905, facts: [0, 1, 2, 3, 4, 5, 6] }]);
  });

  it('accepts a sub-part listed after the parts that sum to the total', () => {
    const text = '收到行政复议申请82件,其中受理72件,不予受理10件,公开开庭审理的案件13件。';
    expect(checks(text)).toEqual([{ kind: 'partsTotal', verdict: 'consistent', expected: 82, stated: 82, facts: [0, 1, 2] }]);
  });

  it('flags parts that exceed the total', () => {
    const text = '共受理案件100件,其中行政处罚60件,行政强制50件。';
    expect(checks(text)).toEqual([{ kind: 'partsTotal', verdict: 'inconsistent', expected: 110, stated: 100, facts: [0, 1, 2] }]);
  });

  it('says nothing when the parts may simply be incomplete', () => {
    expect(checks('共受理案件100件,其中行政处罚60件,行政强制30件。')).toEqual([]);
  });
});

describe('a total stated after its parts (合计)', () => {
  it('finds the parts before 合计 that add up to it', () => {
    const text = '全年办理人大代表建议35件、政协提案40件，合计75件。';
    expect(checks(text)).toEqual([{ kind: 'partsTotal', verdict: 'consistent', expected: 75, stated: 75, facts: [0, 1, 2] }]);
  });

  it('takes only the nearest parts that make the total, not an earlier figure of the sentence', () => {
    const text = '受理申请120件，办结行政处罚类60件、行政许可类50件，共计110件。';
    expect(checks(text)).toEqual([{ kind: 'partsTotal', verdict: 'consistent', expected: 110, stated: 110, facts: [1, 2, 3] }]);
  });

  it('after 其中, the 合计 sums the parts, and is not taken for one more part of the first total', () => {
    // Before, "合计110件" counted as a third part of the 120: 60 + 50 + 110 > 120 read as a contradiction.
    const text = '受理申请120件，其中行政处罚类60件、行政许可类50件，合计110件。';
    expect(checks(text)).toEqual([{ kind: 'partsTotal', verdict: 'consistent', expected: 110, stated: 110, facts: [1, 2, 3] }]);
  });

  it('flags parts that exceed the total stated after them', () => {
    const text = '收到投诉类工单300件、咨询类工单250件，总计500件。';
    expect(checks(text)).toEqual([{ kind: 'partsTotal', verdict: 'inconsistent', expected: 550, stated: 500, facts: [0, 1, 2] }]);
  });

  it('says nothing when the parts fall short (the list may be incomplete) or are not plain counts', () => {
    expect(checks('收到投诉类工单300件、咨询类工单150件，总计500件。')).toEqual([]);
    expect(checks('收到投诉类工单约300件、咨询类工单250件，总计500件。')).toEqual([]);
    expect(checks('收到投诉类工单300件，总计500件。')).toEqual([]);
  });
});

describe('rates', () => {
  it('checks a rate against numerator and denominator within 0.05 points', () => {
    const text = '依申请事项2018项,其中即办件1633项,即办率80.92%,事项可网办数1895项,可网办率98.36%。';
    expect(checks(text)).toEqual([
      { kind: 'rate', verdict: 'consistent', expected: 80.92, stated: 80.92, facts: [0, 1, 2] },
      { kind: 'rate', verdict: 'inconsistent', expected: 93.9, stated: 98.36, facts: [0, 3, 4] },
    ]);
  });

  it('finds the denominator in an earlier sentence of the paragraph', () => {
    const text = '收到申请82件,其中受理72件,不予受理10件。经审查已办结54件,审结率75%。';
    expect(checks(text).filter((c) => c.kind === 'rate')).toEqual([
      { kind: 'rate', verdict: 'consistent', expected: 75, stated: 75, facts: [1, 3, 4] },
    ]);
  });

  it('does not check a rate against counts of something else', () => {
    expect(checks('我市28个镇(街道)和26个政府部门法律顾问覆盖率100%。')).toEqual([]);
    expect(checks('执法人员账号开通人数2758人,监管事项覆盖率达75.25%。')).toEqual([]);
  });
});

describe('duplicate categories', () => {
  it('flags a category repeated within one enumeration', () => {
    const text = '公示行政检查案1337宗,行政处罚案800宗,行政强制案36宗,行政许可案1848宗,行政强制案1299宗。';
    expect(checks(text)).toEqual([{ kind: 'duplicateCategory', verdict: 'inconsistent', expected: null, stated: null, facts: [2, 4] }]);
  });

  it('does not flag the same category in different sentences or periods', () => {
    expect(checks('行政强制案36宗。行政强制案40宗。')).toEqual([]);
    expect(checks('上半年行政强制案36宗,下半年行政强制案40宗。')).toEqual([]);
  });
});

describe('依申请公开 balance', () => {
  it('checks 新收 + 上年结转 = 办理结果总计 + 结转下年度', () => {
    const ok = '本年新收政府信息公开申请49件,上年结转2件;办理结果总计48件;结转下年度继续办理3件。';
    const bad = '本年新收政府信息公开申请136件,上年结转4件;办理结果总计131件;结转下年度继续办理7件。';
    expect(checks(ok)).toEqual([{ kind: 'disclosureBalance', verdict: 'consistent', expected: 48, stated: 48, facts: [0, 1, 2, 3] }]);
    expect(checks(bad)).toEqual([{ kind: 'disclosureBalance', verdict: 'inconsistent', expected: 133, stated: 131, facts: [0, 1, 2, 3] }]);
  });
});
