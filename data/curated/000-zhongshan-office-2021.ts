import type { Period, Scope } from '../../src/domain/observation';
import { factWriter, type CuratedDocumentFacts } from '../curated-fact';

const ZHONGSHAN = '442000';

// The report covers 2021 and was published 2022-03-01, but it was written in
// December 2021 ("拟于12月……", "截至2021年11月30日"): "今年以来" and
// "2021年以来" are as-of-writing figures, not full-year ones.
const YEAR_2021: Period = { kind: 'fullYear', asWritten: '2021年' };
/** The report was written in December 2021 (“拟于12月…”, “截至2021年11月30日”): its “2021年” ends at the time of writing. */
const WRITTEN_IN_DECEMBER = {
  zh: '“2021年”出自2021年12月成文的报告,至多覆盖到成文时。',
  en: '“2021” in a report written in December 2021: covers the year at most up to the time of writing.',
};
const SINCE_START_OF_2021: Period = { kind: 'asOf', date: null, asWritten: '2021年以来' };
const SINCE_START_OF_YEAR: Period = { kind: 'asOf', date: null, asWritten: '今年以来' };
const UP_TO_NOW: Period = { kind: 'asOf', date: null, asWritten: '截至目前' };
const UNDATED: Period = { kind: 'asOf', date: null, asWritten: '(未注明时点)' };

const OFFICE: Scope = {
  kind: 'issuingBody',
  label: { zh: '市政府办公室', en: 'Municipal Government General Office' },
};
const OFFICE_PARTY_GROUP: Scope = {
  kind: 'issuingBody',
  label: {
    zh: '市政府机关党组(市政府办公室)',
    en: 'Party group of the municipal government organs (General Office)',
  },
};
const MUNICIPAL_GOVERNMENT: Scope = {
  kind: 'jurisdiction',
  label: { zh: '市政府', en: 'Municipal government' },
};
const WHOLE_CITY: Scope = { kind: 'jurisdiction', label: { zh: '全市', en: 'whole city' } };

const fact = factWriter(ZHONGSHAN, 2021);

/** 中山市人民政府办公室2021年度法治政府建设工作情况报告: mostly the office's own work, some city-wide figures. */
export const zhongshanOffice2021: CuratedDocumentFacts = {
  sourceId: '000_95bac47a01022ce6',
  facts: [
    // 一、学习
    fact('study.party-group-law-study-sessions', YEAR_2021, OFFICE_PARTY_GROUP, 14, '14', '党组召开会议学习涉及法治工作内容14次', { note: WRITTEN_IN_DECEMBER }),
    fact('study.party-regulations-studied', YEAR_2021, OFFICE_PARTY_GROUP, 13, '13', '等党内法规13项', { note: WRITTEN_IN_DECEMBER }),

    // 二、决策
    fact('study.executive-meeting-law-sessions', SINCE_START_OF_2021, MUNICIPAL_GOVERNMENT, 2, '两', '统筹协调开展了两次市政府常务会议学法活动', {
      note: {
        zh: '原文写作“两次”;办公室统筹协调,学法的是市政府常务会议。',
        en: 'Written “两次” (twice); organised by the office, the sessions were held at the municipal government’s executive meetings.',
      },
    }),
    fact('decision.executive-meetings', SINCE_START_OF_2021, MUNICIPAL_GOVERNMENT, 25, '25', '市政府共召开常务会议25次'),

    // 三、政务公开
    fact(
      'disclosure.departments-catalogue-published',
      { kind: 'asOf', date: '2021-11-30', asWritten: '截至2021年11月30日' },
      { kind: 'subset', label: { zh: '市直部门', en: 'municipal departments' } },
      31,
      '31',
      '31个市直部门全部完成并在市政府门户网站及本部门网站上发布主动公开目录清单',
      {
        note: {
          zh: '“全部完成”:31个市直部门即统筹指导的全部部门。',
          en: '“All completed”: the 31 municipal departments are all the departments the office guided.',
        },
      },
    ),
    fact('hotline.towns-on-platform', UNDATED, WHOLE_CITY, 24, '24', '将全市24个镇街、100余个市级部门和公共服务企业全部纳入“12345”热线平台'),
    fact('hotline.departments-on-platform', UNDATED, WHOLE_CITY, 100, '100余', '100余个市级部门和公共服务企业全部纳入“12345”热线平台', {
      qualifier: 'atLeast',
      note: {
        zh: '“100余个”是下限,且部门与公共服务企业合计。',
        en: '“100余” (100-odd) is a lower bound, and counts departments and public-service companies together.',
      },
    }),
    fact('disclosure.units-inspected', { kind: 'span', startMonth: 8, endMonth: 8, asWritten: '8月' }, OFFICE, 16, '16', '到16个单位开展实地检查', {
      note: {
        zh: '办公室联合市委网信办、市政务服务数据管理局开展。',
        en: 'Carried out by the office jointly with the city’s cyberspace affairs office and government services and data bureau.',
      },
    }),
    fact('disclosure.governor-messages-handled', SINCE_START_OF_YEAR, OFFICE, 44, '44', '已办理省长留言44批次', {
      note: { zh: '按批次计,不是留言条数。', en: 'Counted in batches, not single messages.' },
    }),
    fact('disclosure.mayor-messages-handled', SINCE_START_OF_YEAR, OFFICE, 338, '338', '市长留言338条'),
    fact('disclosure.governor-enquiry-messages-handled', SINCE_START_OF_YEAR, OFFICE, 31, '31', '集约化平台转办的网民给省长政务咨询类留言31条'),
    fact(
      'digital-gov.portal-ipv6-support-rate',
      UNDATED,
      { kind: 'subset', label: { zh: '市政府门户网站', en: 'municipal government web portal' } },
      100,
      '100%',
      '完成中山市政府门户网站IPv6改造,访问支持率100%',
    ),
    fact('disclosure.government-new-media-accounts', UP_TO_NOW, WHOLE_CITY, 166, '166', '现有政务新媒体166个', {
      note: {
        zh: '指在“全国政务新媒体信息报送系统”中登记的全市政务新媒体。',
        en: 'Accounts of the whole city registered in the national government new-media reporting system.',
      },
    }),
  ],
};
