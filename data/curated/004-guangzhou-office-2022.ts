import type { Period, Scope } from '../../src/domain/observation';
import { factWriter, type CuratedDocumentFacts } from '../curated-fact';

const GUANGZHOU = '440100';

// The first figure says "截至12月31日(下同)" ("as of 31 December, the same
// below"): every figure in the report runs to the end of 2022.
const TO_DEC_31: Period = { kind: 'fullYear', asWritten: '截至12月31日(下同)' };
const SAME_BELOW: Period = { kind: 'fullYear', asWritten: '截至12月31日(见首段“下同”)' };
const SINCE_START_OF_YEAR: Period = { kind: 'fullYear', asWritten: '今年以来(截至12月31日,下同)' };

const OFFICE: Scope = {
  kind: 'issuingBody',
  label: { zh: '市政府办公厅', en: 'Municipal Government General Office' },
};
const WHOLE_OFFICE_STAFF: Scope = {
  kind: 'issuingBody',
  label: { zh: '市政府办公厅(全厅)', en: 'Municipal Government General Office (all staff)' },
};
const OFFICE_PARTY_GROUP: Scope = {
  kind: 'issuingBody',
  label: { zh: '机关党组(市政府办公厅)', en: 'Party group of the General Office' },
};
const GOVERNMENT_PARTY_GROUP: Scope = {
  kind: 'jurisdiction',
  label: { zh: '市政府党组', en: 'Party group of the municipal government' },
};
const MUNICIPAL_GOVERNMENT: Scope = {
  kind: 'jurisdiction',
  label: { zh: '市政府', en: 'Municipal government' },
};
const CITY_LEADERS: Scope = {
  kind: 'jurisdiction',
  label: {
    zh: '市政府领导(办公厅服务保障)',
    en: 'Mayor and vice-mayors (supported by the General Office)',
  },
};
const GOVERNMENT_SYSTEM: Scope = {
  kind: 'jurisdiction',
  label: { zh: '市政府系统(办公厅统筹)', en: 'municipal government system (coordinated by the General Office)' },
};
const WHOLE_CITY: Scope = { kind: 'jurisdiction', label: { zh: '全市', en: 'whole city' } };

const fact = factWriter(GUANGZHOU, 2022);

/** 2022年度市政府办公厅法治政府建设情况报告 (广州). */
export const guangzhouOffice2022: CuratedDocumentFacts = {
  sourceId: '004_a24638c85b82cf1e',
  facts: [
    // 一、学习
    fact('study.theory-group-sessions', TO_DEC_31, GOVERNMENT_PARTY_GROUP, 17, '17', '组织召开市政府党组理论学习中心组学习会议17次', {
      note: {
        zh: '办公厅组织召开,学习的是市政府党组理论学习中心组。',
        en: 'Organised by the general office for the theory study group of the municipal government’s Party group.',
      },
    }),
    fact('study.theory-group-sessions-20th-congress', TO_DEC_31, GOVERNMENT_PARTY_GROUP, 4, '4', '其中学习党的二十大精神4次'),
    fact('study.office-party-group-study-items', TO_DEC_31, OFFICE_PARTY_GROUP, 48, '48', '机关党组会议开展学习48项'),
    fact(
      'decision.rule-of-law-agenda-items',
      SAME_BELOW,
      { kind: 'jurisdiction', label: { zh: '市政府党组会议、常务会议', en: 'municipal government Party group and executive meetings' } },
      57,
      '57',
      '市政府党组会议、常务会议常态化部署推进法治工作,研究审议法治有关议题57项次',
      {
        note: {
          zh: '单位“项次”:同一议题多次审议分别计数。',
          en: 'In 项次 (item-times): a topic discussed twice counts twice.',
        },
      },
    ),
    fact('study.law-exam-participation-rate', SAME_BELOW, WHOLE_OFFICE_STAFF, 100, '100%', '全厅参考率、优秀率均为100%'),
    fact('study.law-exam-excellence-rate', SAME_BELOW, WHOLE_OFFICE_STAFF, 100, '100%', '全厅参考率、优秀率均为100%'),

    // 二、(一) 依法行政
    fact('proposals.topics-reported-to-npc-standing-committee', SAME_BELOW, MUNICIPAL_GOVERNMENT, 13, '13', '依法向市人大常委会报告市政府常务会议审议议题13项'),
    fact('proposals.npc-standing-committee-meetings-attended', SAME_BELOW, CITY_LEADERS, 10, '10', '服务市长、副市长列席市人大常委会会议10次'),
    fact('proposals.npc-activities-attended', SAME_BELOW, CITY_LEADERS, 62, '62', '参加人大执法检查、调研座谈等活动62次', {
      note: {
        zh: '原文未写明参加者是市政府领导还是办公厅本身;与上一分句“服务市长、副市长”连读。',
        en: 'The text does not say whether the city leaders or the office itself took part; read together with the previous clause, “supporting the mayor and vice-mayors”.',
      },
    }),
    fact('proposals.npc-suggestions-handled', SAME_BELOW, GOVERNMENT_SYSTEM, 547, '547', '办理各级人大代表建议547件', {
      note: {
        zh: '各级(全国、省、市)人大代表建议合计,未分级。原文未写明是办公厅自身还是市政府系统办理的件数;按办公厅统筹的市政府系统办理量记录。',
        en: 'All levels (national, provincial, municipal) together, not broken down. The text does not say whether this is the office’s own caseload or that of the municipal government system; recorded as the government system’s, coordinated by the office.',
      },
    }),
    fact('decision.contracts-reviewed', SAME_BELOW, OFFICE, 41, '41', '共审核合同41份', {
      note: { zh: '厅公职律师参与审核的厅内合同。', en: 'The office’s own contracts, reviewed with its public-sector lawyers.' },
    }),

    // (二) 政务督查
    fact('supervision.matters-supervised', SINCE_START_OF_YEAR, OFFICE, 1270, '1270', '市本级督查事项1270项', {
      note: { zh: '市本级督查事项,由办公厅立项督办。', en: 'Municipal-level matters placed under supervision by the general office.' },
    }),
    fact('supervision.bulletins', SINCE_START_OF_YEAR, OFFICE, 46, '46', '印发《穗府督查》46期'),
    fact('supervision.online-leads-verified', SINCE_START_OF_YEAR, OFFICE, 23485, '超23485', '核查办理国务院和省“互联网+督查”留言问题线索超23485条', {
      qualifier: 'atLeast',
      note: {
        zh: '“超23485条”是下限;一个精确到个位的数字前加“超”,写法少见。',
        en: '“超23485” (more than 23,485) is a lower bound; an unusual way to qualify a number given to the last digit.',
      },
    }),

    // (三) 疫情防控
    fact('regulations.epidemic-plans-issued', SAME_BELOW, OFFICE, 30, '30余', '等各类方案指引30余份', { qualifier: 'atLeast' }),
    fact('supervision.epidemic-bulletins', SAME_BELOW, OFFICE, 170, '170', '牵头印发《疫情防控督查专报》170期'),
    fact('supervision.epidemic-matters-supervised', SAME_BELOW, OFFICE, 3028, '3028余', '督办事项3028余项', {
      qualifier: 'atLeast',
      note: {
        zh: '“3028余项”是下限;精确到个位的数字后加“余”,写法少见。',
        en: '“3028余” (3,028-odd) is a lower bound; an unusual way to qualify a number given to the last digit.',
      },
    }),
    fact('supervision.outbreaks-handled', SAME_BELOW, WHOLE_CITY, 170, '170余', '等170余起突发疫情得到有效处置', {
      qualifier: 'atLeast',
      note: {
        zh: '办公厅的作用是“保障”处置。',
        en: 'The office’s role was to support the response.',
      },
    }),
    fact('supervision.research-reports', SAME_BELOW, OFFICE, 8, '8', '形成8篇调研报告'),
    fact('supervision.leader-instructions', SAME_BELOW, OFFICE, 17, '17', '得到市有关领导批示17次'),

    // (四) 政务公开
    fact(
      'regulations.rules-published',
      SAME_BELOW,
      {
        kind: 'jurisdiction',
        label: { zh: '以市政府或市政府办公厅名义', en: 'in the name of the municipal government or its General Office' },
      },
      9,
      '9',
      '以市政府或市政府办公厅名义发布政府规章9部',
    ),
    fact(
      'regulations.normative-documents-published',
      SAME_BELOW,
      {
        kind: 'jurisdiction',
        label: { zh: '以市政府或市政府办公厅名义', en: 'in the name of the municipal government or its General Office' },
      },
      18,
      '18',
      '以市政府或市政府办公厅名义发布政府规章9部、行政规范性文件18件',
    ),

    // (五) 放管服
    fact('services.powers-recalled', SAME_BELOW, MUNICIPAL_GOVERNMENT, 24, '24', '收回权力事项24项'),
    fact('business.pilot-reform-measures', SAME_BELOW, WHOLE_CITY, 223, '223', '共223项改革举措'),
    fact('business.development-zone-measures', SAME_BELOW, WHOLE_CITY, 76, '76', '共76项特色举措'),
    fact('business.state-council-briefing-issues', SAME_BELOW, WHOLE_CITY, 20, '20', '国务院政府职能转变和“放管服”改革简报刊介我市典型经验做法20期22篇'),
    fact('business.state-council-briefing-articles', SAME_BELOW, WHOLE_CITY, 22, '22', '国务院政府职能转变和“放管服”改革简报刊介我市典型经验做法20期22篇'),
    fact('business.measures-replicated-nationally', SAME_BELOW, WHOLE_CITY, 50, '50', '我市有50条营商环境创新试点改革举措纳入在全国范围复制推广'),
  ],
};
