import type { Figure } from '../data/schema'
import { formatQuantity } from '../i18n/format'
import type { Lang } from '../i18n/lang'
import { cohorts, find, leadId } from './ageShares'
import type { BarTag } from './kit/BoundBar'
import { FigureBars } from './kit/FigureBars'
import { LeadBracket } from './kit/LeadBracket'
import type { ChartProps } from './spec'

const names = Object.fromEntries(cohorts.map((c) => [c.share, c.name]))
const nameOf = (lang: Lang) => (f: Figure) => names[f.id]?.[lang] ?? f.label_en

/**
 * Chart 3: the shares of paying users by birth decade, in the article's order, each name with
 * the rank the article gives it. 90后 (26 − 2) and the remainder are derived: hatched, labelled,
 * their formula in the tooltip. A bracket between the 70后 and 90后 bars spans the 2-point lead.
 */
export function AgeSharesChart(props: ChartProps<Figure>) {
  const { rows, lang, mode, highlight } = props
  const bars = cohorts.flatMap((c) => {
    const f = find(rows, c.share)
    return f ? [f] : []
  })
  const rankOf = Object.fromEntries(cohorts.map((c) => [c.share, find(rows, c.rank)]))
  const tagOf = (f: Figure): BarTag | undefined => {
    const rank = rankOf[f.id]
    return rank
      ? {
          figure: rank,
          text: `${lang === 'zh' ? ' · ' : ' · ranked '}${formatQuantity(rank, lang, { mode })}`,
        }
      : undefined
  }
  const named = nameOf(lang)
  const lead = find(rows, leadId)
  const upper = find(rows, 'age-70s-share')
  const lower = find(rows, 'age-90s-share')
  const amount = lead ? formatQuantity(lead, lang, { mode }) : ''
  return (
    <FigureBars
      {...props}
      id="age-shares"
      rows={bars}
      nameOf={named}
      roleOf={(f) => (rankOf[f.id] ? 'primary' : 'muted')}
      tagOf={tagOf}
    >
      {({ barSize, fontSize }) =>
        lead && upper && lower ? (
          <LeadBracket
            figure={lead}
            upper={{ name: named(upper), value: upper.value }}
            lower={{ name: named(lower), value: lower.value }}
            lowerName={`${named(lower)}${tagOf(lower)?.text ?? ''}`}
            texts={[lang === 'zh' ? `70后领先${amount}` : `1970s lead by ${amount}`, amount]}
            barSize={barSize}
            fontSize={fontSize}
            lit={highlight === lead.id}
          />
        ) : null
      }
    </FigureBars>
  )
}
