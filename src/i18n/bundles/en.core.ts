import main from '../locales/en.json'
import exchange from '../locales/en.exchange.json'

/** One chunk: the interface text of the shell, home, questionnaire and import/export. */
export const resources = { ...main, ...exchange }
