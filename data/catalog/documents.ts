import type { SourceDocument } from '../../src/domain/source-document';

/** Document metadata as read from each text; sha256 and length are computed by scripts/build-data.ts. */
export type DocumentMetadata = Omit<SourceDocument, 'sha256' | 'length'>;

export const documents: DocumentMetadata[] = [
  {
    id: '000_95bac47a01022ce6',
    title: {
      zh: '中山市人民政府办公室2021年度法治政府建设工作情况报告',
      en: 'Zhongshan Municipal Government General Office: 2021 report on building a rule-of-law government',
    },
    issuingBody: { zh: '中山市人民政府办公室', en: 'General Office of the Zhongshan Municipal Government' },
    jurisdictionCode: '442000',
    yearCovered: 2021,
    publishedOn: '2022-03-01',
    kind: 'ruleOfLawReport',
  },
  {
    id: '001_3f0a2276b96b94a9',
    title: {
      zh: '高州市2021年度法治政府建设情况报告',
      en: 'Gaozhou: 2021 report on building a rule-of-law government',
    },
    issuingBody: { zh: '高州市人民政府', en: 'Gaozhou Municipal Government' },
    jurisdictionCode: '440981',
    yearCovered: 2021,
    // The date stands at the end of the text; many figures stop at October or early November.
    publishedOn: '2021-12-02',
    kind: 'ruleOfLawReport',
  },
  {
    id: '002_708db31ce4ea3cc1',
    title: {
      zh: '横栏镇2022年政务公开工作要点分工方案',
      en: 'Henglan Town: 2022 division of tasks for government affairs disclosure',
    },
    issuingBody: { zh: '中山市横栏镇人民政府', en: 'Henglan Town Government, Zhongshan' },
    jurisdictionCode: '442000110',
    yearCovered: 2022,
    publishedOn: '2022-07-29',
    kind: 'disclosurePlan',
  },
  {
    id: '003_46cc8aeac5ceb1f9',
    title: {
      zh: '市政府办公厅2018年法治政府建设重点工作落实情况',
      en: 'Shenzhen Municipal Government General Office: 2018 implementation of key rule-of-law tasks',
    },
    issuingBody: { zh: '深圳市人民政府办公厅', en: 'General Office of the Shenzhen Municipal Government' },
    jurisdictionCode: '440300',
    yearCovered: 2018,
    publishedOn: '2019-01-04',
    kind: 'ruleOfLawReport',
  },
  {
    id: '004_a24638c85b82cf1e',
    title: {
      zh: '2022年度市政府办公厅法治政府建设情况报告',
      en: 'Guangzhou Municipal Government General Office: 2022 report on building a rule-of-law government',
    },
    issuingBody: { zh: '广州市人民政府办公厅', en: 'General Office of the Guangzhou Municipal Government' },
    jurisdictionCode: '440100',
    yearCovered: 2022,
    // The scraped text states no publication date.
    publishedOn: null,
    kind: 'ruleOfLawReport',
  },
];
