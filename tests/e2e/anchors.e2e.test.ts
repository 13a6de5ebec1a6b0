import type { Browser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Assessment } from '../../src/domain/assessment/assessment'
import { nextUnanswered, sectionProgress } from '../../src/domain/assessment/progress'
import { scoreAssessment } from '../../src/domain/scoring/scoreAssessment'
import { baseUrl, useBrowser } from './browser'
import { fixtureRelease, loadFixture, seedAssessments } from './seed'
import { belowStickyHead, cardsMounted, justBelow } from './stickyHead'

/**
 * Anchor jumps in the questionnaire, in a real browser at phone and desktop sizes: whatever takes
 * the reader to a section or a card (an address's fragment, the section list, the pager, Back,
 * "Next unanswered", the results page's links) lands it fully visible just below the sticky head.
 */

const set = fixtureRelease()
const hangzhou = loadFixture('hangzhou-2024.assessment.json')
const sections = sectionProgress(
  set.meta.dimensions,
  set.indicators,
  scoreAssessment(set, {}, hangzhou.cityLevel).outcomes,
)
const middle = sections[Math.floor(sections.length / 2)]
if (middle === undefined) throw new Error('no sections')
const middleHeading = `#dimension-${middle.dimension.id}`

const phones = [
  { width: 320, height: 720 },
  { width: 412, height: 823 },
]
const desktop = { width: 1280, height: 800 }
const locales = ['zh-CN', 'en-US'] as const
type Locale = (typeof locales)[number]
const nextLabel = { 'zh-CN': '下一个未填项', 'en-US': 'Next unanswered' } as const

const browser = useBrowser()

/** A fresh browser profile holding `assessments`, and a new page in it at `path` (a cold load). */
const openCold = async (
  b: Browser,
  locale: Locale,
  viewport: { width: number; height: number },
  assessments: readonly Assessment[],
  path: string,
) => {
  const context = await b.newContext({ locale, viewport })
  const seeding = await context.newPage()
  await seedAssessments(seeding, assessments)
  await seeding.close()
  const page = await context.newPage()
  await page.goto(`${baseUrl()}${path}`)
  return { page, context }
}

const expectLanded = async (page: Page, selector: string, what: string) => {
  await page.locator(selector).waitFor()
  await cardsMounted(page)
  expect(await belowStickyHead(page, selector), what).toSatisfy(justBelow)
}

const focusedCard = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('article')?.id ?? null)

/** Whether the focused element is wholly inside the window (to the pixel), below the sticky head. */
const fieldInSight = (page: Page) =>
  page.evaluate(() => {
    const box = document.activeElement?.getBoundingClientRect()
    const head = document.querySelector('.page-head.sticky')?.getBoundingClientRect()
    return (
      box !== undefined &&
      head !== undefined &&
      box.top >= head.bottom &&
      box.bottom < innerHeight + 1
    )
  })

describe.each(locales)('anchors in a %s browser', (locale) => {
  it('an address ending in #dimension-… opens that section just below the sticky head, loaded cold or reloaded', async () => {
    for (const viewport of [...phones, desktop]) {
      const at = `${viewport.width}×${viewport.height}`
      const { page, context } = await openCold(
        browser(),
        locale,
        viewport,
        [hangzhou],
        `/assessments/${hangzhou.id}${middleHeading}`,
      )
      await expectLanded(page, middleHeading, `cold load at ${at}`)
      await page.reload()
      await expectLanded(page, middleHeading, `reload at ${at}`)
      await context.close()
    }
  })

  it('section list, pager, Back, "Next unanswered" and the results page’s links land just below the sticky head; the skip link shows the page from its top', async () => {
    const after = sections[sections.indexOf(middle) + 1]
    if (after === undefined) throw new Error('no section after the middle one')
    const afterHeading = `#dimension-${after.dimension.id}`
    for (const viewport of [...phones, desktop]) {
      const at = `${viewport.width}×${viewport.height}`
      const { page, context } = await openCold(
        browser(),
        locale,
        viewport,
        [hangzhou],
        `/assessments/${hangzhou.id}`,
      )
      await page.locator('.indicator-card').first().waitFor()

      await page.locator(`.section-nav a[href="${middleHeading}"]`).click()
      await expectLanded(page, middleHeading, `section list at ${at}`)
      await page.locator('.section-pager a[rel=next]').click()
      await expectLanded(page, afterHeading, `next section at ${at}`)
      await page.locator('.section-pager a[rel=prev]').click()
      await expectLanded(page, middleHeading, `previous section at ${at}`)
      await page.goBack()
      await expectLanded(page, afterHeading, `Back at ${at}`)

      // "Next unanswered" three times: within a section and into the next ones.
      for (let i = 0; i < 3; i++) {
        await page.getByRole('button', { name: nextLabel[locale] }).click()
        const card = await focusedCard(page)
        expect(card, `"Next unanswered" focuses a card at ${at}`).not.toBeNull()
        await expectLanded(page, `#${card}`, `"Next unanswered" #${i + 1} at ${at}`)
        expect(await fieldInSight(page), `the field it focused, at ${at}`).toBe(true)
      }

      // The skip link: the main content from its top, keyboard focus on it.
      await page.locator('.skip-link').focus()
      await page.keyboard.press('Enter')
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main')
      const title = await page.locator('main h1').boundingBox()
      expect(title !== null && title.y >= 0 && title.y + title.height <= viewport.height, at).toBe(
        true,
      )

      // The results page's links to unanswered indicators open their cards.
      await page.goto(`${baseUrl()}/assessments/${hangzhou.id}/results`)
      const link = page.locator('.results-priorities a').nth(2)
      const href = await link.getAttribute('href')
      const fragment = decodeURIComponent(href?.split('#')[1] ?? '')
      await link.click()
      await expectLanded(page, `#${fragment}`, `results link at ${at}`)
      await context.close()
    }
  })

  it('on a phone held sideways, "Next unanswered" keeps the field it focuses in sight', async () => {
    const sideways = { width: 568, height: 320 }
    const { page, context } = await openCold(
      browser(),
      locale,
      sideways,
      [hangzhou],
      `/assessments/${hangzhou.id}`,
    )
    await page.locator('.indicator-card').first().waitFor()
    for (let i = 0; i < 3; i++) {
      await page.getByRole('button', { name: nextLabel[locale] }).click()
      expect(await focusedCard(page)).not.toBeNull()
      expect(await fieldInSight(page), `"Next unanswered" #${i + 1}`).toBe(true)
    }
    await context.close()
  })

  it('a card opened through #indicator-… shows whole when it fits below the sticky head, else from its top', async () => {
    // The card "Next unanswered" goes to first, made tall by a note and evidence (still unanswered).
    const id = nextUnanswered(
      sections,
      scoreAssessment(set, hangzhou.answers, hangzhou.cityLevel).outcomes,
    )
    if (id === null) throw new Error('the fixture has no unanswered indicator')
    const evidence = Array.from({ length: 8 }, (_, i) => `https://example.gov.cn/report-${i}.pdf`)
    const tall: Assessment = {
      ...hangzhou,
      answers: { ...hangzhou.answers, [id]: { note: '数据来自市统计局 '.repeat(40), evidence } },
    }
    const card = `#indicator-${id}`
    const room = (page: Page) =>
      page.evaluate(
        () =>
          innerHeight -
          (document.querySelector('.page-head.sticky')?.getBoundingClientRect().bottom ?? 0),
      )

    for (const viewport of phones) {
      const at = `${viewport.width}×${viewport.height}`
      const { page, context } = await openCold(
        browser(),
        locale,
        viewport,
        [tall],
        `/assessments/${hangzhou.id}${card}`,
      )
      await expectLanded(page, card, `tall card from the address at ${at}`)
      const height = (await page.locator(card).boundingBox())?.height ?? 0
      expect(height, `the card is taller than the window below the head at ${at}`).toBeGreaterThan(
        await room(page),
      )
      // The same card through "Next unanswered", from the top of the page.
      await page.evaluate(() => window.scrollTo(0, 0))
      await page.getByRole('button', { name: nextLabel[locale] }).click()
      expect(await focusedCard(page)).toBe(card.slice(1))
      await expectLanded(page, card, `tall card through "Next unanswered" at ${at}`)
      await context.close()
    }

    // A card that fits: the shortest of a section is shown whole. A laptop of 1280 × 1024: with
    // its evidence files section, no card of that section fits below the head at 800 px.
    const section = sections[1]
    if (section === undefined) throw new Error('one section only')
    const laptop = { width: 1280, height: 1024 }
    const { page, context } = await openCold(
      browser(),
      locale,
      laptop,
      [hangzhou],
      `/assessments/${hangzhou.id}#dimension-${section.dimension.id}`,
    )
    await page.locator('.indicator-card').first().waitFor()
    await cardsMounted(page)
    const shortest = await page
      .locator('.indicator-card')
      .evaluateAll(
        (cards) =>
          cards.reduce((a, b) =>
            b.getBoundingClientRect().height < a.getBoundingClientRect().height ? b : a,
          ).id,
      )
    const fresh = await context.newPage()
    await fresh.goto(`${baseUrl()}/assessments/${hangzhou.id}#${shortest}`)
    await expectLanded(fresh, `#${shortest}`, 'short card from the address')
    const box = await fresh.locator(`#${shortest}`).boundingBox()
    expect(box?.height ?? Infinity, 'the card fits below the head').toBeLessThanOrEqual(
      await room(fresh),
    )
    expect(
      (box?.y ?? 0) + (box?.height ?? Infinity),
      'the card’s bottom is in the window',
    ).toBeLessThanOrEqual(laptop.height)
    await context.close()
  })
})
