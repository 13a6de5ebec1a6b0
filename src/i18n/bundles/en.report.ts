import compare from '../locales/en.compare.json'
import importCheck from '../locales/en.import.json'
import move from '../locales/en.move.json'
import print from '../locales/en.print.json'
import results from '../locales/en.results.json'

/**
 * One chunk: the interface text of the results, methodology, print, compare and move screens, and why
 * an imported file was refused (fetched with the code that checks it; apart, it would cost a chunk
 * of its own per language).
 */
export const resources = { ...results, ...print, ...compare, ...importCheck, ...move }
