/**
 * One assessment as spreadsheet tables, for CSV and XLSX export: one row per indicator (answers,
 * scores, states, notes, evidence) and a summary of the five capabilities, the GB/T 33356
 * dimensions and the weighted total. Pure: every header and word comes translated from the caller,
 * indicator text is picked in the requested language, and numbers stay numbers (the writers
 * decide their text form). Scores are rounded to two decimals here only because a spreadsheet is a
 * display; the JSON export keeps every answer exactly.
 */
import type { Assessment } from '../assessment/assessment'
import type { AnswerValue, DataQuality } from '../assessment/answer'
import { assertNever } from '../assertNever'
import { showInvisibleControls } from '../assessment/evidence'
import type { Indicator, IndicatorSet } from '../indicators/schema'
import { describeAnswer } from '../report/describeAnswer'
import type { LevelResult } from '../scoring/maturityLevel'
import type { IndicatorOutcome } from '../scoring/outcome'
import { scoreAssessment, type GroupScore } from '../scoring/scoreAssessment'

export type Cell = string | number | null
export type Table = { header: string[]; rows: Cell[][] }
export type TableLanguage = 'zh' | 'en'

export type TableLabels = {
  answerHeader: {
    id: string
    dimension: string
    name: string
    answer: string
    score: string
    state: string
    naReason: string
    note: string
    dataQuality: string
    evidence: string
    /** Where an answer merged from a department's return came from (empty for the others). */
    department: string
    person: string
    answeredAt: string
    packageId: string
    /** The answer's evidence files, one `name (sha256)` per line. */
    files: string
  }
  summaryHeader: { group: string; name: string; score: string; level: string; coverage: string }
  groups: { capability: string; dimension: string; total: string }
  states: Record<IndicatorOutcome['state'] | 'unknown', string>
  yes: string
  no: string
  dataQuality: Record<DataQuality, string>
  /** Appended to a level shown while coverage is below the set's threshold. */
  provisional: string
}

const round2 = (n: number) => Math.round(n * 100) / 100

/** An answer value as one cell, from its description (`describeAnswer`). */
const answerText = (
  indicator: Indicator | undefined,
  value: AnswerValue,
  lang: TableLanguage,
  labels: TableLabels,
): string => {
  const d = describeAnswer(indicator?.answer, value)
  switch (d.type) {
    case 'kpi':
      return d.unit === undefined ? String(d.value) : `${d.value} ${d.unit[lang]}`
    case 'ratio': {
      const text = `${d.numerator} / ${d.denominator}`
      return d.measured === undefined || d.unit === undefined
        ? text
        : `${text} = ${round2(d.measured)} ${d.unit[lang]}`
    }
    case 'level':
      return d.descriptor === undefined ? String(d.level) : `${d.level} — ${d.descriptor[lang]}`
    case 'boolean':
      return d.value ? labels.yes : labels.no
    case 'choice':
      return d.label === undefined ? d.optionId : d.label[lang]
    default:
      return assertNever(d)
  }
}

const answerRow = (
  id: string,
  indicator: Indicator | undefined,
  set: IndicatorSet,
  assessment: Assessment,
  outcome: IndicatorOutcome | undefined,
  lang: TableLanguage,
  labels: TableLabels,
): Cell[] => {
  const answer = assessment.answers[id]
  const dimension = set.meta.dimensions.find((d) => d.id === indicator?.dimension)
  return [
    id,
    dimension === undefined ? null : dimension.name[lang],
    indicator === undefined ? null : indicator.name[lang],
    answer?.value === undefined ? null : answerText(indicator, answer.value, lang, labels),
    outcome?.state === 'scored' ? round2(outcome.score) : null,
    labels.states[outcome?.state ?? 'unknown'],
    answer?.notApplicable?.reason ?? null,
    answer?.note ?? null,
    answer?.dataQuality === undefined ? null : labels.dataQuality[answer.dataQuality],
    answer?.evidence === undefined || answer.evidence.length === 0
      ? null
      : // A spreadsheet obeys a right-to-left override as a page would: show it instead.
        answer.evidence.map(showInvisibleControls).join('\n'),
    answer?.merged?.department ?? null,
    answer?.merged?.person ?? null,
    answer?.merged?.answeredAt ?? null,
    answer?.merged?.packageId ?? null,
    answer?.files === undefined || answer.files.length === 0
      ? null
      : answer.files.map((f) => `${showInvisibleControls(f.name)} (${f.sha256})`).join('\n'),
  ]
}

/**
 * One row per indicator of the set, in set order, then a row for every answer whose indicator is
 * not in this set (an older or newer set version): nothing the assessment holds is left out. An
 * answer merged from a department's return names, in its last four cells, the department (its
 * name then), the person who filled it in, when (ISO date-time, as the return recorded it) and
 * the package it answered; other answers leave them empty. The last cell lists the answer's
 * evidence files, one `name (sha256)` per line (invisible direction controls in a name shown).
 */
export const answerTable = (
  set: IndicatorSet,
  assessment: Assessment,
  lang: TableLanguage,
  labels: TableLabels,
): Table => {
  const { outcomes } = scoreAssessment(
    set,
    assessment.answers,
    assessment.cityLevel,
    assessment.weightProfile,
  )
  const known = new Set(set.indicators.map((i) => i.id))
  const h = labels.answerHeader
  return {
    header: [
      h.id,
      h.dimension,
      h.name,
      h.answer,
      h.score,
      h.state,
      h.naReason,
      h.note,
      h.dataQuality,
      h.evidence,
      h.department,
      h.person,
      h.answeredAt,
      h.packageId,
      h.files,
    ],
    rows: [
      ...set.indicators.map((i) =>
        answerRow(i.id, i, set, assessment, outcomes.get(i.id), lang, labels),
      ),
      ...Object.keys(assessment.answers)
        .filter((id) => !known.has(id))
        .sort()
        .map((id) => answerRow(id, undefined, set, assessment, undefined, lang, labels)),
    ],
  }
}

/**
 * The capability scores, the dimension scores and the weighted total, each with its maturity level
 * and coverage in percent (one decimal). The total is weighted with the assessment's weight
 * profile when it chose one (its row then names the profile after the set).
 */
export const summaryTable = (
  set: IndicatorSet,
  assessment: Assessment,
  lang: TableLanguage,
  labels: TableLabels,
): Table => {
  // The total as the assessment's results show it: weighted with its chosen profile.
  const score = scoreAssessment(
    set,
    assessment.answers,
    assessment.cityLevel,
    assessment.weightProfile,
  )
  const profile = set.meta.weightProfiles?.find((p) => p.id === score.weighting.profileId)
  const levelText = (level: LevelResult | null): string | null => {
    if (level === null) return null
    const name = set.meta.levels.find((l) => l.id === level.level)?.name[lang]
    const text = name === undefined ? level.level : `${level.level} ${name}`
    return level.provisional ? `${text} ${labels.provisional}` : text
  }
  const row = (
    group: string,
    name: string,
    s: Pick<GroupScore, 'score' | 'coverage' | 'level'>,
  ): Cell[] => [
    group,
    name,
    s.score === null ? null : round2(s.score),
    levelText(s.level),
    s.coverage === null ? null : Math.round(s.coverage * 1000) / 10,
  ]
  const h = labels.summaryHeader
  return {
    header: [h.group, h.name, h.score, h.level, h.coverage],
    rows: [
      ...set.meta.capabilities.map((c) =>
        row(labels.groups.capability, c.name[lang], score.capabilities[c.id]),
      ),
      ...score.dimensions.map((d) =>
        row(
          labels.groups.dimension,
          set.meta.dimensions.find((m) => m.id === d.dimensionId)?.name[lang] ?? d.dimensionId,
          d,
        ),
      ),
      row(
        labels.groups.total,
        profile === undefined
          ? set.meta.name[lang]
          : `${set.meta.name[lang]} · ${profile.name[lang]}`,
        score.total,
      ),
    ],
  }
}
