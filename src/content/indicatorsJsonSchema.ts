import '../domain/zodConfig'
import { z } from 'zod/mini'
import { IndicatorDataFileSchema } from '../domain/indicators/schema'

/** The JSON Schema of every file in `indicators/`, generated from the zod schema (single source of truth). */
export const indicatorsJsonSchema = (): unknown => ({
  ...z.toJSONSchema(IndicatorDataFileSchema, { target: 'draft-2020-12', io: 'input' }),
  $id: 'https://smart-city-maturity.local/indicators/schema.json',
  title: 'Smart City Maturity indicator-set file (meta header or indicators)',
})

export const serialiseJsonSchema = (): string =>
  `${JSON.stringify(indicatorsJsonSchema(), null, 2)}\n`
