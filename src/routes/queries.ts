/**
 * Readers of the query strings that `routes` builds (`location.search` in, values out). Apart from
 * the route table because only the screens that read them need them, and those load lazily: the
 * table is in the first download, these are not. Each reader takes anything and never throws.
 */
import type { CompareOptions, SetInAddress } from './routes'

export const queries = {
  compare: {
    /**
     * The ids of a comparison (`routes.compare.href`), in their order. Splitting after decoding is
     * safe: assessment ids are letters, digits and hyphens, never a comma.
     */
    idsFrom: (search: string): string[] =>
      (new URLSearchParams(search).get('ids') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    /** The options of a comparison; anything but `shared=1` is off. */
    optionsFrom: (search: string): Required<CompareOptions> => ({
      shared: new URLSearchParams(search).get('shared') === '1',
    }),
  },
  methodology: {
    /**
     * The set the methodology page describes (`routes.methodology.href`); null without one or when
     * it is not `id@version`. Set ids and versions never hold an `@` (both schemas refuse it).
     */
    setFrom: (search: string): SetInAddress | null => {
      const [setId = '', version = '', rest] = (new URLSearchParams(search).get('set') ?? '').split(
        '@',
      )
      return setId === '' || version === '' || rest !== undefined ? null : { setId, version }
    },
  },
} as const
