import type { Period, Scope } from '../../src/domain/observation';
import { factWriter, type CuratedDocumentFacts } from '../curated-fact';

const SHENZHEN = '440300';

// Written after the year ended (published 2019-01-04): "全年", "2018年" and
// "今年" are full-year figures.
const WHOLE_YEAR: Period = { kind: 'fullYear', asWritten: '全年' };
const YEAR_2018: Period = { kind: 'fullYear', asWritten: '2018年' };
// Work the paragraph reports without a period of its own: the report's year, from its first sentence
// ("2018年,我厅…"). Not written as "2018年", which the paragraph does not say.
const REPORT_YEAR: Period = { kind: 'fullYear', asWritten: '(未注明时点;报告年度2018年,见首段)' };
const THIS_YEAR: Period = { kind: 'fullYear', asWritten: '今年' };
/** Settings and one-off actions stated with no date, in a report on 2018. */
const UNDATED: Period = { kind: 'asOf', date: null, asWritten: '(未注明时点)' };

const OFFICE: Scope = {
  kind: 'issuingBody',
  label: { zh: '市政府办公厅', en: 'Municipal Government General Office' },
};
const SUPERVISION_OFFICE: Scope = {
  kind: 'issuingBody',
  label: { zh: '市政府督查室(市政府办公厅)', en: 'Municipal Government Supervision Office (part of the General Office)' },
};
const GOVERNMENT_SYSTEM: Scope = {
  kind: 'jurisdiction',
  label: { zh: '市政府系统', en: 'municipal government system' },
};
const DEPARTMENTS: Scope = {
  kind: 'subset',
  label: { zh: '市政府各有关部门', en: 'municipal government departments concerned' },
};
const WHOLE_CITY: Scope = { kind: 'jurisdiction', label: { zh: '全市', en: 'whole city' } };

const fact = factWriter(SHENZHEN, 2018);

const WEIGHT_NOTE = {
  zh: '原文“由3%提高至5%、各区由3%提高至4%”:记录的是提高后的权重(水平值);此前两者均为3%,原文未说明3%适用的年度,故不单独记录,也不记录由此推算的变动幅度。',
  en: 'The text says the weight was raised “from 3% to 5%” (municipal departments) and “from 3% to 4%” (districts). The raised weight is recorded as a level; the earlier 3% applied to both, but the text does not say for which year, so it is not recorded separately, nor is a computed change.',
};

/** 市政府办公厅2018年法治政府建设重点工作落实情况 (深圳). */
export const shenzhenOffice2018: CuratedDocumentFacts = {
  sourceId: '003_46cc8aeac5ceb1f9',
  facts: [
    // (一) 政府信息公开
    fact('disclosure.information-requests', WHOLE_YEAR, OFFICE, 260, '260多', '全年共办理260多件政府信息公开申请', {
      qualifier: 'atLeast',
      note: {
        zh: '“260多件”是下限;原文为“办理”(办公厅办理的申请)。',
        en: '“260多” (260-odd) is a lower bound; written as requests “handled” (办理) by the general office.',
      },
    }),
    fact('disclosure.information-requests', WHOLE_YEAR, OFFICE, 2, '2倍', '全年共办理260多件政府信息公开申请,接近2017年的2倍', {
      qualifier: 'approx',
      qualifierAsWritten: '接近',
      relative: { kind: 'multiple', baseAsWritten: '2017年', baseYear: 2017 },
      note: {
        zh: '原文“接近2017年的2倍”:约为2017年的2倍(近似倍数,不是件数)。',
        en: 'The text says “接近2017年的2倍”: close to twice the 2017 number (an approximate multiple, not a count).',
      },
    }),
    fact(
      'disclosure.performance-weight',
      UNDATED,
      { kind: 'subset', label: { zh: '市直部门', en: 'municipal departments' } },
      5,
      '5%',
      '提升政务公开工作在绩效管理中的权重,市直部门由3%提高至5%',
      { note: WEIGHT_NOTE },
    ),
    fact(
      'disclosure.performance-weight',
      UNDATED,
      { kind: 'subset', label: { zh: '各区', en: 'districts' } },
      4,
      '4%',
      '提升政务公开工作在绩效管理中的权重,市直部门由3%提高至5%、各区由3%提高至4%',
      { note: WEIGHT_NOTE },
    ),

    // (二) 建议提案
    fact(
      'proposals.session-opinions-compiled',
      { kind: 'fullYear', asWritten: '2018年,市“两会”期间' },
      OFFICE,
      1266,
      '1266',
      '我厅共梳理人大代表和政协委员在分组讨论时对政府工作提出的意见建议1266条',
      {
        note: {
          zh: '市“两会”每年一次,期间梳理的数量即全年数。',
          en: 'The municipal People’s Congress and CPPCC sessions are held once a year, so the count for the sessions is the year’s count.',
        },
      },
    ),
    fact('proposals.npc-national-suggestions-handled', WHOLE_YEAR, GOVERNMENT_SYSTEM, 5, '5', '全年市政府系统共办理全国人大代表建议5件'),
    fact('proposals.cppcc-national-proposals-handled', WHOLE_YEAR, GOVERNMENT_SYSTEM, 9, '9', '全国政协提案9件'),
    fact('proposals.npc-provincial-suggestions-handled', WHOLE_YEAR, GOVERNMENT_SYSTEM, 27, '27', '省人大代表建议27件'),
    fact('proposals.cppcc-provincial-proposals-handled', WHOLE_YEAR, GOVERNMENT_SYSTEM, 41, '41', '省政协提案41件'),
    fact('proposals.cppcc-provincial-session-proposals-handled', WHOLE_YEAR, GOVERNMENT_SYSTEM, 38, '38', '包括会议期间提案38件'),
    fact('proposals.cppcc-provincial-special-proposals-handled', WHOLE_YEAR, GOVERNMENT_SYSTEM, 3, '3', '专项提案3件'),
    fact('proposals.npc-municipal-suggestions-handled', WHOLE_YEAR, GOVERNMENT_SYSTEM, 822, '822', '市人大代表建议共822件'),
    fact('proposals.cppcc-municipal-proposals-handled', WHOLE_YEAR, GOVERNMENT_SYSTEM, 536, '536', '市政协提案536件'),
    fact(
      'proposals.municipal-suggestions-and-proposals',
      THIS_YEAR,
      GOVERNMENT_SYSTEM,
      1358,
      '约1358',
      '今年市“两会”人大代表和政协委员提出的约1358件需政府部门办理的建议提案',
      {
        qualifier: 'approx',
        note: {
          zh: '原文写“约1358件”,但市人大代表建议822件 + 市政协提案536件恰为1358件。',
          en: 'Written “about 1358”, yet the 822 municipal deputies’ suggestions plus 536 municipal CPPCC proposals add up to exactly 1358.',
        },
      },
    ),
    fact('proposals.follow-up-phone-calls', { kind: 'fullYear', asWritten: '累计(今年,同段)' }, SUPERVISION_OFFICE, 100, '100余', '累计电话沟通100余次', {
      qualifier: 'atLeast',
    }),
    fact('proposals.follow-up-consultation-meetings', { kind: 'fullYear', asWritten: '累计(今年,同段)' }, SUPERVISION_OFFICE, 20, '20余', '召集协商会20余次', {
      qualifier: 'atLeast',
    }),
    fact('proposals.follow-up-site-visits', { kind: 'fullYear', asWritten: '累计(今年,同段)' }, SUPERVISION_OFFICE, 10, '10余', '会同代表现场调研解决问题10余次', {
      qualifier: 'atLeast',
    }),
    fact('proposals.reports-to-npc-standing-committee', YEAR_2018, DEPARTMENTS, 60, '60余', '市政府各有关部门主动向市人大常委会专题报告工作60余次', {
      qualifier: 'atLeast',
    }),
    fact('proposals.briefings-to-cppcc', YEAR_2018, DEPARTMENTS, 50, '50余', '向市政协通报工作50余次', { qualifier: 'atLeast' }),
    fact('proposals.inspection-invitations', YEAR_2018, DEPARTMENTS, 100, '100余', '主动邀请市人大代表、政协委员视察、调研工作100余次', {
      qualifier: 'atLeast',
    }),
    fact('proposals.messages-to-deputies', YEAR_2018, DEPARTMENTS, 30000, '3万余', '向市人大代表、政协委员发送信息3万余条', {
      qualifier: 'atLeast',
      note: { zh: '“3万余条”是下限。', en: '“3万余” (30,000-odd) is a lower bound.' },
    }),

    // (三) 营商环境
    fact('business.reform-measures-in-policy', REPORT_YEAR, WHOLE_CITY, 20, '20', '上述文件包含6大方面20条措施', {
      note: {
        zh: '指《深圳市人民政府印发关于加大营商环境改革力度若干措施的通知》(深府〔2018〕1号),办公厅参与审核。',
        en: 'The Shenzhen government’s notice on stepping up business-environment reform (深府〔2018〕1号), which the general office helped review; the 20 measures fall under 6 headings.',
      },
    }),
    fact('business.multi-certificate-research-sessions', REPORT_YEAR, OFFICE, 3, '3', '组织召开专题调研3次'),
    fact('services.citywide-matters', REPORT_YEAR, WHOLE_CITY, 300, '300', '发布300项“全城通办”'),
    fact('services.no-visit-approval-matters', REPORT_YEAR, WHOLE_CITY, 300, '300', '300项“不见面审批”'),

    // (四) 其他
    fact(
      'decision.internal-decision-items',
      { kind: 'fullYear', asWritten: '本年度' },
      OFFICE,
      3,
      '3',
      '我厅本年度确定的《编制“数字政府”建设专项规划》《党政机关绩效管理系统升级改造》《建立公众评价和网上第三方评估机制》等3项事项',
      {
        note: {
          zh: '原文说明三项“均为内部决策事项”,经征求意见、法制审查和集体决策;不是列入目录的重大行政决策事项,不与之相比。',
          en: 'The text says all three are internal decisions, taken through consultation, legal review and collective decision; they are not listed major administrative decisions and are not compared with them.',
        },
      },
    ),
    fact('legal-advisers.public-sector-lawyers-added', REPORT_YEAR, OFFICE, 5, '5', '共充实了“5名公职律师+1名财务审计员”', {
      note: {
        zh: '原文“5名公职律师+1名财务审计员”,只记录公职律师。',
        en: 'The text says “5 public-sector lawyers + 1 financial auditor”; only the lawyers are recorded.',
      },
    }),
  ],
};
