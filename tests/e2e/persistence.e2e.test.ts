import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { axeViolations } from './axe'
import { baseUrl, openWatchedPage, useBrowser } from './browser'

const browser = useBrowser()

const text = {
  'zh-CN': {
    new: '新建评估',
    city: '城市',
    year: '评估年度',
    create: '创建并开始填写',
    note: '备注',
    home: '评估列表',
    granted: /^浏览器已承诺保留这些数据/,
    notGranted: /^浏览器没有承诺保留这些数据/,
    askAgain: '再次请求浏览器保留数据',
    askedOn: /上次向浏览器提出请求/,
  },
  'en-US': {
    new: 'New assessment',
    city: 'City',
    year: 'Assessment year',
    create: 'Create and start',
    note: 'Notes',
    home: 'Assessments',
    granted: /^The browser has promised to keep this data/,
    notGranted: /^The browser has not promised to keep this data/,
    askAgain: 'Ask the browser again',
    askedOn: /The browser was last asked on/,
  },
} as const
type Locale = keyof typeof text

/** Where the init script counts `persist()` calls: localStorage, so the count outlives reloads. */
const callsKey = 'e2e.persistCalls'

/**
 * Counts every `navigator.storage.persist()` call of the page, across reloads. With a boolean
 * `answer` the browser's decision is replaced: `persist()` answers it and `persisted()` reports
 * it from then on (headless Chromium decides by itself, usually "no" for a site that is not
 * bookmarked); with `real` Chromium answers.
 */
const countPersistCalls = (page: Page, answer: boolean | 'real') =>
  page.addInitScript(
    ({ answer, callsKey }) => {
      const manager = navigator.storage
      const persist = manager.persist.bind(manager)
      const persisted = manager.persisted.bind(manager)
      const grantedKey = 'e2e.granted'
      manager.persist = () => {
        localStorage.setItem(callsKey, String(Number(localStorage.getItem(callsKey) ?? 0) + 1))
        if (answer === 'real') return persist()
        if (answer) localStorage.setItem(grantedKey, 'yes')
        return Promise.resolve(answer)
      }
      manager.persisted = () =>
        answer === 'real'
          ? persisted()
          : Promise.resolve(localStorage.getItem(grantedKey) === 'yes')
    },
    { answer, callsKey },
  )

const persistCalls = (page: Page) =>
  page.evaluate((key) => Number(localStorage.getItem(key) ?? 0), callsKey)

/** The text of every stored assessment record (what the app wrote to IndexedDB). */
const storedRecords = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((done) => {
        const open = indexedDB.open('smart-city-maturity')
        open.onsuccess = () => {
          const all = open.result.transaction('assessments').objectStore('assessments').getAll()
          all.onsuccess = () => {
            open.result.close()
            done(all.result.join('\n'))
          }
        }
      }),
  )

const createAssessment = async (page: Page, locale: Locale) => {
  const l = text[locale]
  await page.getByRole('link', { name: l.new }).first().click()
  await page.getByRole('textbox', { name: l.city }).fill('苏州市')
  await page.getByRole('textbox', { name: l.year }).fill('2025')
  await page.getByRole('button', { name: l.create }).click()
  await page.waitForURL(/\/assessments\//)
  await page.locator('.indicator-card').first().waitFor()
}

/** Types a note in the first indicator and waits until it is stored: one more save. */
const saveNote = async (page: Page, locale: Locale, note: string) => {
  await page.locator('.indicator-card').first().getByLabel(text[locale].note).fill(note)
  await expect.poll(() => storedRecords(page), { timeout: 5000 }).toContain(note)
}

describe.each([
  ['zh-CN', true],
  ['en-US', false],
] as const)('persistent storage (%s, the browser answers %s)', (locale, granted) => {
  const l = text[locale]
  const answer = granted ? l.granted : l.notGranted

  it('asks once when the first assessment is saved, never on visits, later saves or reloads, and home shows the answer', async () => {
    const { page, context, problems } = await openWatchedPage(browser(), locale)
    await countPersistCalls(page, granted)
    await page.goto(`${baseUrl()}/`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    expect(await persistCalls(page)).toBe(0)

    await createAssessment(page, locale)
    await expect.poll(() => persistCalls(page), { timeout: 5000 }).toBe(1)
    expect(await page.evaluate(() => localStorage.getItem('scm.persistRequest') ?? '')).toContain(
      granted ? '"answer":"granted"' : '"answer":"refused"',
    )

    await saveNote(page, locale, 'first edit')
    await saveNote(page, locale, 'second edit')
    await page.reload()
    await page.locator('.indicator-card').first().waitFor()
    await saveNote(page, locale, 'edit after a reload')

    await page.getByRole('link', { name: l.home }).first().click()
    await expect.poll(() => page.getByText(answer).count(), { timeout: 5000 }).toBe(1)
    await page.reload()
    await expect.poll(() => page.getByText(answer).count(), { timeout: 5000 }).toBe(1)
    expect(await persistCalls(page)).toBe(1)

    const askAgain = page.getByRole('button', { name: l.askAgain })
    if (granted) {
      expect(await askAgain.count()).toBe(0)
    } else {
      expect(await page.getByText(l.askedOn).count()).toBe(1)
      // The user's own "ask again" asks exactly once per click.
      await askAgain.click()
      await expect.poll(() => persistCalls(page), { timeout: 5000 }).toBe(2)
      expect(await page.getByText(answer).count()).toBe(1)
    }
    expect(await axeViolations(page)).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })
})

describe('persistent storage (Chromium’s own answer)', () => {
  it('asks once and home reports what the browser decided', async () => {
    const { page, context, problems } = await openWatchedPage(browser(), 'en-US')
    await countPersistCalls(page, 'real')
    await page.goto(`${baseUrl()}/`)
    await createAssessment(page, 'en-US')
    await expect.poll(() => persistCalls(page), { timeout: 5000 }).toBe(1)
    await saveNote(page, 'en-US', 'an edit')
    await page.getByRole('link', { name: text['en-US'].home }).first().click()
    const decided = await page.evaluate(() => navigator.storage.persisted())
    const answer = decided ? text['en-US'].granted : text['en-US'].notGranted
    await expect.poll(() => page.getByText(answer).count(), { timeout: 5000 }).toBe(1)
    expect(await persistCalls(page)).toBe(1)
    expect(problems).toEqual([])
    await context.close()
  })
})
