import { describe, expect, it } from 'vitest'
import { baseUrl, useBrowser, openWatchedPage } from './browser'

const browser = useBrowser()

describe.each([
  { locale: 'zh-CN', readOnly: /另一个标签页/, note: '备注', saved: /已于 .* 保存/ },
  { locale: 'en-US', readOnly: /another tab/, note: 'Notes', saved: /Saved at/ },
] as const)('two tabs on one assessment ($locale)', ({ locale, readOnly, note, saved }) => {
  it('lets one tab write, keeps the other read-only and up to date, hands over on close, and loses nothing', async () => {
    const first = await openWatchedPage(browser(), locale)
    const { page: a, context } = first
    await a.goto(`${baseUrl()}/new`)
    await a.locator('#city').fill('苏州市')
    await a.locator('#year').fill('2024')
    await a.locator('form button[type=submit]').click()
    await a.waitForURL(/\/assessments\//)
    const url = a.url()
    // The tab that opens an assessment first becomes its writer. Wait until the first tab holds the
    // Web Lock, or a slow lazy chunk there lets the second tab win the race and swap the roles.
    await expect
      .poll(
        () =>
          a.evaluate(async () =>
            (await navigator.locks.query()).held?.some((l) =>
              l.name?.startsWith('smart-city-assessment:'),
            ),
          ),
        { timeout: 10_000 },
      )
      .toBe(true)
    const second = await openWatchedPage(browser(), locale, context)
    const b = second.page
    await b.goto(url)
    await b.locator('.indicator-card').first().waitFor()

    // The second tab is read-only and says why.
    await expect.poll(() => b.getByText(readOnly).count(), { timeout: 5000 }).toBeGreaterThan(0)
    expect(await b.locator('.indicator-card').first().getByLabel(note).isDisabled()).toBe(true)

    // Edits in the first tab are saved and appear in the second.
    await a.locator('.indicator-card').first().getByLabel(note).fill('第一个标签页 first tab')
    await expect
      .poll(() => a.locator('.save-status').textContent(), { timeout: 5000 })
      .toMatch(saved)
    await expect
      .poll(() => b.locator('.indicator-card').first().getByLabel(note).inputValue(), {
        timeout: 5000,
      })
      .toBe('第一个标签页 first tab')

    // Closing the first tab hands the assessment to the second, which can then edit.
    await a.close()
    await expect
      .poll(() => b.locator('.indicator-card').first().getByLabel(note).isDisabled(), {
        timeout: 5000,
      })
      .toBe(false)
    await b.locator('.indicator-card').first().getByLabel(note).fill('第二个标签页 second tab')
    await expect
      .poll(() => b.locator('.save-status').textContent(), { timeout: 5000 })
      .toMatch(saved)
    await b.reload()
    await expect
      .poll(() => b.locator('.indicator-card').first().getByLabel(note).inputValue())
      .toBe('第二个标签页 second tab')
    expect([...first.problems, ...second.problems]).toEqual([])
    await context.close()
  })
})
