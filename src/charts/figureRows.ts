import { articleUnits } from '../data/article'
import { getFigure } from '../data/figures'
import type { Report } from '../data/report'
import type { Figure } from '../data/schema'
import { formatQualifier, formatQuantity } from '../i18n/format'
import type { Lang } from '../i18n/lang'
import type { Column } from './spec'

/** The figures a chart draws, in the order it names them. */
export const figureRows = (report: Report, ids: readonly string[]): readonly Figure[] =>
  ids.map((id) => getFigure(report, id))

/** A figure's label in the reader's language. */
export const figureLabel = (f: Figure, lang: Lang) => (lang === 'zh' ? f.label_zh : f.label_en)

/** The table and CSV columns of every chart whose rows are figures: the figures.csv columns. */
export const figureColumns: readonly Column<Figure>[] = [
  { key: 'id', header: { zh: '编号', en: 'id' }, value: (f) => f.id },
  {
    key: 'label',
    header: { zh: '指标', en: 'Figure' },
    value: (f) => f.label_zh,
    format: figureLabel,
  },
  {
    key: 'value',
    header: { zh: '数值', en: 'Value' },
    value: (f) => f.value,
    format: (f, lang, mode) => formatQuantity(f, lang, { mode }),
  },
  { key: 'unit', header: { zh: '单位', en: 'Unit' }, value: (f) => f.unit },
  {
    key: 'qualifier',
    header: { zh: '限定', en: 'Qualifier' },
    value: (f) => f.qualifier,
    format: (f, lang) => formatQualifier(f.qualifier, lang),
  },
  {
    key: 'derived',
    header: { zh: '推算', en: 'Derived' },
    value: (f) => f.derived,
    format: (f, lang) =>
      f.derived ? (lang === 'zh' ? '是（推算）' : 'yes (derived)') : lang === 'zh' ? '否' : 'no',
  },
  { key: 'note', header: { zh: '说明', en: 'Note' }, value: (f) => f.note },
]

/** The article's sentences in a language, as plain text by id: tooltips quote them. */
export const sentenceTexts = (report: Report, lang: Lang): ReadonlyMap<string, string> =>
  new Map([...articleUnits(report.article[lang])].map(([id, unit]) => [id, unit.text]))
