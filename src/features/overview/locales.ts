import type { MessageBundle } from '../../lib/i18n';
import type { MessagesLike } from '../../lib/locales/zh';

// Loaded with this feature's pages (src/app/i18n-bundles.ts); the navigation label is in entry-locales.ts.
const zh = {
  overview: {
    heading: '概览',
    intro: '收录 {{documents}} 份政府公开文件，涉及 {{jurisdictions}} 个地区、{{indicators}} 个指标。每个数字都可以追溯到原文句子。',
    introSynthetic:
      '合成数据：{{counties, number}} 个县级地区、{{years}} 个年份、{{indicators}} 个指标的数值都是程序生成的，仅用于演示与性能测试，不是任何政府文件中的数字。每个数字可以追溯到它所在的生成示例文本。',
    loading: '正在加载数据…',
    audiences: {
      heading: '从这里开始',
      leaders: {
        title: '领导干部',
        text: '把两到四个地区放在一起比较同一指标，统计期和口径不同的地方会标出来。',
        link: '对比地区',
      },
      staff: {
        title: '工作人员',
        text: '逐个指标查看各地区、各年份的数值，核对原文出处，并整理成简报。',
        link: '浏览指标',
        profiles: '按地区查看',
        briefings: '工作简报',
      },
      public: {
        title: '公众',
        text: '用平实的话读懂这些数字：每句话都由数据自动生成，不加评论。',
        link: '阅读通俗摘要',
      },
    },
    headlines: {
      heading: '重点主题：最新数据',
      latestFor: '{{jurisdiction}}的最新数值',
      none: '已收录的文件中尚无地区报告此主题的数据。',
      moreInTheme: '浏览全部“{{theme}}”指标（{{count}} 个）',
      openInExplorer: '在指标浏览中查看',
      quote: '原文',
      quoteLabel: '原文出处：{{quote}}',
      otherFigure: '原文另一数值',
      moreJurisdictions: '另有 {{count, number}} 个地区有此指标的数值，在“指标浏览”中查看排名和全部数值',
    },
    summaries: {
      heading: '通俗摘要',
      intro: '以下句子由数据按固定句式生成，只复述文件中的数字。',
      introSynthetic: '以下句子由数据按固定句式生成，只复述数据中的数字；这些数字是合成的。',
      sentence: {
        exact: '{{jurisdiction}}，{{period}}，{{indicator}}为{{value}}。',
        approx: '{{jurisdiction}}，{{period}}，{{indicator}}约为{{value}}。',
        atLeast: '{{jurisdiction}}，{{period}}，{{indicator}}不少于{{value}}。',
        atMost: '{{jurisdiction}}，{{period}}，{{indicator}}不超过{{value}}。',
      },
      partial: '这只是年内部分时段的数字，不是全年。',
      scope: '这个数字只指{{scope}}，不是整个地区。',
      conflict: '原文对同一事项给出了不同的数字（{{values}}），两个都列出，未作取舍。',
      relativeOnly: '{{jurisdiction}}，{{period}}，{{indicator}}：{{relative}}（这是相对变化，不是数量本身）。',
      coverage: '在 {{columns, number}} 个“地区-年份”中，{{reported, number}} 个报告了{{theme}}的数据。',
    },
    coverage: {
      heading: '数据覆盖情况',
      intro: '每一列是一份文件所覆盖的地区和年份，每一行是一个主题。',
      caption: '各地区、各年份、各主题的数据覆盖情况',
      tooLarge: '数据涉及约 {{count, number}} 个“地区-年份”，一张覆盖情况表无法清楚呈现，因此这里不显示；请在“指标浏览”中按指标查看各地区各年份的数值和未报告情况。',
      theme: '主题',
      full: '已报告（全年）',
      partial: '已报告，部分数值仅覆盖年内部分时段',
      notReported: '文件未报告（不是零）',
      cellFull: '{{count}} 个指标，全年',
      cellPartial: '{{count}} 个指标，其中 {{partial}} 个仅覆盖年内部分时段',
      cellNotReported: '未报告',
      withoutDocuments: '尚未收录文件的地区：{{names}}',
      legend: '图例',
    },
  },
} as const;

const en: MessagesLike<typeof zh> = {
  overview: {
    heading: 'Overview',
    intro: '{{documents}} public government documents, covering {{jurisdictions}} jurisdictions and {{indicators}} indicators. Every number can be traced to its sentence in the source.',
    introSynthetic:
      'Synthetic data: the values of {{counties, number}} county-level jurisdictions, {{years}} years and {{indicators}} indicators are generated, for demos and performance tests only, and are not figures from any government document. Every number can be traced to the generated sample text it sits in.',
    loading: 'Loading data…',
    audiences: {
      heading: 'Where to start',
      leaders: {
        title: 'For leaders',
        text: 'Put two to four jurisdictions side by side on the same indicators; differences in period and scope are flagged.',
        link: 'Compare jurisdictions',
      },
      staff: {
        title: 'For staff',
        text: 'Look at one indicator across jurisdictions and years, check each value against its source, and put it into a briefing.',
        link: 'Explore indicators',
        profiles: 'Browse by jurisdiction',
        briefings: 'Briefings',
      },
      public: {
        title: 'For the public',
        text: 'The numbers in plain words: every sentence is generated from the data, with no commentary.',
        link: 'Read the plain-language summaries',
      },
    },
    headlines: {
      heading: 'Key themes: latest figures',
      latestFor: 'Latest value for {{jurisdiction}}',
      none: 'No jurisdiction reports this theme in the documents collected so far.',
      moreInTheme: 'All “{{theme}}” indicators ({{count}})',
      openInExplorer: 'View in the explorer',
      quote: 'Quote',
      quoteLabel: 'Source quote: {{quote}}',
      otherFigure: 'another figure in the source',
      moreJurisdictions: '{{count, number}} more jurisdictions have values for this indicator: see the ranking and every value in the explorer',
    },
    summaries: {
      heading: 'Plain-language summaries',
      intro: 'These sentences are generated from the data with fixed templates; they only repeat the numbers in the documents.',
      introSynthetic: 'These sentences are generated from the data with fixed templates; they only repeat its numbers, which are synthetic.',
      sentence: {
        exact: '{{jurisdiction}}, {{period}}: {{indicator}} was {{value}}.',
        approx: '{{jurisdiction}}, {{period}}: {{indicator}} was about {{value}}.',
        atLeast: '{{jurisdiction}}, {{period}}: {{indicator}} was at least {{value}}.',
        atMost: '{{jurisdiction}}, {{period}}: {{indicator}} was at most {{value}}.',
      },
      partial: 'This covers only part of the year, not the full year.',
      scope: 'This figure is for {{scope}} only, not the whole jurisdiction.',
      conflict: 'The source gives different figures for the same thing ({{values}}); both are listed, neither is chosen.',
      relativeOnly: '{{jurisdiction}}, {{period}}: {{indicator}}: {{relative}} (a relative change, not the amount itself).',
      coverage: 'Figures on {{theme}} are reported for {{reported, number}} of {{columns, number}} jurisdiction-years.',
    },
    coverage: {
      heading: 'What the data covers',
      intro: 'Each column is a jurisdiction and year covered by a document; each row is a theme.',
      caption: 'Coverage by jurisdiction, year and theme',
      tooLarge: 'The data spans about {{count, number}} jurisdiction-years, too many for one coverage table, so it is not shown here; the explorer shows, indicator by indicator, every jurisdiction-year with a value or none reported.',
      theme: 'Theme',
      full: 'Reported (full year)',
      partial: 'Reported, some values cover only part of the year',
      notReported: 'Not reported by the document (not zero)',
      cellFull: '{{count}} indicators, full year',
      cellFull_one: '1 indicator, full year',
      cellPartial: '{{count}} indicators, {{partial}} of them for part of the year only',
      cellPartial_one: '1 indicator, for part of the year only',
      cellNotReported: 'Not reported',
      withoutDocuments: 'Jurisdictions with no document yet: {{names}}',
      legend: 'Legend',
    },
  },
};

export const overviewMessages: MessageBundle = { zh, en };
