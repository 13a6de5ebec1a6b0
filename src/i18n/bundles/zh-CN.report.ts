import compare from '../locales/zh-CN.compare.json'
import importCheck from '../locales/zh-CN.import.json'
import move from '../locales/zh-CN.move.json'
import print from '../locales/zh-CN.print.json'
import results from '../locales/zh-CN.results.json'

/**
 * One chunk: the interface text of the results, methodology, print, compare and move screens, and why
 * an imported file was refused (fetched with the code that checks it; apart, it would cost a chunk
 * of its own per language).
 */
export const resources = { ...results, ...print, ...compare, ...importCheck, ...move }
