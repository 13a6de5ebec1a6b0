import { describe, expect, it } from 'vitest'
import { axeViolations } from './axe'
import { baseUrl, useBrowser, openWatchedPage } from './browser'

const locales = [
  {
    locale: 'zh-CN',
    lang: 'zh-CN',
    heading: '我的评估',
    other: 'en',
    otherHeading: 'My assessments',
    switchName: '切换到 English',
  },
  {
    locale: 'en-US',
    lang: 'en',
    heading: 'My assessments',
    other: 'zh-CN',
    otherHeading: '我的评估',
    switchName: '切换到中文',
  },
] as const

const browser = useBrowser()

describe.each(locales)('app shell in a $locale browser', (l) => {
  it('loads with no console error, no foreign request, and <html lang> from the browser', async () => {
    const { page, problems, foreignRequests, context } = await openWatchedPage(browser(), l.locale)
    await page.goto(`${baseUrl()}/`)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(l.heading)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(l.lang)
    expect(await page.title()).toContain(
      l.lang === 'zh-CN' ? '智慧城市成熟度自评估' : 'Smart City Maturity',
    )
    expect(problems).toEqual([])
    expect(foreignRequests).toEqual([])
    await context.close()
  })

  it('switches language with the keyboard, and the choice survives a reload', async () => {
    const { page, problems, context } = await openWatchedPage(browser(), l.locale)
    await page.goto(`${baseUrl()}/`)
    await page.getByRole('heading', { level: 1, name: l.heading }).waitFor()
    const button = page.getByRole('button', { name: l.switchName })
    await button.focus()
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: l.otherHeading }).waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(l.other)
    await page.reload()
    await page.getByRole('heading', { level: 1, name: l.otherHeading }).waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(l.other)
    expect(problems).toEqual([])
    await context.close()
  })

  it.each(['/', '/new', '/compare', '/methodology', '/no-such-page'])(
    'has no WCAG 2.1 A/AA violation on %s',
    async (path) => {
      const { page, context } = await openWatchedPage(browser(), l.locale)
      await page.goto(`${baseUrl()}${path}`)
      await page.getByRole('heading', { level: 1 }).waitFor()
      expect(await axeViolations(page)).toEqual([])
      await context.close()
    },
  )
})
