import type { Period } from '../../src/domain/observation';
import { factWriter, type CuratedDocumentFacts, type CuratedFact } from '../curated-fact';

const GAOZHOU = '440981';

// The report is dated 2021-12-02: many figures stop at October or early November.
const JAN_TO_OCT: Period = { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '2021年1-10月' };
const JAN_TO_OCT_THIS_YEAR: Period = { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '今年1月至10月' };
const JAN_TO_OCT_MEDIATION: Period = { kind: 'span', startMonth: 1, endMonth: 10, asWritten: '今年1-10月' };
const FIRST_THREE_QUARTERS: Period = { kind: 'span', startMonth: 1, endMonth: 9, asWritten: '前三季度' };
const UP_TO_NOW: Period = { kind: 'asOf', date: null, asWritten: '截至目前' };
/** Stocks stated without any date; the text was written by 2021-12-02. */
const UNDATED: Period = { kind: 'asOf', date: null, asWritten: '(未注明时点)' };
const END_OF_OCTOBER: Period = { kind: 'asOf', date: '2021-10-31', asWritten: '截至10月底' };
const NOV_8: Period = { kind: 'asOf', date: '2021-11-08', asWritten: '截至11月8日' };
const NOV_8_TYPO: Period = { kind: 'asOf', date: '2021-11-08', asWritten: '截至11日8日' };
const NOV_9: Period = { kind: 'asOf', date: '2021-11-09', asWritten: '截至11月9日' };
const NOV_9_SAME_PARAGRAPH: Period = { kind: 'asOf', date: '2021-11-09', asWritten: '截至11月9日(同段)' };
const NOV_10: Period = { kind: 'asOf', date: '2021-11-10', asWritten: '截至11月10日' };
const YEAR_2021: Period = { kind: 'fullYear', asWritten: '2021年' };

const writeFact = factWriter(GAOZHOU, 2021);
/** 001 is a city government's report: every figure is city-wide unless a fact says otherwise. */
function fact(indicatorId: string, period: Period, value: number, valueAsWritten: string, quote: string, more: Partial<CuratedFact> = {}): CuratedFact {
  return writeFact(indicatorId, period, undefined, value, valueAsWritten, quote, more);
}

const TYPO_NOTE = {
  zh: '原文写作“截至11日8日”,应为“截至11月8日”(上一段即为11月8日),按11月8日记录。',
  en: 'The text says “截至11日8日” (“as of the 11th day 8th day”), a typo for 截至11月8日 (8 November, the date of the previous paragraph); recorded as 8 November.',
};

const COERCION_TWICE = {
  zh: '同一列举中“行政强制案”出现两次(36宗和1299宗),原文未说明区别(可能其一应为另一类案件,如行政征收或行政确认)。两条均按原文记录,未合并、未更正;不要相加。',
  en: 'The same list names “行政强制案” (administrative coercion cases) twice, 36 and 1299, without saying how they differ (one may be a mislabelled category such as levies or confirmations). Both are recorded as written, neither merged nor corrected; do not add them up.',
};

/** 高州市2021年度法治政府建设情况报告 (written before the year ended: many figures cover 1-10月). */
export const gaozhou2021: CuratedDocumentFacts = {
  sourceId: '001_3f0a2276b96b94a9',
  facts: [
    // (二) 二是 一站式政务服务: one sentence, 截至目前.
    fact('services.application-matters', UP_TO_NOW, 2018, '2018', '我市依申请事项2018项'),
    fact('services.immediate-matters', UP_TO_NOW, 1633, '1633', '其中即办件1633项'),
    fact('services.immediate-rate', UP_TO_NOW, 80.92, '80.92%', '即办率80.92%'),
    fact('services.online-matters', UP_TO_NOW, 1895, '1895', '事项可网办数1895项'),
    fact('services.online-rate', UP_TO_NOW, 98.36, '98.36%', '可网办率98.36%', {
      note: {
        zh: '与同句数字矛盾:可网办事项1895项 ÷ 依申请事项2018项 = 93.90%,而非98.36%。按原文记录,未更正。',
        en: 'Contradicts the same sentence: 1895 services online ÷ 2018 services on application = 93.90%, not 98.36%. Recorded as written, not corrected.',
      },
    }),
    fact('services.hall-matters', UP_TO_NOW, 2018, '2018', '应进必进事项进驻政务大厅数2018项'),
    fact('services.hall-entry-rate', UP_TO_NOW, 100, '100%', '进驻率100%', {
      note: {
        zh: '原文未单列应进驻事项数;进驻事项2018项与依申请事项2018项相同,与100%一致。',
        en: 'The text does not state how many services must be at the centre; the 2018 services there equal the 2018 services on application, consistent with 100%.',
      },
    }),
    fact('services.one-visit-matters', UP_TO_NOW, 2018, '2018', '最多跑一次事项2018项'),
    fact('services.one-visit-rate', UP_TO_NOW, 100, '100%', '最多跑一次事项2018项,达到100%', {
      note: {
        zh: '原文只写“达到100%”,未命名比率;按2018 ÷ 2018理解为最多跑一次事项占依申请事项的比例。',
        en: 'The text only says “reaching 100%” without naming the rate; read as the share of services on application (2018 ÷ 2018).',
      },
    }),
    fact('services.integrated-acceptance-matters', UP_TO_NOW, 1994, '1994', '综合受理事项数1994项'),
    fact('services.integrated-acceptance-rate', UP_TO_NOW, 98.81, '98.81%', '综合受理率达98.81%'),

    // 三是 数字政府建设 (no date given).
    fact('digital-gov.designated-medical-institutions', UNDATED, 37, '37', '全市共37家定点医疗机构(含门诊部)'),
    fact('digital-gov.designated-pharmacies', UNDATED, 50, '50', '50家定点零售药店'),
    fact('digital-gov.inspection-list-claim-rate', UNDATED, 100, '100%', '市“互联网+监管”认领的检查事项实施清单达100%'),
    fact('digital-gov.enforcement-accounts', UNDATED, 2758, '2758', '执法人员账号开通人数2758人'),
    fact('digital-gov.supervision-coverage-rate', UNDATED, 75.25, '75.25%', '监管事项覆盖率达75.25%'),
    fact('digital-gov.chief-data-officer-pilot-units', UNDATED, 9, '9', '等9个单位试点设立首席数据官'),

    // 四是 营商环境.
    fact('business.market-entities', END_OF_OCTOBER, 60589, '60589', '全市共有各类市场主体60589户'),
    fact('business.market-entities', END_OF_OCTOBER, 10.6, '10.6%', '全市共有各类市场主体60589户,较2020年同期增长10.6%', {
      relative: { kind: 'percentChange', baseAsWritten: '较2020年同期', baseYear: 2020 },
      note: {
        zh: '同比增幅,不是户数;基期为2020年10月底。',
        en: 'Year-on-year growth, not a count of entities; the base is end-October 2020.',
      },
    }),

    // (三) 二是 规范性文件清理 (planned).
    fact('regulations.normative-documents-to-amend', { kind: 'fullYear', asWritten: '今年' }, 1, '1', '今年拟对1份市政府规范性文件进行修改', {
      note: { zh: '“拟”:计划修改,报告未说明是否已完成。', en: '“拟”: planned; the report does not say whether the amendment was made.' },
    }),
    fact('regulations.normative-documents-to-repeal', { kind: 'fullYear', asWritten: '今年(同句)' }, 4, '4', '拟废止市政府规范性文件4份', {
      note: { zh: '“拟”:计划废止,报告未说明是否已完成。', en: '“拟”: planned; the report does not say whether the repeal took effect.' },
    }),

    // (四) 重大行政决策, 法律顾问.
    fact('decision.major-decision-items', { kind: 'fullYear', asWritten: '2021年(事项目录)' }, 6, '六', '公开我市组织实施的六件重大行政决策事项目录', {
      note: {
        zh: '原文写作“六件”(中文数字,量词“件”)。',
        en: 'Written “六件” (six, in Chinese numerals, with the measure word 件).',
      },
    }),
    fact('legal-advisers.towns-covered', UNDATED, 28, '28', '我市28个镇(街道)和26个政府部门法律顾问覆盖率100%'),
    fact('legal-advisers.departments-covered', UNDATED, 26, '26', '我市28个镇(街道)和26个政府部门法律顾问覆盖率100%'),
    fact('legal-advisers.coverage-rate', UNDATED, 100, '100%', '我市28个镇(街道)和26个政府部门法律顾问覆盖率100%'),

    // (五) 行政执法.
    fact('study.enforcement-training-participants', { kind: 'fullYear', asWritten: '2021年(培训班名称)' }, 600, '600余', '共计600余人参加了培训', {
      qualifier: 'atLeast',
      note: {
        zh: '“600余人”是下限,不是精确人数;合计两个2021年培训班。“2021年”出自培训班名称,不是时段;报告成文于2021年12月2日,至多覆盖到成文时。',
        en: '“600余” (600-odd) is a lower bound, not an exact count; two 2021 training courses together. “2021” is in the courses\' names, not a period; the report is dated 2 December 2021, so this covers the year at most up to then.',
      },
    }),
    fact('enforcement.legal-review-filing-units', UNDATED, 56, '56', '我市56个行政执法单位均已完成法制审核人员备案'),
    fact('enforcement.legal-review-filing-rate', UNDATED, 100, '100%', '备案主体达标率100%'),
    fact('enforcement.new-certificates', NOV_8, 330, '330', '全市新证申领330个'),
    fact('enforcement.certificates-processed', NOV_8, 420, '420', '证件办理总数420个'),
    fact('enforcement.valid-certificates', NOV_8, 1698, '1698', '全市行政执法单位持有效行政执法证总数1698个'),
    fact('enforcement.bodies-publishing-results', UNDATED, 54, '54', '全市54个行政执法主体单位均进行行政执法结果公示'),
    fact('enforcement.published-inspection-cases', NOV_8_TYPO, 1337, '1337', '公示行政检查案1337宗', { note: TYPO_NOTE }),
    fact('enforcement.published-penalty-cases', NOV_8_TYPO, 800, '800', '行政处罚案800宗', { note: TYPO_NOTE }),
    fact('enforcement.published-coercion-cases', NOV_8_TYPO, 36, '36', '行政强制案36宗', {
      note: { zh: `${COERCION_TWICE.zh}${TYPO_NOTE.zh}`, en: `${COERCION_TWICE.en} ${TYPO_NOTE.en}` },
    }),
    fact('enforcement.published-licensing-cases', NOV_8_TYPO, 1848, '1848', '行政许可案1848宗', { note: TYPO_NOTE }),
    fact('enforcement.published-coercion-cases', NOV_8_TYPO, 1299, '1299', '行政强制案1299宗', {
      note: { zh: `${COERCION_TWICE.zh}${TYPO_NOTE.zh}`, en: `${COERCION_TWICE.en} ${TYPO_NOTE.en}` },
    }),

    // (六) 政务公开, 1-10月.
    fact('disclosure.items-published', JAN_TO_OCT_THIS_YEAR, 6656, '6656', '通过高州市人民政府门户网站发布信息6656条'),
    fact('disclosure.government-documents-published', JAN_TO_OCT_THIS_YEAR, 21, '21', '政府文件21份'),
    fact('disclosure.policy-interpretations', JAN_TO_OCT_THIS_YEAR, 2, '2', '政策解读文件2份'),
    fact('disclosure.information-requests', JAN_TO_OCT_THIS_YEAR, 38, '38', '全市共受理依申请公开政府信息38份', {
      note: {
        zh: '原文为“受理……38份”(已受理的申请,量词“份”)。',
        en: 'Written as 38 requests “accepted” (受理), with the measure word 份.',
      },
    }),
    fact('disclosure.information-requests-reply-rate', JAN_TO_OCT_THIS_YEAR, 100, '100%', '政府信息公开申请答复率、答复及时率、系统录入率均100%'),
    fact('disclosure.information-requests-timely-reply-rate', JAN_TO_OCT_THIS_YEAR, 100, '100%', '政府信息公开申请答复率、答复及时率、系统录入率均100%'),
    fact('disclosure.information-requests-system-entry-rate', JAN_TO_OCT_THIS_YEAR, 100, '100%', '政府信息公开申请答复率、答复及时率、系统录入率均100%'),
    fact('audit.reports-shared', JAN_TO_OCT_THIS_YEAR, 28, '28', '公开审计报告28份', {
      note: {
        zh: '“公开”指向茂名市审计局、市委市政府、纪委监委、组织部、财政局等部门报送,不是向社会公开。',
        en: '“Disclosed” here means sent to oversight bodies (Maoming audit bureau, the city Party committee and government, discipline inspection, organisation and finance departments), not published to the public.',
      },
    }),
    fact('audit.result-reports-shared', JAN_TO_OCT_THIS_YEAR, 11, '11', '结果报告11份'),
    fact('audit.decisions-shared', JAN_TO_OCT_THIS_YEAR, 34, '34', '审计决定34份'),
    fact('audit.information-published-online', JAN_TO_OCT_THIS_YEAR, 37, '37', '在政府信息公开平台网上公开审计信息37条'),

    // (七) 审计监督.
    fact('audit.budget-units-covered', UNDATED, 58, '58', '利用大数据技术对全市58个一级预算单位实现全覆盖审计'),
    fact('audit.projects-completed', JAN_TO_OCT_THIS_YEAR, 28, '28', '按计划完成审计项目28个'),
    fact('audit.irregular-funds', JAN_TO_OCT_THIS_YEAR, 5543, '5543万', '查出违规资金5543万元'),
    fact('audit.irregularly-managed-funds', JAN_TO_OCT_THIS_YEAR, 121312, '121312万', '管理不规范资金121312万元', {
      note: {
        zh: '约12.13亿元,是违规资金的二十多倍;按原文记录。',
        en: 'About 1.21 billion yuan, over twenty times the funds used in breach of rules; recorded as written.',
      },
    }),
    fact('audit.funds-recovered', JAN_TO_OCT_THIS_YEAR, 5220, '5220万', '追缴财政金额5220万元'),
    fact('audit.construction-cost-reduced', JAN_TO_OCT_THIS_YEAR, 480, '480万', '核减工程造价480万元'),
    fact('audit.recommendations', JAN_TO_OCT_THIS_YEAR, 85, '85', '向有关部门和单位提出审计建议85条'),

    // 12345 热线, 2021年1-10月.
    fact('hotline.department-hotlines-merged', UNDATED, 60, '60多', '将60多条部门热线整合归并到“12345”政府服务热线', {
      qualifier: 'atLeast',
      note: { zh: '“60多条”是下限。', en: '“60多” (60-odd) is a lower bound.' },
    }),
    fact('hotline.work-orders', JAN_TO_OCT, 12905, '12905', '2021年1-10月,高州市共收到12345政府服务热线工单12905宗'),
    fact('hotline.work-orders-complaints', JAN_TO_OCT, 10602, '10602', '投诉类10602宗'),
    fact('hotline.work-orders-help-requests', JAN_TO_OCT, 522, '522', '求助类522宗'),
    fact('hotline.work-orders-reports', JAN_TO_OCT, 163, '163', '举报类163宗'),
    fact('hotline.work-orders-enquiries', JAN_TO_OCT, 1421, '1421', '咨询类1421宗'),
    fact('hotline.work-orders-suggestions', JAN_TO_OCT, 177, '177', '建议类177宗'),
    fact('hotline.work-orders-praise', JAN_TO_OCT, 20, '20', '表扬类20宗'),
    fact('hotline.resolution-rate', { ...JAN_TO_OCT, asWritten: '2021年1-10月(同段)' }, 99.5, '99.5%', '工单总体办结率为99.5%'),
    fact('hotline.satisfaction-rate', { ...JAN_TO_OCT, asWritten: '2021年1-10月(同段)' }, 88.93, '88.93%', '群众对工单处理的满意度为88.93%'),

    // (八) 人民调解, 行政复议, 信访.
    fact('mediation.cases', JAN_TO_OCT_MEDIATION, 6503, '6503', '全市人民调解组织共调解各类案件6503件'),
    fact('mediation.successful-cases', JAN_TO_OCT_MEDIATION, 6385, '6385', '成功调解6385件'),
    fact('mediation.success-rate', JAN_TO_OCT_MEDIATION, 98.19, '98.19%', '成功率98.19%'),
    fact('mediation.subsidised-cases', FIRST_THREE_QUARTERS, 5445, '5445', '前三季度以案定补审批通过5445件'),
    fact('mediation.subsidy-amount', { ...FIRST_THREE_QUARTERS, asWritten: '前三季度(同句)' }, 118.98, '118.98万', '发放以案定补补贴118.98万元'),
    fact('admin-review.applications', NOV_9, 82, '82', '全市收到行政复议申请82件'),
    fact('admin-review.accepted', NOV_9, 72, '72', '其中受理72件'),
    fact('admin-review.not-accepted', NOV_9, 10, '10', '不予受理10件'),
    fact('admin-review.public-hearings', NOV_9, 13, '13', '公开开庭审理的案件13件'),
    fact('admin-review.hearing-rate', NOV_9, 18.06, '18.06%', '开庭审理率18.06%'),
    fact('admin-review.closed', NOV_9_SAME_PARAGRAPH, 54, '54', '经审查已办结行政复议申请54件'),
    fact('admin-review.closure-rate', NOV_9_SAME_PARAGRAPH, 75, '75%', '审结率75%'),
    fact('admin-review.on-time-closure-rate', NOV_9_SAME_PARAGRAPH, 100, '100%', '准期审结率100%'),
    fact('admin-review.comprehensive-correction-rate', NOV_9_SAME_PARAGRAPH, 11.11, '11.11%', '综合纠错率11.11%', {
      note: {
        zh: '报告未说明综合纠错率的定义和分子分母。11.11%与6 ÷ 54(已办结)和8 ÷ 72(已受理)都相符,无法判断口径。',
        en: 'The report does not define this rate or give its parts. 11.11% fits both 6 ÷ 54 (cases closed) and 8 ÷ 72 (cases accepted), so the basis cannot be told.',
      },
    }),
    fact('petitions.leader-assigned-cases', YEAR_2021, 162, '162', '落实市领导包案162宗', {
      note: {
        zh: '“2021年”出自2021年12月2日成文的报告,至多覆盖到成文时。',
        en: '“2021” in a report dated 2 December 2021: covers the year at most up to the time of writing.',
      },
    }),
    fact('petitions.leader-assigned-cases-resolved', NOV_10, 132, '132', '化解132宗'),
    fact('petitions.leader-assigned-resolution-rate', NOV_10, 81.48, '81.48%', '化解率达81.48%', {
      note: {
        zh: '132 ÷ 162 = 81.48%:分子截至11月10日,分母为2021年包案数。',
        en: '132 ÷ 162 = 81.48%: the numerator is as of 10 November, the denominator is the 2021 case count.',
      },
    }),
  ],
};
