/** The interface languages, Chinese first: it is the default for zh browsers and the content's primary language. */
export const supportedLanguages = ['zh-CN', 'en'] as const
export type Language = (typeof supportedLanguages)[number]

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (supportedLanguages as readonly string[]).includes(value)

/**
 * Maps a browser language tag to an interface language: any `zh*` tag becomes zh-CN, anything else en.
 * The first tag of the browser's list decides, as a user would expect from their browser settings.
 */
export const languageFromBrowser = (tags: readonly string[]): Language => {
  const first = tags.find((tag) => tag.trim() !== '')
  return first !== undefined && first.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}
