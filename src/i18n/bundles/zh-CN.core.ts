import main from '../locales/zh-CN.json'
import exchange from '../locales/zh-CN.exchange.json'

/** One chunk: the interface text of the shell, home, questionnaire and import/export. */
export const resources = { ...main, ...exchange }
