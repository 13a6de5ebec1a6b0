import compare from '../locales/en.compare.json'
import print from '../locales/en.print.json'
import results from '../locales/en.results.json'

/** One chunk: the interface text of the results, methodology, print and compare screens. */
export const resources = { ...results, ...print, ...compare }
