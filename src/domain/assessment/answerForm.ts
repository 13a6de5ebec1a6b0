/**
 * The questionnaire form of one indicator: what the inputs hold (strings, as typed) and the zod
 * schema that validates them and turns them into an `Answer`. Messages are i18n keys
 * (`validation.*`); the UI fills in the limits from the indicator definition.
 */
import '../zodConfig'
import { z } from 'zod/mini'
import type { Indicator } from '../indicators/schema'
import { dataQualityCodes, limits, type Answer, type AnswerValue } from './answer'

export type AnswerFormValues = {
  /** For KPIs with a ratio definition: whether the value is entered directly or as a ratio. */
  kpiMode: 'value' | 'ratio'
  value: string
  numerator: string
  denominator: string
  level: string
  choice: string
  bool: '' | 'yes' | 'no'
  na: boolean
  naReason: string
  note: string
  /** One evidence reference per line. */
  evidence: string
  dataQuality: '' | (typeof dataQualityCodes)[number]
}

export const validationKeys = {
  notANumber: 'validation.notANumber',
  outOfRange: 'validation.outOfRange',
  belowMin: 'validation.belowMin',
  aboveMax: 'validation.aboveMax',
  ratioIncomplete: 'validation.ratioIncomplete',
  zeroDenominator: 'validation.zeroDenominator',
  negative: 'validation.negative',
  naReasonRequired: 'validation.naReasonRequired',
  tooLong: 'validation.tooLong',
  tooManyLinks: 'validation.tooManyLinks',
} as const

/** Parses a typed number: full-width digits and signs allowed (NFKC), no thousands separators. */
export const parseNumber = (text: string): number | null => {
  const normalised = text.normalize('NFKC').trim()
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(normalised)) return null
  const n = Number(normalised)
  return Number.isFinite(n) ? n : null
}

const formatNumber = (n: number) => String(n)

export const emptyFormValues = (indicator: Indicator): AnswerFormValues => ({
  kpiMode:
    indicator.answer.type === 'kpi' && indicator.answer.ratio !== undefined ? 'ratio' : 'value',
  value: '',
  numerator: '',
  denominator: '',
  level: '',
  choice: '',
  bool: '',
  na: false,
  naReason: '',
  note: '',
  evidence: '',
  dataQuality: '',
})

/** The form values that show a stored answer. */
export const answerToFormValues = (
  indicator: Indicator,
  answer: Answer | undefined,
): AnswerFormValues => {
  const values = emptyFormValues(indicator)
  if (answer === undefined) return values
  const v = answer.value
  if (v?.type === 'kpi') Object.assign(values, { kpiMode: 'value', value: formatNumber(v.value) })
  if (v?.type === 'ratio')
    Object.assign(values, {
      kpiMode: 'ratio',
      numerator: formatNumber(v.numerator),
      denominator: formatNumber(v.denominator),
    })
  if (v?.type === 'level') values.level = String(v.level)
  if (v?.type === 'choice') values.choice = v.optionId
  if (v?.type === 'boolean') values.bool = v.value ? 'yes' : 'no'
  values.na = answer.notApplicable !== undefined
  values.naReason = answer.notApplicable?.reason ?? ''
  values.note = answer.note ?? ''
  values.evidence = (answer.evidence ?? []).join('\n')
  values.dataQuality = answer.dataQuality ?? ''
  return values
}

/**
 * Where a form transform reports issues. `zod/mini` has no `ctx.addIssue`; pushing onto the
 * payload is what full zod's `addIssue` does for a `custom` issue with a message.
 */
type Ctx = z.core.ParsePayload
type Field = keyof AnswerFormValues

const addIssue = (ctx: Ctx, field: Field, message: string): void => {
  ctx.issues.push({ code: 'custom', path: [field], message, input: ctx.value })
}

const kpiValue = (
  indicator: Indicator,
  values: AnswerFormValues,
  ctx: Ctx,
): AnswerValue | undefined => {
  const def = indicator.answer
  if (def.type !== 'kpi') return undefined
  const inRange = (measured: number, path: Field) => {
    if (def.min !== undefined && measured < def.min) addIssue(ctx, path, validationKeys.belowMin)
    else if (def.max !== undefined && measured > def.max)
      addIssue(ctx, path, validationKeys.aboveMax)
    else return true
    return false
  }
  if (values.kpiMode === 'ratio' && def.ratio !== undefined) {
    if (values.numerator.trim() === '' && values.denominator.trim() === '') return undefined
    const numerator = parseNumber(values.numerator)
    const denominator = parseNumber(values.denominator)
    if (values.numerator.trim() === '' || values.denominator.trim() === '') {
      addIssue(
        ctx,
        values.numerator.trim() === '' ? 'numerator' : 'denominator',
        validationKeys.ratioIncomplete,
      )
      return undefined
    }
    if (numerator === null) addIssue(ctx, 'numerator', validationKeys.notANumber)
    if (denominator === null) addIssue(ctx, 'denominator', validationKeys.notANumber)
    if (numerator === null || denominator === null) return undefined
    if (numerator < 0) addIssue(ctx, 'numerator', validationKeys.negative)
    if (denominator < 0) addIssue(ctx, 'denominator', validationKeys.negative)
    if (denominator === 0) addIssue(ctx, 'denominator', validationKeys.zeroDenominator)
    if (numerator < 0 || denominator <= 0) return undefined
    return inRange((numerator / denominator) * def.ratio.multiplier, 'denominator')
      ? { type: 'ratio', numerator, denominator }
      : undefined
  }
  if (values.value.trim() === '') return undefined
  const value = parseNumber(values.value)
  if (value === null) {
    addIssue(ctx, 'value', validationKeys.notANumber)
    return undefined
  }
  return inRange(value, 'value') ? { type: 'kpi', value } : undefined
}

const answerValue = (
  indicator: Indicator,
  values: AnswerFormValues,
  ctx: Ctx,
): AnswerValue | undefined => {
  const def = indicator.answer
  switch (def.type) {
    case 'kpi':
      return kpiValue(indicator, values, ctx)
    case 'level': {
      const level = def.levels.find((l) => String(l.level) === values.level)
      return level === undefined ? undefined : { type: 'level', level: level.level }
    }
    case 'boolean':
      return values.bool === '' ? undefined : { type: 'boolean', value: values.bool === 'yes' }
    case 'choice':
      return def.options.some((o) => o.id === values.choice)
        ? { type: 'choice', optionId: values.choice }
        : undefined
  }
}

/**
 * The form schema of one indicator. Its output is the `Answer` to store, or `undefined` when the
 * form holds nothing at all. An invalid value fails validation, so it is never stored.
 */
export const buildAnswerFormSchema = (indicator: Indicator) =>
  z.pipe(
    z.object({
      kpiMode: z.enum(['value', 'ratio']),
      value: z.string(),
      numerator: z.string(),
      denominator: z.string(),
      level: z.string(),
      choice: z.string(),
      bool: z.enum(['', 'yes', 'no']),
      na: z.boolean(),
      naReason: z.string().check(z.maxLength(limits.reasonLength, validationKeys.tooLong)),
      note: z.string().check(z.maxLength(limits.noteLength, validationKeys.tooLong)),
      evidence: z.string(),
      dataQuality: z.enum(['', ...dataQualityCodes]),
    }),
    z.transform((values: AnswerFormValues, ctx): Answer | undefined => {
      const value = answerValue(indicator, values, ctx)
      if (values.na && values.naReason.trim() === '')
        addIssue(ctx, 'naReason', validationKeys.naReasonRequired)
      const evidence = values.evidence
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '')
      if (evidence.length > limits.evidenceLinks)
        addIssue(ctx, 'evidence', validationKeys.tooManyLinks)
      if (evidence.some((l) => l.length > limits.evidenceLength))
        addIssue(ctx, 'evidence', validationKeys.tooLong)
      const answer: Answer = {
        ...(value === undefined ? {} : { value }),
        ...(values.na ? { notApplicable: { reason: values.naReason.trim() } } : {}),
        ...(values.note.trim() === '' ? {} : { note: values.note }),
        ...(evidence.length === 0 ? {} : { evidence }),
        ...(values.dataQuality === '' ? {} : { dataQuality: values.dataQuality }),
      }
      return Object.keys(answer).length === 0 ? undefined : answer
    }),
  )
