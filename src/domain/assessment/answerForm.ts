/**
 * The questionnaire form of one indicator: what the inputs hold (strings, as typed) and the zod
 * schema that validates them and turns them into an `Answer`. Messages are i18n keys
 * (`validation.*`); the UI fills in the limits from the indicator definition.
 */
import '../zodConfig'
import { z } from 'zod/mini'
import { assertNever } from '../assertNever'
import type { AnswerDefinition, Indicator } from '../indicators/schema'
import { dataQualityCodes, limits, type Answer, type AnswerValue } from './answer'
import { checkKpi, valueProblems, type KpiProblem } from './checkAnswer'

type KpiDefinition = Extract<AnswerDefinition, { type: 'kpi' }>

export const validationKeys = {
  notANumber: 'validation.notANumber',
  tooLarge: 'validation.tooLarge',
  belowMin: 'validation.belowMin',
  aboveMax: 'validation.aboveMax',
  ratioIncomplete: 'validation.ratioIncomplete',
  zeroDenominator: 'validation.zeroDenominator',
  negative: 'validation.negative',
  naReasonRequired: 'validation.naReasonRequired',
  tooLong: 'validation.tooLong',
  tooManyLinks: 'validation.tooManyLinks',
} as const

/**
 * The fields of the form, as the inputs hold them. The form values type and the list of field
 * names both come from here, so a field is declared once.
 */
const AnswerFormFieldsSchema = z.object({
  /** For KPIs with a ratio definition: whether the value is entered directly or as a ratio. */
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
  /** One evidence reference per line. */
  evidence: z.string(),
  dataQuality: z.enum(['', ...dataQualityCodes]),
})

export type AnswerFormValues = z.input<typeof AnswerFormFieldsSchema>
export type AnswerFormField = keyof AnswerFormValues

/** Every field name of the form, e.g. to clear the errors of all of them. */
export const answerFormFields: readonly AnswerFormField[] = z.keyof(AnswerFormFieldsSchema).options

/**
 * Parses a typed number: full-width digits, signs and full stop allowed (NFKC), and the minus sign
 * U+2212 that word processors and typeset reports put before a negative figure (NFKC keeps it, so a
 * pasted "−5" would otherwise be refused), surrounding spaces ignored, `.` as the only decimal separator, no thousands separators (so `1,5` is rejected rather
 * than read as 15 or 1.5). An exponent (`1e-7`) is accepted because that is how a stored value
 * below 1e-6 or from 1e21 shows in the form, and it must parse back when the card is edited.
 * Returns null for anything else, and for values too large to be finite.
 */
export const parseNumber = (text: string): number | null => {
  const normalised = text
    .normalize('NFKC')
    .trim()
    .replace(/^\u2212/, '-')
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(normalised)) return null
  const n = Number(normalised)
  return Number.isFinite(n) ? n : null
}

/** The shortest text that parses back to the same number (`String`), e.g. `0.1`, `1e-7`. */
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

/** The fields that show one answer value. */
const valueFields = (v: AnswerValue): Partial<AnswerFormValues> => {
  switch (v.type) {
    case 'kpi':
      return { kpiMode: 'value', value: formatNumber(v.value) }
    case 'ratio':
      return {
        kpiMode: 'ratio',
        numerator: formatNumber(v.numerator),
        denominator: formatNumber(v.denominator),
      }
    case 'level':
      return { level: String(v.level) }
    case 'choice':
      return { choice: v.optionId }
    case 'boolean':
      return { bool: v.value ? 'yes' : 'no' }
    default:
      return assertNever(v)
  }
}

/**
 * The form values that show a stored answer. A value that does not fit the indicator's current
 * definition (an answer from another set version) fills fields the inputs do not show, and is
 * dropped when the card is next edited.
 */
export const answerToFormValues = (
  indicator: Indicator,
  answer: Answer | undefined,
): AnswerFormValues => {
  const values = emptyFormValues(indicator)
  if (answer === undefined) return values
  if (answer.value !== undefined) Object.assign(values, valueFields(answer.value))
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

const addIssue = (ctx: Ctx, field: AnswerFormField, message: string): void => {
  ctx.issues.push({ code: 'custom', path: [field], message, input: ctx.value })
}

/** Where the form shows a problem of the shared KPI rules, and in which words. */
const kpiIssue = (problem: KpiProblem): [AnswerFormField, string] => {
  switch (problem.code) {
    case 'below-min':
    case 'above-max':
    case 'not-finite': {
      // The result of a ratio is not a field of its own: its problems show under the denominator.
      const field = problem.field ?? 'denominator'
      const key = {
        'below-min': validationKeys.belowMin,
        'above-max': validationKeys.aboveMax,
        'not-finite': validationKeys.tooLarge,
      }[problem.code]
      return [field, key]
    }
    case 'negative':
      return [problem.field, validationKeys.negative]
    case 'zero-denominator':
      return ['denominator', validationKeys.zeroDenominator]
    case 'wrong-type':
      // Not reached: the form builds a ratio only for a definition that has one.
      return ['value', validationKeys.notANumber]
    default:
      return assertNever(problem)
  }
}

/**
 * A KPI value typed directly, or as a ratio when the definition has one and ratio entry is chosen.
 * A ratio needs both parts; each typed number must parse. The value built from them must then pass
 * the rules every stored answer passes (`checkKpi`: parts ≥ 0, denominator > 0, min/max on the
 * value or on numerator ÷ denominator × multiplier), and each problem shows under its field.
 */
const kpiValue = (
  def: KpiDefinition,
  values: AnswerFormValues,
  ctx: Ctx,
): AnswerValue | undefined => {
  let candidate: AnswerValue
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
    candidate = { type: 'ratio', numerator, denominator }
  } else {
    if (values.value.trim() === '') return undefined
    const value = parseNumber(values.value)
    if (value === null) {
      addIssue(ctx, 'value', validationKeys.notANumber)
      return undefined
    }
    candidate = { type: 'kpi', value }
  }
  const checked = checkKpi(def, candidate)
  if (checked.ok) return candidate
  for (const problem of checked.problems) addIssue(ctx, ...kpiIssue(problem))
  return undefined
}

/** The value a field holds when it fits the definition (`valueProblems`); else none. */
const fitting = (def: AnswerDefinition, value: AnswerValue): AnswerValue | undefined =>
  valueProblems(def, value).length === 0 ? value : undefined

/**
 * The value the form holds for the indicator's answer type; undefined when empty or invalid. A
 * level or an option the definition does not have (an answer from another set version) shows in
 * no input, so it is dropped rather than reported.
 */
const answerValue = (
  def: AnswerDefinition,
  values: AnswerFormValues,
  ctx: Ctx,
): AnswerValue | undefined => {
  switch (def.type) {
    case 'kpi':
      return kpiValue(def, values, ctx)
    case 'level':
      return /^\d+$/.test(values.level)
        ? fitting(def, { type: 'level', level: Number(values.level) })
        : undefined
    case 'boolean':
      return values.bool === '' ? undefined : { type: 'boolean', value: values.bool === 'yes' }
    case 'choice':
      return values.choice === ''
        ? undefined
        : fitting(def, { type: 'choice', optionId: values.choice })
    default:
      return assertNever(def)
  }
}

/**
 * The form schema of one indicator. Its output is the `Answer` to store, or `undefined` when the
 * form holds nothing at all. An invalid value fails validation, so it is never stored.
 */
export const buildAnswerFormSchema = (indicator: Indicator) =>
  z.pipe(
    AnswerFormFieldsSchema,
    z.transform((values: AnswerFormValues, ctx): Answer | undefined => {
      const value = answerValue(indicator.answer, values, ctx)
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
