import type { Direction, Indicator, Theme } from '../../src/domain/indicator';
import type { LocalizedText } from '../../src/domain/localized-text';
import type { UnitSymbol } from '../../src/domain/unit';

/**
 * The indicator catalog. Formulas and definitions follow shared/domain-notes.md;
 * a rate names its numerator and denominator where reports give the parts, so
 * a stated rate can be checked against them. Curation rules and judgement
 * calls: data/CURATION.md.
 *
 * Ids are `<theme-ish>.<kebab-name>`. One indicator per distinct measure:
 * where two reports count the same thing (e.g. major administrative decision
 * matters, disclosure requests) they share an indicator and the observation's
 * scope says whose figure it is.
 */

interface Common {
  id: string;
  name: LocalizedText;
  theme: Theme;
  definition: LocalizedText;
  direction?: Direction;
}

/** A count; `partOfId` for a breakdown of a total. */
function count(c: Common & { unit: UnitSymbol; partOfId?: string }): Indicator {
  return {
    id: c.id,
    name: c.name,
    theme: c.theme,
    unit: c.unit,
    kind: 'count',
    direction: c.direction ?? 'neutral',
    definition: c.definition,
    numeratorId: null,
    denominatorId: null,
    partOfId: c.partOfId ?? null,
  };
}

/** A money amount, always in 万元 (10,000 yuan). */
function amount(c: Common): Indicator {
  return { ...count({ ...c, unit: '万元' }), kind: 'amount' };
}

/** A rate in %; give numerator and denominator only where a report states both parts. */
function rate(c: Common & { numeratorId?: string; denominatorId?: string; partOfId?: string }): Indicator {
  return {
    id: c.id,
    name: c.name,
    theme: c.theme,
    unit: '%',
    kind: 'rate',
    direction: c.direction ?? 'higherIsBetter',
    definition: c.definition,
    numeratorId: c.numeratorId ?? null,
    denominatorId: c.denominatorId ?? null,
    partOfId: c.partOfId ?? null,
  };
}

const hotline: Indicator[] = [
  {
    id: 'hotline.work-orders',
    name: { zh: '12345热线工单量', en: '12345 hotline work orders' },
    theme: 'hotline',
    unit: '宗',
    kind: 'count',
    direction: 'neutral',
    definition: {
      zh: '12345政府服务热线受理的工单总数(含投诉、求助、举报、咨询、建议、表扬等各类)。',
      en: 'All work orders received by the 12345 government service hotline (complaints, requests for help, reports, enquiries, suggestions, praise).',
    },
    numeratorId: null,
    denominatorId: null,
    partOfId: null,
  },
  {
    id: 'hotline.work-orders-complaints',
    name: { zh: '12345热线投诉类工单', en: '12345 hotline complaint work orders' },
    theme: 'hotline',
    unit: '宗',
    kind: 'count',
    direction: 'neutral',
    definition: { zh: '12345热线工单中投诉类的数量。', en: 'Hotline work orders classed as complaints.' },
    numeratorId: null,
    denominatorId: null,
    partOfId: 'hotline.work-orders',
  },
  count({
    id: 'hotline.work-orders-help-requests',
    name: { zh: '12345热线求助类工单', en: '12345 hotline requests for help' },
    theme: 'hotline',
    unit: '宗',
    definition: { zh: '12345热线工单中求助类的数量。', en: 'Hotline work orders classed as requests for help.' },
    partOfId: 'hotline.work-orders',
  }),
  count({
    id: 'hotline.work-orders-reports',
    name: { zh: '12345热线举报类工单', en: '12345 hotline reports of wrongdoing' },
    theme: 'hotline',
    unit: '宗',
    definition: {
      zh: '12345热线工单中举报类的数量(群众举报违法违规行为)。',
      en: 'Hotline work orders classed as reports (tip-offs about violations of laws or rules).',
    },
    partOfId: 'hotline.work-orders',
  }),
  count({
    id: 'hotline.work-orders-enquiries',
    name: { zh: '12345热线咨询类工单', en: '12345 hotline enquiries' },
    theme: 'hotline',
    unit: '宗',
    definition: { zh: '12345热线工单中咨询类的数量。', en: 'Hotline work orders classed as enquiries.' },
    partOfId: 'hotline.work-orders',
  }),
  count({
    id: 'hotline.work-orders-suggestions',
    name: { zh: '12345热线建议类工单', en: '12345 hotline suggestions' },
    theme: 'hotline',
    unit: '宗',
    definition: { zh: '12345热线工单中建议类的数量。', en: 'Hotline work orders classed as suggestions.' },
    partOfId: 'hotline.work-orders',
  }),
  count({
    id: 'hotline.work-orders-praise',
    name: { zh: '12345热线表扬类工单', en: '12345 hotline praise' },
    theme: 'hotline',
    unit: '宗',
    definition: { zh: '12345热线工单中表扬类的数量。', en: 'Hotline work orders classed as praise.' },
    partOfId: 'hotline.work-orders',
  }),
  {
    id: 'hotline.resolution-rate',
    name: { zh: '12345热线办结率', en: '12345 hotline resolution rate' },
    theme: 'hotline',
    unit: '%',
    kind: 'rate',
    direction: 'higherIsBetter',
    definition: {
      zh: '办结工单 ÷ 受理工单 × 100%。',
      en: 'Work orders closed ÷ work orders received × 100%.',
    },
    // Reports state the rate but not the number of closed orders, so there is no numerator to check against.
    numeratorId: null,
    denominatorId: null,
    partOfId: null,
  },
  rate({
    id: 'hotline.satisfaction-rate',
    name: { zh: '12345热线工单处理满意度', en: '12345 hotline satisfaction rate' },
    theme: 'hotline',
    definition: {
      zh: '群众对工单处理表示满意的比例:满意评价 ÷ 回访或评价总数 × 100%(报告只给出比率)。',
      en: 'Share of callers satisfied with how their work order was handled: satisfied ratings ÷ all follow-up calls or ratings × 100% (reports give only the rate).',
    },
  }),
  count({
    id: 'hotline.department-hotlines-merged',
    name: { zh: '整合归并入12345的部门热线数', en: 'Department hotlines merged into 12345' },
    theme: 'hotline',
    unit: '条',
    direction: 'higherIsBetter',
    definition: {
      zh: '整合归并到12345政府服务热线的部门热线条数。',
      en: 'Number of separate department hotlines folded into the single 12345 government service hotline.',
    },
  }),
  count({
    id: 'hotline.towns-on-platform',
    name: { zh: '纳入12345热线平台的镇街数', en: 'Towns and subdistricts on the 12345 platform' },
    theme: 'hotline',
    unit: '个',
    definition: {
      zh: '纳入12345热线平台统一管理、承接工单的镇(街道)数量。',
      en: 'Towns and subdistricts connected to the 12345 hotline platform to take and handle work orders.',
    },
  }),
  count({
    id: 'hotline.departments-on-platform',
    name: {
      zh: '纳入12345热线平台的市级部门和公共服务企业数',
      en: 'Municipal departments and public-service companies on the 12345 platform',
    },
    theme: 'hotline',
    unit: '个',
    definition: {
      zh: '纳入12345热线平台统一管理、承接工单的市级部门和公共服务企业数量(两者合计)。',
      en: 'Municipal departments and public-service companies (counted together) connected to the 12345 hotline platform.',
    },
  }),
];

const administrativeReview: Indicator[] = [
  count({
    id: 'admin-review.applications',
    name: { zh: '行政复议申请数', en: 'Administrative review applications' },
    theme: 'administrativeReview',
    unit: '件',
    definition: {
      zh: '收到的行政复议申请件数(含受理和不予受理)。',
      en: 'Applications for administrative review received (accepted and not accepted).',
    },
  }),
  count({
    id: 'admin-review.accepted',
    name: { zh: '行政复议受理数', en: 'Administrative review applications accepted' },
    theme: 'administrativeReview',
    unit: '件',
    definition: { zh: '收到的行政复议申请中予以受理的件数。', en: 'Applications for administrative review that were accepted for review.' },
    partOfId: 'admin-review.applications',
  }),
  count({
    id: 'admin-review.not-accepted',
    name: { zh: '行政复议不予受理数', en: 'Administrative review applications not accepted' },
    theme: 'administrativeReview',
    unit: '件',
    definition: { zh: '收到的行政复议申请中不予受理的件数。', en: 'Applications for administrative review that were turned down as inadmissible.' },
    partOfId: 'admin-review.applications',
  }),
  count({
    id: 'admin-review.public-hearings',
    name: { zh: '行政复议公开开庭审理案件数', en: 'Administrative review cases heard in public hearings' },
    theme: 'administrativeReview',
    unit: '件',
    direction: 'higherIsBetter',
    definition: { zh: '以公开开庭方式审理的行政复议案件数。', en: 'Administrative review cases examined at an open hearing.' },
  }),
  rate({
    id: 'admin-review.hearing-rate',
    name: { zh: '行政复议开庭审理率', en: 'Administrative review hearing rate' },
    theme: 'administrativeReview',
    definition: {
      zh: '开庭审理案件 ÷ 受理案件 × 100%(高州2021年:13 ÷ 72 = 18.06%)。',
      en: 'Cases heard at a hearing ÷ cases accepted × 100% (Gaozhou 2021: 13 ÷ 72 = 18.06%).',
    },
    numeratorId: 'admin-review.public-hearings',
    denominatorId: 'admin-review.accepted',
  }),
  count({
    id: 'admin-review.closed',
    name: { zh: '行政复议办结数', en: 'Administrative review cases closed' },
    theme: 'administrativeReview',
    unit: '件',
    definition: { zh: '经审查已办结(审结)的行政复议案件数。', en: 'Administrative review cases examined and closed (decided).' },
  }),
  rate({
    id: 'admin-review.closure-rate',
    name: { zh: '行政复议审结率', en: 'Administrative review closure rate' },
    theme: 'administrativeReview',
    definition: {
      zh: '审结案件 ÷ 受理案件 × 100%。',
      en: 'Cases closed ÷ cases accepted × 100%.',
    },
    numeratorId: 'admin-review.closed',
    denominatorId: 'admin-review.accepted',
  }),
  rate({
    id: 'admin-review.on-time-closure-rate',
    name: { zh: '行政复议准期审结率', en: 'Administrative review on-time closure rate' },
    theme: 'administrativeReview',
    definition: {
      zh: '在法定期限内审结的案件 ÷ 审结案件 × 100%(报告只给出比率)。',
      en: 'Cases closed within the statutory time limit ÷ cases closed × 100% (reports give only the rate).',
    },
  }),
  rate({
    id: 'admin-review.comprehensive-correction-rate',
    name: { zh: '行政复议综合纠错率', en: 'Administrative review overall correction rate' },
    theme: 'administrativeReview',
    direction: 'neutral',
    definition: {
      zh: '行政复议中被纠正(撤销、变更、确认违法、责令履行等)的行政行为所占比例。没有统一的官方公式,报告通常不说明分子分母;不同报告的纠错率未必可比。',
      en: 'Share of contested administrative acts corrected on review (annulled, varied, declared unlawful, ordered to be performed, etc.). There is no single official formula and reports rarely state the parts, so correction rates from different reports may not be comparable.',
    },
  }),
];

const disclosure: Indicator[] = [
  count({
    id: 'disclosure.items-published',
    name: { zh: '政府网站发布信息条数', en: 'Items published on the government portal' },
    theme: 'disclosure',
    unit: '条',
    definition: {
      zh: '各单位通过政府门户网站主动发布的信息条数。',
      en: 'Information items proactively published by government units on the government web portal.',
    },
  }),
  count({
    id: 'disclosure.government-documents-published',
    name: { zh: '公开的政府文件数', en: 'Government documents published' },
    theme: 'disclosure',
    unit: '份',
    definition: { zh: '通过政府门户网站公开的政府文件份数。', en: 'Government documents made public on the government web portal.' },
  }),
  count({
    id: 'disclosure.policy-interpretations',
    name: { zh: '发布的政策解读文件数', en: 'Policy explainers published' },
    theme: 'disclosure',
    unit: '份',
    definition: {
      zh: '通过政府门户网站发布的政策解读文件份数。',
      en: 'Documents explaining government policies (政策解读) published on the government web portal.',
    },
  }),
  count({
    id: 'disclosure.information-requests',
    name: { zh: '依申请公开政府信息申请数', en: 'Requests for government information' },
    theme: 'disclosure',
    unit: '件',
    definition: {
      zh: '收到并受理或办理的依申请公开政府信息的申请件数。报告措辞不一(“受理”“办理”),以各条观察的说明为准。',
      en: 'Applications for disclosure of government information on request that were received and accepted or handled. Reports word this differently (受理 "accepted", 办理 "handled"); see each observation’s note.',
    },
  }),
  rate({
    id: 'disclosure.information-requests-reply-rate',
    name: { zh: '政府信息公开申请答复率', en: 'Reply rate for information requests' },
    theme: 'disclosure',
    definition: {
      zh: '已答复的政府信息公开申请 ÷ 受理的申请 × 100%(报告只给出比率)。',
      en: 'Information requests answered ÷ requests accepted × 100% (reports give only the rate).',
    },
  }),
  rate({
    id: 'disclosure.information-requests-timely-reply-rate',
    name: { zh: '政府信息公开申请答复及时率', en: 'Timely reply rate for information requests' },
    theme: 'disclosure',
    definition: {
      zh: '在法定期限内答复的政府信息公开申请 ÷ 应答复的申请 × 100%(报告只给出比率)。',
      en: 'Information requests answered within the statutory time limit ÷ requests due an answer × 100% (reports give only the rate).',
    },
  }),
  rate({
    id: 'disclosure.information-requests-system-entry-rate',
    name: { zh: '政府信息公开申请系统录入率', en: 'Information requests logged in the case system' },
    theme: 'disclosure',
    definition: {
      zh: '录入依申请公开办理系统的申请 ÷ 受理的申请 × 100%(报告只给出比率)。',
      en: 'Information requests entered in the request-handling system ÷ requests accepted × 100% (reports give only the rate).',
    },
  }),
  rate({
    id: 'disclosure.performance-weight',
    name: { zh: '政务公开在绩效考核中的权重', en: 'Weight of disclosure work in performance appraisal' },
    theme: 'disclosure',
    direction: 'neutral',
    definition: {
      zh: '政务公开工作在政府绩效管理(绩效评估)总分中所占的权重。这是考核规则的设定值,不是工作成效。',
      en: 'Share of the total score in the government performance appraisal given to disclosure work. A setting of the appraisal rules, not an outcome.',
    },
  }),
  count({
    id: 'disclosure.departments-catalogue-published',
    name: {
      zh: '发布主动公开目录清单的市直部门数',
      en: 'Municipal departments that published their proactive-disclosure catalogue',
    },
    theme: 'disclosure',
    unit: '个',
    direction: 'higherIsBetter',
    definition: {
      zh: '完成编制并在网站上发布主动公开基本目录清单的市直部门数量。',
      en: 'Municipal departments that compiled their basic catalogue of information to be disclosed proactively and published it online.',
    },
  }),
  count({
    id: 'disclosure.units-inspected',
    name: { zh: '政府网站和政务新媒体实地检查单位数', en: 'Units inspected on site (websites and government social media)' },
    theme: 'disclosure',
    unit: '个',
    definition: {
      zh: '就政府网站和政务新媒体工作开展实地检查的单位数量。',
      en: 'Units visited for on-site inspection of their government websites and government social-media accounts.',
    },
  }),
  count({
    id: 'disclosure.governor-messages-handled',
    name: { zh: '办理省长留言批次', en: 'Batches of messages to the provincial governor handled' },
    theme: 'disclosure',
    unit: '批次',
    definition: {
      zh: '办理的网民给省长留言的批次数(按批次计,不是留言条数)。',
      en: 'Batches of online messages from the public to the provincial governor that were handled (counted in batches, not single messages).',
    },
  }),
  count({
    id: 'disclosure.mayor-messages-handled',
    name: { zh: '办理市长留言条数', en: 'Messages to the mayor handled' },
    theme: 'disclosure',
    unit: '条',
    definition: { zh: '办理的网民给市长留言的条数。', en: 'Online messages from the public to the mayor that were handled.' },
  }),
  count({
    id: 'disclosure.governor-enquiry-messages-handled',
    name: {
      zh: '办理集约化平台转办的省长政务咨询类留言条数',
      en: 'Enquiry messages to the governor forwarded by the provincial platform',
    },
    theme: 'disclosure',
    unit: '条',
    definition: {
      zh: '省政府集约化平台转办的网民给省长的政务咨询类留言条数。',
      en: 'Government-affairs enquiries from the public to the provincial governor, forwarded for handling by the province’s consolidated platform.',
    },
  }),
  count({
    id: 'disclosure.government-new-media-accounts',
    name: { zh: '政务新媒体数量', en: 'Government social-media accounts' },
    theme: 'disclosure',
    unit: '个',
    definition: {
      zh: '在“全国政务新媒体信息报送系统”中登记的政务新媒体(微信公众号、微博等)数量。',
      en: 'Government social-media accounts (WeChat official accounts, Weibo, etc.) registered in the national government new-media reporting system.',
    },
  }),
];

const services: Indicator[] = [
  count({
    id: 'services.application-matters',
    name: { zh: '依申请事项数', en: 'Services provided on application' },
    theme: 'services',
    unit: '项',
    definition: {
      zh: '依申请办理的政务服务事项数量(行政许可、公共服务等需申请人申请才办理的事项)。',
      en: 'Government service matters that are processed on an application (licences, public services and the like).',
    },
  }),
  count({
    id: 'services.immediate-matters',
    name: { zh: '即办件事项数', en: 'Services processed on the spot' },
    theme: 'services',
    unit: '项',
    direction: 'higherIsBetter',
    definition: {
      zh: '依申请事项中可当场办结的即办件数量。',
      en: 'Services on application that can be completed on the spot (即办件).',
    },
    partOfId: 'services.application-matters',
  }),
  rate({
    id: 'services.immediate-rate',
    name: { zh: '即办率', en: 'On-the-spot processing rate' },
    theme: 'services',
    definition: { zh: '即办件 ÷ 依申请事项 × 100%。', en: 'Services processed on the spot ÷ services on application × 100%.' },
    numeratorId: 'services.immediate-matters',
    denominatorId: 'services.application-matters',
  }),
  count({
    id: 'services.online-matters',
    name: { zh: '可网办事项数', en: 'Services available online' },
    theme: 'services',
    unit: '项',
    direction: 'higherIsBetter',
    definition: { zh: '依申请事项中可网上办理的事项数量。', en: 'Services on application that can be applied for online.' },
    partOfId: 'services.application-matters',
  }),
  rate({
    id: 'services.online-rate',
    name: { zh: '可网办率', en: 'Online availability rate' },
    theme: 'services',
    definition: { zh: '可网办事项 ÷ 依申请事项 × 100%。', en: 'Services available online ÷ services on application × 100%.' },
    numeratorId: 'services.online-matters',
    denominatorId: 'services.application-matters',
  }),
  count({
    id: 'services.hall-matters',
    name: { zh: '进驻政务服务大厅事项数', en: 'Services available at the government service centre' },
    theme: 'services',
    unit: '项',
    direction: 'higherIsBetter',
    definition: {
      zh: '应进必进事项中已进驻政务服务大厅办理的事项数量。',
      en: 'Services that must be offered at the one-stop government service centre and have moved there.',
    },
  }),
  rate({
    id: 'services.hall-entry-rate',
    name: { zh: '进驻率', en: 'Service centre entry rate' },
    theme: 'services',
    definition: {
      zh: '进驻政务大厅事项 ÷ 应进驻事项 × 100%。报告不单列应进驻事项数;高州的数字表明应进必进事项即全部依申请事项,故以依申请事项为分母。',
      en: 'Services at the service centre ÷ services that must be there × 100%. Reports do not state the second figure separately; Gaozhou’s figures imply that all services on application must be there, so services on application is the denominator.',
    },
    numeratorId: 'services.hall-matters',
    denominatorId: 'services.application-matters',
  }),
  count({
    id: 'services.one-visit-matters',
    name: { zh: '最多跑一次事项数', en: 'Services needing at most one visit' },
    theme: 'services',
    unit: '项',
    direction: 'higherIsBetter',
    definition: {
      zh: '申请人最多只需到现场一次即可办结的事项数量。',
      en: 'Services that an applicant can complete with at most one trip to an office.',
    },
    partOfId: 'services.application-matters',
  }),
  rate({
    id: 'services.one-visit-rate',
    name: { zh: '最多跑一次事项占比', en: 'Share of services needing at most one visit' },
    theme: 'services',
    definition: {
      zh: '最多跑一次事项 ÷ 依申请事项 × 100%。',
      en: 'Services needing at most one visit ÷ services on application × 100%.',
    },
    numeratorId: 'services.one-visit-matters',
    denominatorId: 'services.application-matters',
  }),
  count({
    id: 'services.integrated-acceptance-matters',
    name: { zh: '综合受理事项数', en: 'Services accepted at a single integrated counter' },
    theme: 'services',
    unit: '项',
    direction: 'higherIsBetter',
    definition: {
      zh: '实行“综合窗口”统一受理(无差别受理)的事项数量。',
      en: 'Services whose applications are taken at a single integrated counter rather than at each department’s own window.',
    },
    partOfId: 'services.application-matters',
  }),
  rate({
    id: 'services.integrated-acceptance-rate',
    name: { zh: '综合受理率', en: 'Integrated-counter acceptance rate' },
    theme: 'services',
    definition: {
      zh: '综合受理事项 ÷ 依申请事项 × 100%。',
      en: 'Services accepted at the integrated counter ÷ services on application × 100%.',
    },
    numeratorId: 'services.integrated-acceptance-matters',
    denominatorId: 'services.application-matters',
  }),
  count({
    id: 'services.citywide-matters',
    name: { zh: '“全城通办”事项数', en: 'Services available anywhere in the city' },
    theme: 'services',
    unit: '项',
    direction: 'higherIsBetter',
    definition: {
      zh: '可在全市任一服务网点办理、不受属地限制的(“全城通办”)事项数量。',
      en: 'Services that can be handled at any service point in the city, regardless of the applicant’s district (全城通办).',
    },
  }),
  count({
    id: 'services.no-visit-approval-matters',
    name: { zh: '“不见面审批”事项数', en: 'Approvals without an in-person visit' },
    theme: 'services',
    unit: '项',
    direction: 'higherIsBetter',
    definition: {
      zh: '全程网上办理、申请人无需到现场的审批(“不见面审批”)事项数量。',
      en: 'Approval procedures completed entirely online, with no visit to an office (不见面审批).',
    },
  }),
  count({
    id: 'services.powers-recalled',
    name: { zh: '收回的市级行政权力事项数', en: 'Municipal administrative powers taken back' },
    theme: 'services',
    unit: '项',
    definition: {
      zh: '此前下放、经决定收回由市级行使的行政权力事项数量。',
      en: 'Administrative powers previously delegated downwards that were formally taken back to the municipal level.',
    },
  }),
];

const digitalGovernment: Indicator[] = [
  count({
    id: 'digital-gov.designated-medical-institutions',
    name: {
      zh: '门诊特定病种联网直接结算定点医疗机构数',
      en: 'Designated medical institutions with direct online settlement for outpatient special diseases',
    },
    theme: 'digitalGovernment',
    unit: '家',
    direction: 'higherIsBetter',
    definition: {
      zh: '实现门诊特定病种“一站式”联网直接结算的医保定点医疗机构(含门诊部)数量。',
      en: 'Medical-insurance designated hospitals and clinics (including outpatient departments) where outpatient treatment of specified diseases is settled directly online, in one step.',
    },
  }),
  count({
    id: 'digital-gov.designated-pharmacies',
    name: {
      zh: '门诊特定病种联网直接结算定点零售药店数',
      en: 'Designated pharmacies with direct online settlement for outpatient special diseases',
    },
    theme: 'digitalGovernment',
    unit: '家',
    direction: 'higherIsBetter',
    definition: {
      zh: '实现门诊特定病种“一站式”联网直接结算的医保定点零售药店数量。',
      en: 'Medical-insurance designated retail pharmacies where medicines for specified outpatient diseases are settled directly online.',
    },
  }),
  rate({
    id: 'digital-gov.inspection-list-claim-rate',
    name: {
      zh: '“互联网+监管”检查事项实施清单认领率',
      en: 'Internet Plus Supervision: inspection checklists claimed',
    },
    theme: 'digitalGovernment',
    definition: {
      zh: '在“互联网+监管”系统中已被执法监管部门认领的检查事项实施清单比例(报告只给出比率)。',
      en: 'Share of inspection-item checklists in the Internet Plus Supervision system that enforcement departments have claimed as theirs (reports give only the rate).',
    },
  }),
  count({
    id: 'digital-gov.enforcement-accounts',
    name: { zh: '“互联网+监管”执法人员账号开通人数', en: 'Enforcement officers with Internet Plus Supervision accounts' },
    theme: 'digitalGovernment',
    unit: '人',
    direction: 'higherIsBetter',
    definition: {
      zh: '在“互联网+监管”平台开通账号的执法人员人数。',
      en: 'Enforcement officers who have an account on the Internet Plus Supervision platform.',
    },
  }),
  rate({
    id: 'digital-gov.supervision-coverage-rate',
    name: { zh: '“互联网+监管”监管事项覆盖率', en: 'Internet Plus Supervision coverage of supervision items' },
    theme: 'digitalGovernment',
    definition: {
      zh: '已在“互联网+监管”平台产生监管行为数据的监管事项 ÷ 全部监管事项 × 100%(报告只给出比率)。',
      en: 'Supervision items with supervision records on the Internet Plus Supervision platform ÷ all supervision items × 100% (reports give only the rate).',
    },
  }),
  count({
    id: 'digital-gov.chief-data-officer-pilot-units',
    name: { zh: '首席数据官试点单位数', en: 'Chief data officer pilot units' },
    theme: 'digitalGovernment',
    unit: '个',
    definition: {
      zh: '试点设立首席数据官的单位(部门)数量。',
      en: 'Government units (departments) piloting a chief data officer.',
    },
  }),
  rate({
    id: 'digital-gov.portal-ipv6-support-rate',
    name: { zh: '政府门户网站IPv6访问支持率', en: 'IPv6 support on the government web portal' },
    theme: 'digitalGovernment',
    definition: {
      zh: '政府门户网站页面可通过IPv6访问的比例(报告只给出比率)。',
      en: 'Share of the government web portal reachable over IPv6 (reports give only the rate).',
    },
  }),
];

const businessEnvironment: Indicator[] = [
  count({
    id: 'business.market-entities',
    name: { zh: '市场主体数量', en: 'Registered market entities' },
    theme: 'businessEnvironment',
    unit: '户',
    direction: 'higherIsBetter',
    definition: {
      zh: '登记在册的各类市场主体(企业、个体工商户、农民专业合作社等)户数;同比增幅作为相对值记录。',
      en: 'Registered market entities of all kinds (companies, sole traders, farmers’ cooperatives, etc.); year-on-year growth is recorded as a relative value.',
    },
  }),
  count({
    id: 'business.reform-measures-in-policy',
    name: { zh: '营商环境改革政策文件所含措施条数', en: 'Measures in the business-environment reform policy' },
    theme: 'businessEnvironment',
    unit: '条',
    definition: {
      zh: '营商环境改革政策文件中列出的措施条数。',
      en: 'Number of measures listed in a business-environment reform policy document.',
    },
  }),
  count({
    id: 'business.multi-certificate-research-sessions',
    name: { zh: '“多证合一”改革专题调研次数', en: 'Research sessions on the multi-licence merger reform' },
    theme: 'businessEnvironment',
    unit: '次',
    definition: {
      zh: '为推进“多证合一”改革组织召开的专题调研次数。',
      en: 'Research sessions held to push the reform that merges business registration certificates into one licence (多证合一).',
    },
  }),
  count({
    id: 'business.pilot-reform-measures',
    name: { zh: '营商环境创新试点改革举措数', en: 'Measures in the business-environment pilot reform list' },
    theme: 'businessEnvironment',
    unit: '项',
    definition: {
      zh: '落实国家营商环境创新试点的工作举措清单所列改革举措数量。',
      en: 'Reform measures in the city’s list for implementing the national business-environment innovation pilot.',
    },
  }),
  count({
    id: 'business.development-zone-measures',
    name: { zh: '依托开发区探索改革的特色举措数', en: 'Development-zone reform measures' },
    theme: 'businessEnvironment',
    unit: '项',
    definition: {
      zh: '依托开发区进一步加大改革力度的工作举措清单所列特色举措数量。',
      en: 'Distinctive reform measures in the list for deepening reform through the development zone.',
    },
  }),
  count({
    id: 'business.state-council-briefing-issues',
    name: { zh: '国务院“放管服”改革简报刊介期数', en: 'State Council reform bulletin issues featuring the city' },
    theme: 'businessEnvironment',
    unit: '期',
    direction: 'higherIsBetter',
    definition: {
      zh: '国务院政府职能转变和“放管服”改革简报刊载本市典型经验做法的期数。',
      en: 'Issues of the State Council bulletin on government-function reform and streamlining (放管服) that featured the city’s practices.',
    },
  }),
  count({
    id: 'business.state-council-briefing-articles',
    name: { zh: '国务院“放管服”改革简报刊介篇数', en: 'State Council reform bulletin articles on the city' },
    theme: 'businessEnvironment',
    unit: '篇',
    direction: 'higherIsBetter',
    definition: {
      zh: '国务院政府职能转变和“放管服”改革简报刊载本市典型经验做法的篇数。',
      en: 'Articles in the State Council bulletin on government-function reform and streamlining (放管服) about the city’s practices.',
    },
  }),
  count({
    id: 'business.measures-replicated-nationally',
    name: { zh: '在全国复制推广的改革举措数', en: 'Reform measures replicated nationwide' },
    theme: 'businessEnvironment',
    unit: '条',
    direction: 'higherIsBetter',
    definition: {
      zh: '本市营商环境创新试点改革举措中被纳入在全国范围复制推广的条数。',
      en: 'The city’s business-environment pilot reform measures selected for replication across the country.',
    },
  }),
];

const regulations: Indicator[] = [
  count({
    id: 'regulations.normative-documents-to-amend',
    name: { zh: '拟修改的规范性文件数', en: 'Normative documents to be amended' },
    theme: 'regulations',
    unit: '份',
    definition: {
      zh: '规范性文件清理中拟修改的政府规范性文件份数(“拟”:计划,未必已完成)。',
      en: 'Government normative documents (行政规范性文件) that a clean-up plans to amend ("拟": planned, not necessarily done).',
    },
  }),
  count({
    id: 'regulations.normative-documents-to-repeal',
    name: { zh: '拟废止的规范性文件数', en: 'Normative documents to be repealed' },
    theme: 'regulations',
    unit: '份',
    definition: {
      zh: '规范性文件清理中拟废止的政府规范性文件份数(“拟”:计划,未必已完成)。',
      en: 'Government normative documents that a clean-up plans to repeal ("拟": planned, not necessarily done).',
    },
  }),
  count({
    id: 'regulations.rules-published',
    name: { zh: '发布政府规章数', en: 'Government rules published' },
    theme: 'regulations',
    unit: '部',
    definition: {
      zh: '以市政府或市政府办公厅名义发布的政府规章部数。',
      en: 'Government rules (规章, the form of local law a city government may make) published in the name of the municipal government or its general office.',
    },
  }),
  count({
    id: 'regulations.normative-documents-published',
    name: { zh: '发布行政规范性文件数', en: 'Normative documents published' },
    theme: 'regulations',
    unit: '件',
    definition: {
      zh: '以市政府或市政府办公厅名义发布的行政规范性文件件数。',
      en: 'Administrative normative documents (行政规范性文件, binding policy documents below the level of rules) published in the name of the municipal government or its general office.',
    },
  }),
  count({
    id: 'regulations.epidemic-plans-issued',
    name: { zh: '修订印发的疫情防控方案指引数', en: 'Epidemic-response plans and guidelines issued' },
    theme: 'regulations',
    unit: '份',
    definition: {
      zh: '修订或印发的新冠疫情应急处置等各类方案、指引份数。',
      en: 'COVID-19 emergency-response plans, guidelines and similar documents revised or issued.',
    },
  }),
];

const decisionMaking: Indicator[] = [
  count({
    id: 'decision.major-decision-items',
    name: { zh: '重大行政决策事项数', en: 'Major administrative decision matters' },
    theme: 'decisionMaking',
    unit: '项',
    definition: {
      zh: '年度确定(列入目录)的重大行政决策事项数量;这些事项须经公众参与、专家论证、风险评估、合法性审查和集体讨论决定等程序。',
      en: 'Major administrative decisions listed for the year, which must go through public participation, expert review, risk assessment, legality review and collective decision.',
    },
  }),
  count({
    id: 'decision.internal-decision-items',
    name: { zh: '机关内部决策事项数', en: 'Internal decision matters of an office' },
    theme: 'decisionMaking',
    unit: '项',
    definition: {
      zh: '机关本身年度确定、经征求意见、法制审查和集体决策等程序的内部决策事项数量;不是列入目录、还须经公众参与、专家论证和风险评估的重大行政决策事项。',
      en: 'Decisions an office sets itself for the year and takes through consultation, legal review and collective decision; not the listed major administrative decisions, which also need public participation, expert review and risk assessment.',
    },
  }),
  count({
    id: 'decision.executive-meetings',
    name: { zh: '市政府常务会议次数', en: 'Executive meetings of the municipal government' },
    theme: 'decisionMaking',
    unit: '次',
    definition: {
      zh: '召开市政府常务会议的次数(集体研究重大行政决策事项)。',
      en: 'Executive meetings of the municipal government held (where major administrative decisions are discussed collectively).',
    },
  }),
  count({
    id: 'decision.rule-of-law-agenda-items',
    name: { zh: '党组会议、常务会议审议法治议题数', en: 'Rule-of-law topics on leadership meeting agendas' },
    theme: 'decisionMaking',
    unit: '项次',
    definition: {
      zh: '市政府党组会议、常务会议研究审议的法治有关议题数(报告写作“项次”,同一议题多次审议分别计数)。',
      en: 'Rule-of-law topics discussed at meetings of the municipal government’s Party group and executive meetings (written 项次: a topic discussed twice counts twice).',
    },
  }),
  count({
    id: 'decision.contracts-reviewed',
    name: { zh: '合法性审核合同数', en: 'Contracts reviewed for legality' },
    theme: 'decisionMaking',
    unit: '份',
    definition: {
      zh: '经公职律师等合法性审核(复核)的民事合同份数。',
      en: 'Civil contracts checked for legality, e.g. by in-house public-sector lawyers.',
    },
  }),
];

const legalAdvisers: Indicator[] = [
  count({
    id: 'legal-advisers.towns-covered',
    name: { zh: '聘有法律顾问的镇(街道)数', en: 'Towns and subdistricts with a legal adviser' },
    theme: 'legalAdvisers',
    unit: '个',
    direction: 'higherIsBetter',
    definition: { zh: '已聘请法律顾问的镇(街道)数量。', en: 'Towns and subdistricts that have appointed a legal adviser.' },
  }),
  count({
    id: 'legal-advisers.departments-covered',
    name: { zh: '聘有法律顾问的政府部门数', en: 'Government departments with a legal adviser' },
    theme: 'legalAdvisers',
    unit: '个',
    direction: 'higherIsBetter',
    definition: { zh: '已聘请法律顾问的政府部门数量。', en: 'Government departments that have appointed a legal adviser.' },
  }),
  rate({
    id: 'legal-advisers.coverage-rate',
    name: { zh: '法律顾问覆盖率', en: 'Legal adviser coverage' },
    theme: 'legalAdvisers',
    definition: {
      zh: '聘有法律顾问的镇(街道)和政府部门 ÷ 全部镇(街道)和政府部门 × 100%。',
      en: 'Towns, subdistricts and government departments with a legal adviser ÷ all of them × 100%.',
    },
  }),
  count({
    id: 'legal-advisers.public-sector-lawyers-added',
    name: { zh: '充实的公职律师人数', en: 'Public-sector lawyers added' },
    theme: 'legalAdvisers',
    unit: '名',
    definition: {
      zh: '为加强法制审核岗位而新充实的公职律师人数。',
      en: 'Public-sector (in-house government) lawyers added to strengthen legal review.',
    },
  }),
];

const enforcement: Indicator[] = [
  count({
    id: 'enforcement.legal-review-filing-units',
    name: { zh: '完成法制审核人员备案的执法单位数', en: 'Enforcement units with registered legal reviewers' },
    theme: 'enforcement',
    unit: '个',
    direction: 'higherIsBetter',
    definition: {
      zh: '在行政执法队伍管理系统中完成法制审核人员备案的行政执法单位数量。',
      en: 'Administrative enforcement units that have registered their legal-review staff in the enforcement personnel system.',
    },
  }),
  rate({
    id: 'enforcement.legal-review-filing-rate',
    name: { zh: '法制审核人员备案主体达标率', en: 'Enforcement units meeting the legal-reviewer registration standard' },
    theme: 'enforcement',
    definition: {
      zh: '完成法制审核人员备案并达标的执法主体 ÷ 全部执法主体 × 100%(报告只给出比率)。',
      en: 'Enforcement units whose legal-reviewer registration meets the standard ÷ all enforcement units × 100% (reports give only the rate).',
    },
  }),
  count({
    id: 'enforcement.new-certificates',
    name: { zh: '新申领行政执法证数', en: 'New enforcement certificates applied for' },
    theme: 'enforcement',
    unit: '个',
    definition: { zh: '新申领的行政执法证件数量。', en: 'New administrative enforcement certificates (officer ID cards) applied for.' },
  }),
  count({
    id: 'enforcement.certificates-processed',
    name: { zh: '行政执法证办理总数', en: 'Enforcement certificates processed' },
    theme: 'enforcement',
    unit: '个',
    definition: {
      zh: '办理的行政执法证件总数(含新申领及换证等)。',
      en: 'Administrative enforcement certificates processed in total (new applications, renewals, etc.).',
    },
  }),
  count({
    id: 'enforcement.valid-certificates',
    name: { zh: '有效行政执法证总数', en: 'Valid enforcement certificates held' },
    theme: 'enforcement',
    unit: '个',
    definition: {
      zh: '行政执法单位持有的有效行政执法证总数(约等于持证执法人员数)。',
      en: 'Valid administrative enforcement certificates held by enforcement units (roughly the number of certified enforcement officers).',
    },
  }),
  count({
    id: 'enforcement.bodies-publishing-results',
    name: { zh: '公示行政执法结果的执法主体数', en: 'Enforcement bodies publishing enforcement results' },
    theme: 'enforcement',
    unit: '个',
    direction: 'higherIsBetter',
    definition: {
      zh: '进行行政执法结果公示的行政执法主体单位数量。',
      en: 'Administrative enforcement bodies that publish the results of their enforcement actions.',
    },
  }),
  count({
    id: 'enforcement.published-inspection-cases',
    name: { zh: '公示的行政检查案件数', en: 'Administrative inspections published' },
    theme: 'enforcement',
    unit: '宗',
    definition: { zh: '执法结果公示中的行政检查案件数。', en: 'Administrative inspection cases whose results were published.' },
  }),
  count({
    id: 'enforcement.published-penalty-cases',
    name: { zh: '公示的行政处罚案件数', en: 'Administrative penalties published' },
    theme: 'enforcement',
    unit: '宗',
    definition: { zh: '执法结果公示中的行政处罚案件数。', en: 'Administrative penalty cases whose results were published.' },
  }),
  count({
    id: 'enforcement.published-coercion-cases',
    name: { zh: '公示的行政强制案件数', en: 'Administrative coercive measures published' },
    theme: 'enforcement',
    unit: '宗',
    definition: {
      zh: '执法结果公示中的行政强制(查封、扣押、冻结等强制措施和强制执行)案件数。',
      en: 'Cases of administrative coercion (seizure, impoundment, freezing of assets, enforced execution) whose results were published.',
    },
  }),
  count({
    id: 'enforcement.published-licensing-cases',
    name: { zh: '公示的行政许可案件数', en: 'Administrative licensing decisions published' },
    theme: 'enforcement',
    unit: '宗',
    definition: { zh: '执法结果公示中的行政许可案件数。', en: 'Administrative licensing cases whose decisions were published.' },
  }),
];

const audit: Indicator[] = [
  count({
    id: 'audit.budget-units-covered',
    name: { zh: '大数据全覆盖审计的一级预算单位数', en: 'First-tier budget units covered by big-data audit' },
    theme: 'audit',
    unit: '个',
    direction: 'higherIsBetter',
    definition: {
      zh: '利用大数据技术实现全覆盖审计的一级预算单位数量。',
      en: 'First-tier budget units (those funded directly by the government budget) all covered by data-driven audit.',
    },
  }),
  count({
    id: 'audit.projects-completed',
    name: { zh: '完成审计项目数', en: 'Audit projects completed' },
    theme: 'audit',
    unit: '个',
    definition: { zh: '按计划完成的审计项目数量。', en: 'Audit projects completed as planned.' },
  }),
  amount({
    id: 'audit.irregular-funds',
    name: { zh: '审计查出违规资金', en: 'Funds used in breach of rules, found by audit' },
    theme: 'audit',
    definition: { zh: '审计查出的违规资金金额(万元)。', en: 'Funds found by audit to have been used in breach of laws or rules (10,000 yuan).' },
  }),
  amount({
    id: 'audit.irregularly-managed-funds',
    name: { zh: '审计查出管理不规范资金', en: 'Improperly managed funds found by audit' },
    theme: 'audit',
    definition: {
      zh: '审计查出的管理不规范资金金额(万元);不同于违规资金。',
      en: 'Funds found by audit to have been managed improperly (10,000 yuan); distinct from funds used in breach of rules.',
    },
  }),
  amount({
    id: 'audit.funds-recovered',
    name: { zh: '审计追缴财政资金', en: 'Public funds recovered after audit' },
    theme: 'audit',
    definition: { zh: '根据审计结果追缴的财政资金金额(万元)。', en: 'Public funds clawed back as a result of audits (10,000 yuan).' },
  }),
  amount({
    id: 'audit.construction-cost-reduced',
    name: { zh: '审计核减工程造价', en: 'Construction costs cut by audit' },
    theme: 'audit',
    definition: {
      zh: '工程审计中核减的工程造价金额(万元)。',
      en: 'Amount by which audits of construction projects reduced the approved project cost (10,000 yuan).',
    },
  }),
  count({
    id: 'audit.recommendations',
    name: { zh: '提出审计建议数', en: 'Audit recommendations made' },
    theme: 'audit',
    unit: '条',
    definition: { zh: '向有关部门和单位提出的审计建议条数。', en: 'Recommendations made by auditors to the departments and units concerned.' },
  }),
  count({
    id: 'audit.reports-shared',
    name: { zh: '向有关部门公开的审计报告数', en: 'Audit reports shared with oversight bodies' },
    theme: 'audit',
    unit: '份',
    definition: {
      zh: '向上级审计机关、党委政府、纪检监察、组织、财政等部门公开(报送)的审计报告份数。',
      en: 'Audit reports made available to the higher-level audit office, the Party committee and government, discipline inspection, organisation and finance departments.',
    },
  }),
  count({
    id: 'audit.result-reports-shared',
    name: { zh: '向有关部门公开的审计结果报告数', en: 'Audit result reports shared with oversight bodies' },
    theme: 'audit',
    unit: '份',
    definition: {
      zh: '向上级审计机关、党委政府等有关部门公开(报送)的审计结果报告份数。',
      en: 'Audit result reports made available to the higher-level audit office, the Party committee and government and other oversight bodies.',
    },
  }),
  count({
    id: 'audit.decisions-shared',
    name: { zh: '向有关部门公开的审计决定数', en: 'Audit decisions shared with oversight bodies' },
    theme: 'audit',
    unit: '份',
    definition: {
      zh: '向上级审计机关、党委政府等有关部门公开(报送)的审计决定份数。',
      en: 'Formal audit decisions made available to the higher-level audit office, the Party committee and government and other oversight bodies.',
    },
  }),
  count({
    id: 'audit.information-published-online',
    name: { zh: '网上公开审计信息条数', en: 'Audit information items published online' },
    theme: 'audit',
    unit: '条',
    definition: {
      zh: '在政府信息公开平台网上公开的审计信息条数(工作动态、预决算、审计结果公告等)。',
      en: 'Audit information items published on the government disclosure platform (news, budgets and final accounts, audit result announcements, etc.).',
    },
  }),
];

const mediation: Indicator[] = [
  count({
    id: 'mediation.cases',
    name: { zh: '人民调解案件数', en: 'Disputes handled by people’s mediation' },
    theme: 'mediation',
    unit: '件',
    definition: { zh: '人民调解组织调解的各类纠纷案件数。', en: 'Disputes of all kinds taken up by people’s mediation committees.' },
  }),
  count({
    id: 'mediation.successful-cases',
    name: { zh: '人民调解成功案件数', en: 'Disputes settled by people’s mediation' },
    theme: 'mediation',
    unit: '件',
    direction: 'higherIsBetter',
    definition: { zh: '人民调解组织调解成功的案件数。', en: 'Disputes that people’s mediation committees settled successfully.' },
    partOfId: 'mediation.cases',
  }),
  rate({
    id: 'mediation.success-rate',
    name: { zh: '人民调解成功率', en: 'People’s mediation success rate' },
    theme: 'mediation',
    definition: { zh: '调解成功 ÷ 调解案件 × 100%。', en: 'Disputes settled ÷ disputes mediated × 100%.' },
    numeratorId: 'mediation.successful-cases',
    denominatorId: 'mediation.cases',
  }),
  count({
    id: 'mediation.subsidised-cases',
    name: { zh: '以案定补审批通过案件数', en: 'Mediation cases approved for per-case subsidy' },
    theme: 'mediation',
    unit: '件',
    definition: {
      zh: '按“以案定补”(按调解案件数量和质量给予调解员补贴)审批通过的案件数。',
      en: 'Mediation cases approved under the per-case subsidy scheme (以案定补), which pays mediators according to the cases they settle.',
    },
  }),
  amount({
    id: 'mediation.subsidy-amount',
    name: { zh: '以案定补补贴发放金额', en: 'Per-case mediation subsidies paid' },
    theme: 'mediation',
    definition: { zh: '按“以案定补”发放的补贴金额(万元)。', en: 'Subsidies paid under the per-case mediation subsidy scheme (10,000 yuan).' },
  }),
];

const petitions: Indicator[] = [
  count({
    id: 'petitions.leader-assigned-cases',
    name: { zh: '领导包案信访案件数', en: 'Petition cases assigned to senior officials' },
    theme: 'petitions',
    unit: '宗',
    definition: {
      zh: '由市领导包案(负责到底)化解的信访积案数量。',
      en: 'Long-standing petition (信访) cases each assigned to a named city leader who is responsible for resolving it.',
    },
  }),
  count({
    id: 'petitions.leader-assigned-cases-resolved',
    name: { zh: '领导包案信访案件化解数', en: 'Leader-assigned petition cases resolved' },
    theme: 'petitions',
    unit: '宗',
    direction: 'higherIsBetter',
    definition: { zh: '领导包案的信访案件中已化解的数量。', en: 'Petition cases assigned to city leaders that have been resolved.' },
    partOfId: 'petitions.leader-assigned-cases',
  }),
  rate({
    id: 'petitions.leader-assigned-resolution-rate',
    name: { zh: '领导包案信访案件化解率', en: 'Resolution rate of leader-assigned petition cases' },
    theme: 'petitions',
    definition: { zh: '化解案件 ÷ 包案案件 × 100%。', en: 'Cases resolved ÷ cases assigned × 100%.' },
    numeratorId: 'petitions.leader-assigned-cases-resolved',
    denominatorId: 'petitions.leader-assigned-cases',
  }),
];

const proposals: Indicator[] = [
  count({
    id: 'proposals.npc-suggestions-handled',
    name: { zh: '办理人大代表建议数(各级合计)', en: 'People’s Congress deputies’ suggestions handled (all levels)' },
    theme: 'proposals',
    unit: '件',
    definition: {
      zh: '办理的各级(全国、省、市等)人大代表建议件数合计。按级别分列的数字见下级指标。',
      en: 'Suggestions from deputies to People’s Congresses at all levels (national, provincial, municipal, …) handled, in total. Figures by level are separate indicators that are parts of this one.',
    },
  }),
  count({
    id: 'proposals.npc-national-suggestions-handled',
    name: { zh: '办理全国人大代表建议数', en: 'National People’s Congress deputies’ suggestions handled' },
    theme: 'proposals',
    unit: '件',
    definition: {
      zh: '办理的全国人大代表建议件数。',
      en: 'Suggestions from deputies to the National People’s Congress handled.',
    },
    partOfId: 'proposals.npc-suggestions-handled',
  }),
  count({
    id: 'proposals.npc-provincial-suggestions-handled',
    name: { zh: '办理省人大代表建议数', en: 'Provincial People’s Congress deputies’ suggestions handled' },
    theme: 'proposals',
    unit: '件',
    definition: { zh: '办理的省人大代表建议件数。', en: 'Suggestions from deputies to the provincial People’s Congress handled.' },
    partOfId: 'proposals.npc-suggestions-handled',
  }),
  count({
    id: 'proposals.npc-municipal-suggestions-handled',
    name: { zh: '办理市人大代表建议数', en: 'Municipal People’s Congress deputies’ suggestions handled' },
    theme: 'proposals',
    unit: '件',
    definition: { zh: '办理的市人大代表建议件数。', en: 'Suggestions from deputies to the municipal People’s Congress handled.' },
    partOfId: 'proposals.npc-suggestions-handled',
  }),
  count({
    id: 'proposals.cppcc-national-proposals-handled',
    name: { zh: '办理全国政协提案数', en: 'National CPPCC proposals handled' },
    theme: 'proposals',
    unit: '件',
    definition: {
      zh: '办理的全国政协委员提案件数。',
      en: 'Proposals from members of the National Committee of the Chinese People’s Political Consultative Conference (CPPCC) handled.',
    },
  }),
  count({
    id: 'proposals.cppcc-provincial-proposals-handled',
    name: { zh: '办理省政协提案数', en: 'Provincial CPPCC proposals handled' },
    theme: 'proposals',
    unit: '件',
    definition: { zh: '办理的省政协提案件数(含会议期间提案和专项提案)。', en: 'Proposals from the provincial CPPCC committee handled (session and special proposals).' },
  }),
  count({
    id: 'proposals.cppcc-provincial-session-proposals-handled',
    name: { zh: '办理省政协会议期间提案数', en: 'Provincial CPPCC session proposals handled' },
    theme: 'proposals',
    unit: '件',
    definition: { zh: '办理的省政协提案中在全体会议期间提出的件数。', en: 'Provincial CPPCC proposals submitted during the plenary session, handled.' },
    partOfId: 'proposals.cppcc-provincial-proposals-handled',
  }),
  count({
    id: 'proposals.cppcc-provincial-special-proposals-handled',
    name: { zh: '办理省政协专项提案数', en: 'Provincial CPPCC special proposals handled' },
    theme: 'proposals',
    unit: '件',
    definition: { zh: '办理的省政协提案中专项提案的件数。', en: 'Provincial CPPCC special (thematic) proposals handled.' },
    partOfId: 'proposals.cppcc-provincial-proposals-handled',
  }),
  count({
    id: 'proposals.cppcc-municipal-proposals-handled',
    name: { zh: '办理市政协提案数', en: 'Municipal CPPCC proposals handled' },
    theme: 'proposals',
    unit: '件',
    definition: { zh: '办理的市政协提案件数。', en: 'Proposals from the municipal CPPCC committee handled.' },
  }),
  count({
    id: 'proposals.municipal-suggestions-and-proposals',
    name: {
      zh: '市“两会”需政府部门办理的建议提案数(合计)',
      en: 'Municipal deputies’ suggestions and CPPCC proposals for government departments (combined)',
    },
    theme: 'proposals',
    unit: '件',
    definition: {
      zh: '市人大代表和市政协委员在市“两会”上提出、需政府部门办理的建议和提案合计件数。',
      en: 'Suggestions from municipal People’s Congress deputies and proposals from municipal CPPCC members at the annual sessions that government departments must handle, counted together.',
    },
  }),
  count({
    id: 'proposals.session-opinions-compiled',
    name: { zh: '“两会”分组讨论意见建议梳理条数', en: 'Opinions from the annual sessions’ group discussions compiled' },
    theme: 'proposals',
    unit: '条',
    definition: {
      zh: '市“两会”期间从人大代表、政协委员分组讨论中梳理出的对政府工作的意见建议条数。',
      en: 'Comments on the government’s work collected from deputies’ and CPPCC members’ group discussions during the annual sessions and passed to departments.',
    },
  }),
  count({
    id: 'proposals.follow-up-phone-calls',
    name: { zh: '不满意建议提案电话沟通次数', en: 'Phone follow-ups on suggestions and proposals rated unsatisfactory' },
    theme: 'proposals',
    unit: '次',
    definition: {
      zh: '对代表委员反馈不满意的建议提案,督查部门电话沟通的次数(累计)。',
      en: 'Phone calls made by the supervision office to follow up suggestions and proposals whose authors said they were unsatisfied (cumulative).',
    },
  }),
  count({
    id: 'proposals.follow-up-consultation-meetings',
    name: { zh: '不满意建议提案协商会次数', en: 'Consultation meetings on suggestions and proposals rated unsatisfactory' },
    theme: 'proposals',
    unit: '次',
    definition: {
      zh: '对反馈不满意的建议提案召集协商会的次数(累计)。',
      en: 'Consultation meetings convened on suggestions and proposals whose authors said they were unsatisfied (cumulative).',
    },
  }),
  count({
    id: 'proposals.follow-up-site-visits',
    name: { zh: '会同代表现场调研解决问题次数', en: 'Site visits with deputies to resolve suggestions' },
    theme: 'proposals',
    unit: '次',
    definition: {
      zh: '会同代表委员到现场调研、解决建议提案所提问题的次数(累计)。',
      en: 'Site visits made together with deputies or CPPCC members to resolve the issues raised in their suggestions or proposals (cumulative).',
    },
  }),
  count({
    id: 'proposals.reports-to-npc-standing-committee',
    name: { zh: '向人大常委会专题报告工作次数', en: 'Reports to the People’s Congress Standing Committee' },
    theme: 'proposals',
    unit: '次',
    definition: {
      zh: '政府部门主动向本级人大常委会专题报告工作的次数。',
      en: 'Times government departments reported on their work to the Standing Committee of the People’s Congress at the same level.',
    },
  }),
  count({
    id: 'proposals.briefings-to-cppcc',
    name: { zh: '向政协通报工作次数', en: 'Briefings to the CPPCC committee' },
    theme: 'proposals',
    unit: '次',
    definition: {
      zh: '政府部门向本级政协通报工作的次数。',
      en: 'Times government departments briefed the CPPCC committee at the same level on their work.',
    },
  }),
  count({
    id: 'proposals.inspection-invitations',
    name: { zh: '邀请人大代表、政协委员视察调研次数', en: 'Inspection visits by deputies and CPPCC members on invitation' },
    theme: 'proposals',
    unit: '次',
    definition: {
      zh: '政府部门主动邀请人大代表、政协委员视察、调研工作的次数。',
      en: 'Times government departments invited deputies and CPPCC members to inspect or study their work.',
    },
  }),
  count({
    id: 'proposals.messages-to-deputies',
    name: { zh: '向人大代表、政协委员发送信息条数', en: 'Information messages sent to deputies and CPPCC members' },
    theme: 'proposals',
    unit: '条',
    definition: {
      zh: '政府部门向人大代表、政协委员发送工作信息的条数。',
      en: 'Information messages sent by government departments to deputies and CPPCC members.',
    },
  }),
  count({
    id: 'proposals.topics-reported-to-npc-standing-committee',
    name: {
      zh: '向人大常委会报告的常务会议审议议题数',
      en: 'Executive-meeting topics reported to the People’s Congress Standing Committee',
    },
    theme: 'proposals',
    unit: '项',
    definition: {
      zh: '依法向本级人大常委会报告的市政府常务会议审议议题数。',
      en: 'Topics decided at executive meetings of the municipal government that were reported, as the law requires, to the Standing Committee of the municipal People’s Congress.',
    },
  }),
  count({
    id: 'proposals.npc-standing-committee-meetings-attended',
    name: { zh: '列席人大常委会会议次数', en: 'People’s Congress Standing Committee meetings attended' },
    theme: 'proposals',
    unit: '次',
    definition: {
      zh: '市长、副市长列席本级人大常委会会议的次数(由办公厅提供服务保障)。',
      en: 'Meetings of the municipal People’s Congress Standing Committee attended by the mayor or vice-mayors as non-voting participants (supported by the general office).',
    },
  }),
  count({
    id: 'proposals.npc-activities-attended',
    name: { zh: '参加人大执法检查、调研座谈等活动次数', en: 'People’s Congress inspections and hearings attended' },
    theme: 'proposals',
    unit: '次',
    definition: {
      zh: '参加人大执法检查、调研座谈等监督活动的次数。',
      en: 'People’s Congress oversight activities (law-enforcement inspections, research meetings and the like) attended.',
    },
  }),
];

const supervision: Indicator[] = [
  count({
    id: 'supervision.matters-supervised',
    name: { zh: '立项督办的督查事项数', en: 'Matters placed under government supervision' },
    theme: 'supervision',
    unit: '项',
    definition: {
      zh: '立项督办的市本级督查事项数量(政府工作报告部署事项、会议决策事项等)。',
      en: 'Municipal-level matters formally placed under government supervision (督查): tasks in the government work report, decisions of leadership meetings and the like.',
    },
  }),
  count({
    id: 'supervision.bulletins',
    name: { zh: '督查通报期数', en: 'Supervision bulletin issues' },
    theme: 'supervision',
    unit: '期',
    definition: { zh: '印发的政府督查通报(如《穗府督查》)期数。', en: 'Issues of the government supervision bulletin published (e.g. Guangzhou’s 穗府督查).' },
  }),
  count({
    id: 'supervision.online-leads-verified',
    name: { zh: '核查办理“互联网+督查”留言线索数', en: 'Internet Plus Supervision leads checked' },
    theme: 'supervision',
    unit: '条',
    definition: {
      zh: '核查办理的国务院和省“互联网+督查”平台留言问题线索条数。',
      en: 'Leads from messages left on the State Council’s and the province’s Internet Plus Supervision platforms that were checked and dealt with.',
    },
  }),
  count({
    id: 'supervision.epidemic-bulletins',
    name: { zh: '疫情防控督查专报期数', en: 'Epidemic-control supervision bulletin issues' },
    theme: 'supervision',
    unit: '期',
    definition: { zh: '印发的《疫情防控督查专报》期数。', en: 'Issues of the special supervision bulletin on COVID-19 control.' },
  }),
  count({
    id: 'supervision.epidemic-matters-supervised',
    name: { zh: '疫情防控督办事项数', en: 'Epidemic-control matters supervised' },
    theme: 'supervision',
    unit: '项',
    definition: { zh: '疫情防控督查中督办的事项数量。', en: 'Matters followed up by COVID-19 control supervision.' },
  }),
  count({
    id: 'supervision.outbreaks-handled',
    name: { zh: '保障处置的突发疫情起数', en: 'Local COVID-19 outbreaks handled' },
    theme: 'supervision',
    unit: '起',
    definition: {
      zh: '保障得到有效处置的突发疫情起数。',
      en: 'Sudden local COVID-19 outbreaks whose handling was supported (counted in 起, incidents).',
    },
  }),
  count({
    id: 'supervision.research-reports',
    name: { zh: '主题调研报告篇数', en: 'Research reports written' },
    theme: 'supervision',
    unit: '篇',
    definition: { zh: '开展主题调研形成的调研报告篇数。', en: 'Reports produced from thematic field research.' },
  }),
  count({
    id: 'supervision.leader-instructions',
    name: { zh: '调研报告获领导批示次数', en: 'Instructions from leaders on research reports' },
    theme: 'supervision',
    unit: '次',
    definition: {
      zh: '调研报告得到有关领导批示的次数。',
      en: 'Times city leaders wrote instructions (批示) on the research reports.',
    },
  }),
];

const study: Indicator[] = [
  count({
    id: 'study.party-group-law-study-sessions',
    name: { zh: '党组会议学习法治内容次数', en: 'Party group meetings studying rule-of-law topics' },
    theme: 'study',
    unit: '次',
    definition: { zh: '党组召开会议学习涉及法治工作内容的次数。', en: 'Party group meetings at which rule-of-law material was studied.' },
  }),
  count({
    id: 'study.party-regulations-studied',
    name: { zh: '党组学习的党内法规项数', en: 'Party regulations studied by the Party group' },
    theme: 'study',
    unit: '项',
    definition: { zh: '党组学习的党内法规数量。', en: 'Intra-Party regulations studied by the Party group.' },
  }),
  count({
    id: 'study.executive-meeting-law-sessions',
    name: { zh: '政府常务会议学法次数', en: 'Law study sessions at government executive meetings' },
    theme: 'study',
    unit: '次',
    definition: {
      zh: '政府常务会议开展学法活动(专题讲座、辅导报告)的次数。',
      en: 'Law study sessions (lectures, briefings by experts) held as part of the government’s executive meetings.',
    },
  }),
  count({
    id: 'study.enforcement-training-participants',
    name: { zh: '行政执法培训参训人数', en: 'Enforcement officers trained' },
    theme: 'study',
    unit: '人',
    definition: {
      zh: '参加行政执法专业知识、法律知识培训班的人数。',
      en: 'People attending training courses on enforcement practice and law for administrative enforcement staff.',
    },
  }),
  count({
    id: 'study.theory-group-sessions',
    name: { zh: '党组理论学习中心组学习会议次数', en: 'Study meetings of the Party group’s theory study group' },
    theme: 'study',
    unit: '次',
    definition: {
      zh: '党组理论学习中心组召开学习会议的次数。',
      en: 'Meetings of the Party group’s central theory study group (理论学习中心组) held.',
    },
  }),
  count({
    id: 'study.theory-group-sessions-20th-congress',
    name: {
      zh: '党组理论学习中心组学习党的二十大精神次数',
      en: 'Theory study group meetings on the 20th Party Congress',
    },
    theme: 'study',
    unit: '次',
    definition: {
      zh: '党组理论学习中心组学习会议中学习党的二十大精神的次数。',
      en: 'Meetings of the Party group’s theory study group devoted to the 20th National Party Congress.',
    },
    partOfId: 'study.theory-group-sessions',
  }),
  count({
    id: 'study.office-party-group-study-items',
    name: { zh: '机关党组会议学习项数', en: 'Items studied at the office’s Party group meetings' },
    theme: 'study',
    unit: '项',
    definition: { zh: '机关党组会议开展学习的项数。', en: 'Study items taken up at meetings of the office’s own Party group.' },
  }),
  rate({
    id: 'study.law-exam-participation-rate',
    name: { zh: '全员学法考试参考率', en: 'Law exam participation rate' },
    theme: 'study',
    definition: {
      zh: '参加全员学法考试的人数 ÷ 应参考人数 × 100%(报告只给出比率)。',
      en: 'Staff who sat the all-staff law exam ÷ staff required to sit it × 100% (reports give only the rate).',
    },
  }),
  rate({
    id: 'study.law-exam-excellence-rate',
    name: { zh: '全员学法考试优秀率', en: 'Law exam distinction rate' },
    theme: 'study',
    definition: {
      zh: '学法考试成绩达到优秀的人数 ÷ 参考人数 × 100%(报告只给出比率)。',
      en: 'Staff scoring a distinction in the all-staff law exam ÷ staff who sat it × 100% (reports give only the rate).',
    },
  }),
];

export const indicators: Indicator[] = [
  ...hotline,
  ...administrativeReview,
  ...disclosure,
  ...services,
  ...digitalGovernment,
  ...businessEnvironment,
  ...regulations,
  ...decisionMaking,
  ...legalAdvisers,
  ...enforcement,
  ...audit,
  ...mediation,
  ...petitions,
  ...proposals,
  ...supervision,
  ...study,
];
