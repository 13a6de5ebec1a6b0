import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReportModel } from '../../components/report/useReportModel'
import { useSetWording } from '../../components/report/setWording'
import type { Answers } from '../../domain/assessment/answer'
import { sectionProgress } from '../../domain/assessment/progress'
import { useFormat } from '../../i18n/format'
import { useLocalized } from '../../i18n/useLocalized'
import { AnswerRow } from './AnswerRow'

type Props = { answers: Answers; model: ReportModel }

/**
 * Every indicator asked of this city level, one table per dimension of the set, in the set's
 * order. Rows never split across pages; the column headings repeat on each page.
 */
export const AnswersAppendix = ({ answers, model }: Props) => {
  const { t } = useTranslation()
  const format = useFormat()
  const localized = useLocalized()
  const { set, score } = model
  const words = useSetWording([set])
  const sections = useMemo(
    () =>
      sectionProgress(set.meta.dimensions, set.indicators, score.outcomes).filter(
        (s) => s.indicators.length > 0,
      ),
    [set, score],
  )
  return (
    <section aria-labelledby="print-appendix" className="print-appendix">
      <h2 id="print-appendix">{t('print.appendix.heading')}</h2>
      <p>{words.appendixIntro}</p>
      {sections.map(({ dimension, indicators, done, asked }) => (
        <div key={dimension.id} className="report-table-wrap">
          <table className="report-table print-answers">
            <caption>
              {t('print.appendix.caption', {
                dimension: `${dimension.id} ${localized(dimension.name)}`,
                progress: t('questionnaire.sectionProgress', {
                  done: format.number(done),
                  asked: format.number(asked),
                }),
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('print.appendix.indicator')}</th>
                <th scope="col">{t('print.appendix.answer')}</th>
                <th scope="col">{t('print.appendix.score')}</th>
                <th scope="col">{t('print.appendix.quality')}</th>
                <th scope="col">{t('print.appendix.notes')}</th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((indicator) => (
                <AnswerRow
                  key={indicator.id}
                  indicator={indicator}
                  answer={answers[indicator.id]}
                  outcome={score.outcomes.get(indicator.id)}
                />
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  )
}
