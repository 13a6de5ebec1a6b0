import { useTranslation } from 'react-i18next'
import type { Answer } from '../../domain/assessment/answer'
import type { Indicator } from '../../domain/indicators/schema'
import type { IndicatorOutcome } from '../../domain/scoring/outcome'
import { useFormat } from '../../i18n/format'
import { addEvidenceFilesText } from '../../i18n/evidenceFilesText'
import { addProvenanceText } from '../../i18n/provenanceText'
import { useLocalized } from '../../i18n/useLocalized'
import { AnswerText } from '../../components/report/AnswerText'
import { EvidenceLinks } from '../../components/ui/EvidenceLinks'
import { useFileSize } from '../../components/answering/fileSize'
import { showInvisibleControls } from '../../domain/assessment/evidence'

addProvenanceText()
addEvidenceFilesText()

type Props = {
  indicator: Indicator
  answer: Answer | undefined
  outcome: IndicatorOutcome | undefined
}

/**
 * One indicator in the appendix: answer (or N/A with its reason), where it came from when it was
 * merged from a department's return, score, data quality, notes, evidence links and files. Each file
 * shows its size and SHA-256, so a reviewer can check that a submitted document is the one the
 * assessment refers to.
 */
export const AnswerRow = ({ indicator, answer, outcome }: Props) => {
  const { t } = useTranslation()
  const format = useFormat()
  const localized = useLocalized()
  const state = outcome?.state ?? 'unanswered'
  const answered = state === 'scored' || state === 'invalid'
  const evidence = answer?.evidence ?? []
  const note = answer?.note?.trim() ?? ''
  const files = answer?.files ?? []
  const size = useFileSize()
  return (
    <tr>
      <th scope="row">
        <span className="muted">{indicator.id}</span> {localized(indicator.name)}
      </th>
      <td>
        {outcome?.state === 'na' ? (
          t('print.appendix.na', { reason: outcome.reason })
        ) : state === 'invalid' ? (
          t('print.appendix.invalid')
        ) : answer?.value === undefined ? (
          t('print.appendix.unanswered')
        ) : (
          <AnswerText indicator={indicator} value={answer.value} />
        )}
        {outcome?.state === 'scored' && outcome.band !== undefined && (
          <span className="print-detail">
            {t('print.appendix.band', { band: format.number(outcome.band) })}
          </span>
        )}
        {answer?.reviewAfterMove !== undefined ? (
          <span className="print-detail">
            {t('print.appendix.reviewAfterMove', { version: answer.reviewAfterMove.fromVersion })}
          </span>
        ) : (
          answer?.carriedOver === true && (
            <span className="print-detail">{t('print.appendix.carriedOver')}</span>
          )
        )}
        {answer?.merged !== undefined && (
          <span className="print-detail">
            {t('answerSource.mergedFrom', {
              department: answer.merged.department,
              person: answer.merged.person,
              answeredAt: format.dateTime(answer.merged.answeredAt),
              mergedAt: format.dateTime(answer.merged.mergedAt),
            })}
          </span>
        )}
      </td>
      <td className="num">{outcome?.state === 'scored' ? format.score(outcome.score) : '—'}</td>
      <td>
        {!answered
          ? '—'
          : answer?.dataQuality === undefined
            ? t('questionnaire.dataQualityNone')
            : t(`dataQuality.${answer.dataQuality}`)}
      </td>
      <td>
        {note !== '' && (
          <p className="print-note">
            <span className="print-label">{t('print.appendix.note')}</span> {note}
          </p>
        )}
        {evidence.length > 0 && (
          <>
            <span className="print-label">{t('print.appendix.evidence')}</span>
            <EvidenceLinks lines={evidence} className="print-evidence" />
          </>
        )}
        {files.length > 0 && (
          <>
            <span className="print-label">{t('evidenceFiles.print.label')}</span>
            <ul className="print-evidence print-files">
              {files.map((file) => (
                <li key={file.sha256}>
                  {t('evidenceFiles.print.entry', {
                    name: showInvisibleControls(file.name),
                    size: size(file.size),
                    sha256: file.sha256,
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </td>
    </tr>
  )
}
