import { describe, expect, it } from 'vitest';
import { extractFacts } from './extract-facts';
import type { ExtractedFact } from './types';

function facts(text: string, documentYear: number | null = 2021): ExtractedFact[] {
  return extractFacts(text, { documentYear }).facts;
}

function pairs(text: string): Array<[number, string]> {
  return facts(text).map((f) => [f.value, f.unit]);
}

describe('numerals', () => {
  it('reads Arabic, full-width, separated and multiplied numbers', () => {
    expect(pairs('受理1633项')).toEqual([[1633, '项']]);
    expect(pairs('新增市场主体１，２３４户')).toEqual([[1234, '户']]);
    expect(pairs('作出处罚决定3,415宗')).toEqual([[3415, '宗']]);
    expect(pairs('受理工单12 450件')).toEqual([[12450, '件']]);
    expect(pairs('受理诉求3.5万件')).toEqual([[35000, '件']]);
    expect(pairs('查出问题金额1.2亿元')).toEqual([[120000000, '元']]);
    expect(pairs('查出违规资金5543万元')).toEqual([[55430000, '元']]);
    expect(pairs('办结率99.5%')).toEqual([[99.5, '%']]);
    expect(pairs('满意率９８．５％')).toEqual([[98.5, '%']]);
  });

  it('reads Chinese numerals', () => {
    expect(pairs('举办讲座十二场')).toEqual([[12, '场']]);
    expect(pairs('举办两次学法活动')).toEqual([[2, '次']]);
    expect(pairs('参训一千二百余人次')).toEqual([[1200, '人次']]);
    expect(pairs('发放资料三万余份')).toEqual([[30000, '份']]);
    expect(pairs('百分之九十五的事项')).toEqual([[95, '%']]);
  });

  it('does not read idioms built from numeral characters as counts', () => {
    expect(pairs('走进千家万户,实现一次性告知,推行一件事一次办')).toEqual([]);
    expect(pairs('十九届中央纪委五次全会')).toEqual([]);
    expect(pairs('优化疫情防控二十条、防疫新十条等政策')).toEqual([]);
    expect(pairs('通过二次解读回应关切,三部门联合发文')).toEqual([]);
  });
});

describe('units', () => {
  it('keeps multi-character units whole', () => {
    expect(pairs('培训520人次')).toEqual([[520, '人次']]);
    expect(pairs('办理省长留言44批次')).toEqual([[44, '批次']]);
    expect(pairs('提高3个百分点')).toEqual([[3, '个百分点']]);
    expect(pairs('3个工作日内完成')).toEqual([[3, '工作日']]);
  });
});

describe('qualifiers', () => {
  it.each([
    ['全年共办理260多件申请', 260, 'atLeast'],
    ['发送信息3万余条', 30000, 'atLeast'],
    ['核查线索超23485条', 23485, 'atLeast'],
    ['举办一期以上培训班', 1, 'atLeast'],
    ['约1358件建议提案', 1358, 'approx'],
    ['接待咨询近两千人次', 2000, 'approx'],
    ['受理300件左右', 300, 'approx'],
    ['不到50件', 50, 'atMost'],
    ['审核时间不超过5个工作日', 5, 'atMost'],
    ['受理1633项', 1633, 'exact'],
  ] as const)('%s', (text, value, qualifier) => {
    const [fact] = facts(text);
    expect(fact?.value).toBe(value);
    expect(fact?.qualifier).toBe(qualifier);
  });
});

describe('periods', () => {
  it.each([
    ['2021年1-10月,共收到工单12905宗', '2021-01..2021-10'],
    ['今年1月至10月,发布信息6656条', '2021-01..2021-10'],
    ['前三季度审批通过5445件', '2021-01..2021-09'],
    ['2023年上半年,受理诉求48.6万件', '2023-01..2023-06'],
    ['一季度受理12450件', '2021-01..2021-03'],
    ['截至10月底,市场主体60589户', 'asOf 2021-10-31'],
    ['截至11月8日,新证申领330个', 'asOf 2021-11-08'],
    ['截至11日8日,公示行政检查案1337宗', 'asOf 2021-11-08'],
    ['截至2023年3月底,已整改21.4亿元', 'asOf 2023-03-31'],
    ['截至目前,依申请事项2018项', 'asOf now'],
    ['2018年,梳理意见建议1266条', '2018'],
    ['全年共办理260多件申请', '2021'],
  ])('%s → %s', (text, period) => {
    expect(facts(text)[0]?.period).toBe(period);
  });

  it('does not take the base year of a comparison as the period', () => {
    const [, multiple] = facts('全年办理260多件,接近2017年的2倍');
    expect(multiple?.period).toBe('2021');
  });

  it('does not carry a period into the next paragraph', () => {
    expect(facts('截至11月9日,收到申请82件。\n备案单位56个')[1]?.period).toBeNull();
  });

  it('writes an unknown document year as ????', () => {
    expect(facts('1-9月,作出处罚决定3415宗', null)[0]?.period).toBe('????-01..????-09');
  });
});

describe('relative values', () => {
  it.each([
    ['市场主体60589户,较2020年同期增长10.6%', [false, true]],
    ['办结率提高3个百分点,达到99.6%', [true, false]],
    ['罚没款2876.5万元,是2021年同期的1.4倍', [false, true]],
    ['持证人员1102人,比去年底多58人', [false, true]],
    ['权重由3%提高至5%', [true, true]],
    ['新收案件同比下降5.6%', [true]],
  ] as const)('%s', (text, relative) => {
    expect(facts(text).map((f) => f.relative)).toEqual(relative);
  });

  it('carries the qualifier written before the base of a multiple', () => {
    const [fact] = facts('接近2017年的2倍');
    expect(fact).toMatchObject({ value: 2, unit: '倍', qualifier: 'approx', relative: true });
  });
});

describe('non-facts', () => {
  it.each([
    '2021年2月26日挂牌成立,3月1日正式开始业务运转',
    '发布日期:2022-03-01',
    '(高府办函〔2021〕31号)、(中府规字〔2021〕2号)',
    '根据《条例》第十条、第五十条规定',
    '一是加强统筹。二是优化服务。1.规章。(三)公开情况',
    '联系方式:0668-6666810',
    '粤公网安备 44098102441048号 粤ICP备16116520号 网站标识码:4409810016',
    '将部门热线整合到“12345”政府服务热线',
    '依托5G智慧灯杆宣传,保障“0408”“0427”等突发疫情处置',
    '“十四五”规划,党的二十大精神,第二批示范村',
  ])('%s', (text) => {
    expect(facts(text)).toEqual([]);
  });

  it('produces nothing for a blank template', () => {
    const template = '本年度共主动公开政府信息____条,其中政策解读____篇。\n受理依申请公开____件,按时答复率____%。\n12345热线接通率、办结率、满意率分别为___、___、___。';
    expect(facts(template)).toEqual([]);
  });
});

describe('quotes and labels', () => {
  it('quotes the clause containing the number, with exact offsets', () => {
    const text = '2021年1-10月,高州市共收到12345政府服务热线工单12905宗,其中投诉类10602宗、求助类522宗。';
    const result = facts(text);
    for (const f of result) expect(text.slice(f.start, f.end)).toBe(f.quote);
    expect(result.map((f) => f.quote)).toEqual(['高州市共收到12345政府服务热线工单12905宗', '其中投诉类10602宗', '求助类522宗']);
    expect(result.map((f) => f.label)).toEqual(['12345政府服务热线工单', '投诉类', '求助类']);
  });

  it('reads the noun after the number when the clause has none before it', () => {
    expect(facts('全市共37家定点医疗机构')[0]?.label).toBe('定点医疗机构');
  });

  it('links to a catalog indicator only with enough evidence', () => {
    const indicators = [
      { id: 'hotline.work-orders', name: { zh: '12345热线工单量' }, unit: '宗', kind: 'count' },
      { id: 'hotline.work-orders-complaints', name: { zh: '12345热线投诉类工单' }, unit: '宗', kind: 'count' },
    ];
    const text = '共收到12345政府服务热线工单12905宗,其中投诉类10602宗。全市投诉类案件300宗。';
    const ids = extractFacts(text, { indicators }).facts.map((f) => f.indicatorId);
    expect(ids).toEqual(['hotline.work-orders', 'hotline.work-orders-complaints', null]);
  });
});

describe('template rows', () => {
  it('reads 依申请公开 table rows, taking the last column as the total', () => {
    const text = '本年新收政府信息公开申请数量\t45\t3\t1\t49\n(七)总计 | 48\n';
    expect(pairs(text)).toEqual([
      [49, '件'],
      [48, '件'],
    ]);
  });
});
