// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indicators } from '../../data/catalog/indicators';
import { curatedLinkGold } from '../../scripts/lib/curated-links';
import { scoreLinks } from '../../src/domain/extraction/evaluate';
import { extractFacts } from '../../src/domain/extraction/extract-facts';
import type { ExtractedFact } from '../../src/domain/extraction/types';

/** Links made with the real catalog. */
function linked(text: string): Array<Pick<ExtractedFact, 'value' | 'unit' | 'indicatorId'>> {
  return extractFacts(text, { indicators, documentYear: 2021 }).facts.map(({ value, unit, indicatorId }) => ({ value, unit, indicatorId }));
}

function seedParagraph(file: string, containing: string): string {
  const text = readFileSync(join(__dirname, '../../public/data/sources', file), 'utf8');
  const paragraph = text.split('\n').find((line) => line.includes(containing));
  if (paragraph === undefined) throw new Error(`no paragraph with ${containing}`);
  return paragraph;
}

describe('依申请公开 requests', () => {
  it('links the seed\'s count of requests, with the rest of its paragraph around it (001)', () => {
    // The same paragraph has 门户网站发布信息6656条: the label cut to "政府信息" tied with items published.
    const paragraph = seedParagraph('001_3f0a2276b96b94a9.txt', '全市共受理依申请公开政府信息38份');
    const facts = extractFacts(paragraph, { indicators }).facts;
    const requests = facts.find((f) => f.quote === '全市共受理依申请公开政府信息38份');
    expect(requests).toMatchObject({ value: 38, unit: '份', label: '依申请公开政府信息', indicatorId: 'disclosure.information-requests' });
  });

  it('reads a count of zero as the value 0 and links it', () => {
    // Not in the seed texts: the sentence a 政府信息公开 report writes when no request came in.
    expect(linked('2021年,全市依申请公开政府信息申请数为0件。')).toEqual([{ value: 0, unit: '件', indicatorId: 'disclosure.information-requests' }]);
    // Without 政府信息: 依申请公开 already says which requests.
    expect(linked('2021年依申请公开申请数为0件。')).toEqual([{ value: 0, unit: '件', indicatorId: 'disclosure.information-requests' }]);
    expect(linked('全年共收到政府信息公开申请0件。')).toEqual([{ value: 0, unit: '件', indicatorId: 'disclosure.information-requests' }]);
  });

  it('does not link what only looks like it', () => {
    // A bare 申请数 does not say whose requests, even after 依申请公开 in an earlier clause.
    expect(linked('依申请公开方面,本年度收到申请数为0件。')).toEqual([{ value: 0, unit: '件', indicatorId: null }]);
    // Carried over from last year is not received this year.
    expect(linked('上年结转政府信息公开申请数量 | 2\n')[0]?.indicatorId).toBeNull();
    // Reviews of the disclosure body are not administrative review applications in general.
    expect(linked('因政府信息公开被申请行政复议2件。')[0]?.indicatorId).toBeNull();
    expect(linked('今年受理行政复议申请数为0件。')).toEqual([{ value: 0, unit: '件', indicatorId: 'admin-review.applications' }]);
  });
});

describe('names missing a part in the text', () => {
  it('may miss a qualifier, never the 市/省/区 that says whose figure it is', () => {
    // The catalog counts 市直部门; a district's departments are another figure.
    expect(linked('在区政府门户网站发布主动公开目录清单的区直部门28个')[0]?.indicatorId).toBeNull();
  });
});

describe('satisfaction rates', () => {
  it('links the seed\'s 12345 satisfaction rate (001)', () => {
    const paragraph = seedParagraph('001_3f0a2276b96b94a9.txt', '群众对工单处理的满意度为88.93%');
    const rate = extractFacts(paragraph, { indicators }).facts.find((f) => f.value === 88.93);
    expect(rate?.indicatorId).toBe('hotline.satisfaction-rate');
  });

  it('links 群众满意度 to the hotline when the paragraph names the 12345 hotline, though not 工单处理', () => {
    expect(linked('2021年,12345热线共受理工单8.2万件,办结率99.1%,群众满意度96.2%。')).toEqual([
      { value: 82000, unit: '件', indicatorId: 'hotline.work-orders' },
      { value: 99.1, unit: '%', indicatorId: 'hotline.resolution-rate' },
      { value: 96.2, unit: '%', indicatorId: 'hotline.satisfaction-rate' },
    ]);
    expect(linked('12345热线群众满意度96.2%。')[0]?.indicatorId).toBe('hotline.satisfaction-rate');
  });

  it('leaves a satisfaction rate unlinked when the text does not say it is the 12345 hotline\'s', () => {
    // Whose satisfaction? Nothing says: no link rather than a guess.
    expect(linked('群众满意度96.2%。')).toEqual([{ value: 96.2, unit: '%', indicatorId: null }]);
    // Some other hotline.
    expect(linked('市民热线群众满意度96.2%。')[0]?.indicatorId).toBeNull();
    // 政务服务 names another subject, even next to a hotline sentence.
    expect(linked('12345热线受理工单8万件。政务服务满意度99%。')[1]?.indicatorId).toBeNull();
  });
});

describe('links on the seed documents against data/curated', () => {
  it('agree with the curated observations: precision ≥ 95 %, recall ≥ 50 %', () => {
    let linkedCount = 0;
    let correct = 0;
    let gold = 0;
    let found = 0;
    for (const doc of curatedLinkGold()) {
      const score = scoreLinks(doc.gold, extractFacts(doc.text, { indicators }).facts);
      linkedCount += score.linked;
      correct += score.correct;
      gold += score.gold;
      found += score.found;
    }
    expect(correct / linkedCount).toBeGreaterThanOrEqual(0.95);
    expect(found / gold).toBeGreaterThanOrEqual(0.5);
  });
});

describe('scoreLinks', () => {
  const fact = (value: number, start: number, end: number, indicatorId: string | null): ExtractedFact => ({
    value,
    unit: '件',
    qualifier: 'exact',
    period: null,
    relative: false,
    label: '',
    indicatorId,
    quote: '',
    start,
    end,
  });

  it('counts a link right only on the curated number, value and indicator', () => {
    const score = scoreLinks(
      [
        { indicatorId: 'a', value: 5, numberAt: 3, quote: 'x' },
        { indicatorId: 'b', value: 7, numberAt: 20, quote: 'y' },
      ],
      [fact(5, 0, 6, 'a'), fact(7, 18, 25, 'c'), fact(9, 30, 35, 'a'), fact(1, 40, 45, null)],
    );
    expect(score).toMatchObject({ gold: 2, linked: 3, found: 1, correct: 1 });
    expect(score.wrong.map((w) => w.value)).toEqual([7, 9]);
    expect(score.missed.map((m) => m.indicatorId)).toEqual(['b']);
  });
});
