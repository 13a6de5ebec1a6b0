import type { TFunction } from 'i18next'
import { dataQualityCodes } from '../../domain/assessment/answer'
import type { TableLabels, TableLanguage } from '../../domain/exchange/table'
import { addEvidenceFilesText } from '../../i18n/evidenceFilesText'
import { addProvenanceText } from '../../i18n/provenanceText'

/**
 * The spreadsheet headers and words in the interface language, and the indicator-text language.
 * A plain function, not a hook: it runs in the export chunk, only when someone exports. The
 * headers of where a merged answer came from are the provenance text's, and the files header the
 * evidence-file text's, both added here.
 */
export const tableLabels = (
  t: TFunction,
  language: string,
): { labels: TableLabels; lang: TableLanguage } => {
  addProvenanceText()
  addEvidenceFilesText()
  return labelsIn(t, language)
}

const labelsIn = (
  t: TFunction,
  language: string,
): { labels: TableLabels; lang: TableLanguage } => ({
  lang: language === 'zh-CN' ? 'zh' : 'en',
  labels: {
    answerHeader: {
      id: t('exchange.table.answerHeader.id'),
      dimension: t('exchange.table.answerHeader.dimension'),
      name: t('exchange.table.answerHeader.name'),
      answer: t('exchange.table.answerHeader.answer'),
      score: t('exchange.table.answerHeader.score'),
      state: t('exchange.table.answerHeader.state'),
      naReason: t('exchange.table.answerHeader.naReason'),
      note: t('exchange.table.answerHeader.note'),
      dataQuality: t('exchange.table.answerHeader.dataQuality'),
      evidence: t('exchange.table.answerHeader.evidence'),
      department: t('answerSource.table.department'),
      person: t('answerSource.table.person'),
      answeredAt: t('answerSource.table.answeredAt'),
      packageId: t('answerSource.table.packageId'),
      files: t('evidenceFiles.table.header'),
    },
    summaryHeader: {
      group: t('exchange.table.summaryHeader.group'),
      name: t('exchange.table.summaryHeader.name'),
      score: t('exchange.table.summaryHeader.score'),
      level: t('exchange.table.summaryHeader.level'),
      coverage: t('exchange.table.summaryHeader.coverage'),
    },
    groups: {
      capability: t('exchange.table.groups.capability'),
      dimension: t('exchange.table.groups.dimension'),
      total: t('exchange.table.groups.total'),
    },
    states: {
      scored: t('exchange.table.states.scored'),
      na: t('exchange.table.states.na'),
      unanswered: t('exchange.table.states.unanswered'),
      invalid: t('exchange.table.states.invalid'),
      excluded: t('exchange.table.states.excluded'),
      unknown: t('exchange.table.states.unknown'),
    },
    yes: t('common.yes'),
    no: t('common.no'),
    dataQuality: Object.fromEntries(
      dataQualityCodes.map((code) => [code, t(`dataQuality.${code}`)]),
    ) as TableLabels['dataQuality'],
    provisional: t('common.provisional'),
  },
})
