import compare from '../locales/zh-CN.compare.json'
import print from '../locales/zh-CN.print.json'
import results from '../locales/zh-CN.results.json'

/** One chunk: the interface text of the results, methodology, print and compare screens. */
export const resources = { ...results, ...print, ...compare }
