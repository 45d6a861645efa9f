import type { MessageBundle } from '../../lib/i18n';
import type { MessagesLike } from '../../lib/locales/zh';

// Loaded with this feature's pages (src/app/i18n-bundles.ts); the navigation label is in entry-locales.ts.
const zh = {
  profile: {
    loading: '正在加载数据…',
    list: {
      heading: '地区',
      intro: '每个地区一页：列出它的全部指标、最新数值和原文出处。',
      search: '按名称或代码搜索地区',
      searchPlaceholder: '如：高州、Gaozhou、440981',
      noMatch: '没有匹配“{{query}}”的地区',
      indicatorCount: '{{count}} 个指标',
      noData: '暂无数据',
    },
    level: {
      province: '省级',
      prefecture: '地级',
      county: '县级',
      town: '乡镇级',
    },
    unknown: '链接中的地区代码“{{code}}”不存在。请从下面的列表中选择一个地区。',
    breadcrumb: '位置',
    meta: '{{level}} · 行政区划代码 {{code}}',
    parent: '上级：',
    children: '下级：',
    summary: '共 {{indicators}} 个指标，来自 {{documents}} 份文件。',
    noIndicators: '已收录的文件中暂无这个地区的数值。',
    documents: '文件',
    openDocument: '阅读全文',
    compareWith: '与其他地区对比',
    themeTable: '{{theme}}：{{jurisdiction}}的指标',
    indicator: '指标',
    latest: '最新数值',
    trend: '趋势',
    singleYear: '仅一年',
    trendLabel: '{{indicator}}，{{from}}–{{to}}年：{{values}}',
    quoteLabel: '在原文中查看：{{quote}}',
    earlierYears: '另有 {{count}} 个较早年份',
    differentScopes: '不同口径',
    onlyRelative: '只有相对值',
  },
} as const;

const en: MessagesLike<typeof zh> = {
  profile: {
    loading: 'Loading data…',
    list: {
      heading: 'Jurisdictions',
      intro: 'One page per jurisdiction: all its indicators, their latest values and the sentences they come from.',
      search: 'Search jurisdictions by name or code',
      searchPlaceholder: 'e.g. 高州, Gaozhou, 440981',
      noMatch: 'No jurisdiction matches “{{query}}”',
      indicatorCount: 'Indicators: {{count}}',
      noData: 'no data yet',
    },
    level: {
      province: 'Province',
      prefecture: 'Prefecture-level',
      county: 'County-level',
      town: 'Town-level',
    },
    unknown: 'The link names a jurisdiction code “{{code}}” that does not exist. Choose a jurisdiction from the list below.',
    breadcrumb: 'Breadcrumb',
    meta: '{{level}} · division code {{code}}',
    parent: 'Part of: ',
    children: 'Includes: ',
    summary: '{{indicators}} indicators from {{documents}} document(s).',
    noIndicators: 'The documents collected so far give no values for this jurisdiction.',
    documents: 'Documents',
    openDocument: 'Read the full text',
    compareWith: 'Compare with other jurisdictions',
    themeTable: '{{theme}}: indicators for {{jurisdiction}}',
    indicator: 'Indicator',
    latest: 'Latest value',
    trend: 'Trend',
    singleYear: 'one year only',
    trendLabel: '{{indicator}}, {{from}}–{{to}}: {{values}}',
    quoteLabel: 'See in the source: {{quote}}',
    earlierYears: 'plus {{count}} earlier year(s)',
    differentScopes: 'different scopes',
    onlyRelative: 'relative value only',
  },
};

export const profileMessages: MessageBundle = { zh, en };
