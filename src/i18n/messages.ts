import type { Lang } from './lang'

/** Every text of the page that is not data, in Chinese; English must have the same keys. */
const zh = {
  skipToCharts: '跳到图表',
  sourceLine: '本页所有数字均来自该报道的原文；推算值以斜线填充并注明算法。',
  readSource: '阅读原文',
  headlineStrip: '要点数字',
  article: '报道原文',
  charts: '图表',
  table: '表格',
  chart: '图表',
  showTable: '显示表格',
  showChart: '显示图表',
  showInArticle: '在文中查看',
  sourceSentence: '原文',
  description: '图表说明',
  legend: '图例',
  derivedMark: '（推算）',
  themeLight: '浅色',
  themeDark: '深色',
  themeAuto: '跟随系统',
  theme: '配色',
  language: '语言',
  loading: '正在载入数据…',
  dataErrors: '数据文件有误，图表暂不显示。以下是每个问题的位置：',
  unreachable: '数据没有载入：',
  retry: '重试',
  publishedBy: '发布',
  correspondent: '通讯员',
  present: '演示',
  downloadAll: '下载全部数据',
} as const

export type MessageKey = keyof typeof zh
export type Messages = Record<MessageKey, string>

const en: Messages = {
  skipToCharts: 'Skip to the charts',
  sourceLine:
    'Every number on this page comes from the article; derived values are hatched and give their formula.',
  readSource: 'Read the original',
  headlineStrip: 'Key figures',
  article: 'The article',
  charts: 'Charts',
  table: 'Table',
  chart: 'Chart',
  showTable: 'Show table',
  showChart: 'Show chart',
  showInArticle: 'Show in article',
  sourceSentence: 'Source sentence',
  description: 'Chart description',
  legend: 'Legend',
  derivedMark: ' (derived)',
  themeLight: 'Light',
  themeDark: 'Dark',
  themeAuto: 'System',
  theme: 'Theme',
  language: 'Language',
  loading: 'Loading the data…',
  dataErrors: 'The data files have problems, so the charts are not shown. Where each problem is:',
  unreachable: 'The data did not load:',
  retry: 'Retry',
  publishedBy: 'Published by',
  correspondent: 'Correspondent',
  present: 'Present',
  downloadAll: 'Download all data',
}

export const messages: Record<Lang, Messages> = { zh, en }
