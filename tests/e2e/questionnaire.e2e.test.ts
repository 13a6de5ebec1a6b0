import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { assertNever } from '../../src/domain/assertNever'
import { nextUnanswered, sectionProgress } from '../../src/domain/assessment/progress'
import { appliesTo } from '../../src/domain/indicators/applicability'
import { scoreAssessment } from '../../src/domain/scoring/scoreAssessment'
import { axeViolations } from './axe'
import { baseUrl, useBrowser, openWatchedPage } from './browser'
import { shippedSet } from '../../scripts/build/indicatorFiles'
import { plannedAnswer, typePlannedAnswer } from './plannedAnswer'
import { fixtureRelease, loadFixture, seedAssessments } from './seed'
import { belowStickyHead, justBelow } from './stickyHead'

const set = shippedSet()

const text = {
  'zh-CN': {
    new: '新建评估',
    city: '城市',
    year: '评估年度',
    county: '县级市（县）',
    create: '创建并开始填写',
    next: '下一个未填项',
    saved: /已于 .* 保存/,
    na: '本指标不适用于本市',
    naReason: '不适用的原因（必填）',
    note: '备注',
    evidence: /证据/,
    quality: '数据质量',
    tooBig: '数值不能大于 100 %。',
    notNumber: '请输入数字，例如 85 或 85.5。',
    cityRequired: '请填写城市名称。',
    yearRange: '请填写 2000–2100 之间的整数年份。',
  },
  'en-US': {
    new: 'New assessment',
    city: 'City',
    year: 'Assessment year',
    county: 'County-level city (county)',
    create: 'Create and start',
    next: 'Next unanswered',
    saved: /Saved at/,
    na: 'This indicator does not apply to the city',
    naReason: 'Reason it does not apply (required)',
    note: 'Notes',
    evidence: /Evidence/,
    quality: 'Data quality',
    tooBig: 'The value cannot be above 100 %.',
    notNumber: 'Enter a number, for example 85 or 85.5.',
    cityRequired: 'Enter the city’s name.',
    yearRange: 'Enter a whole year between 2000 and 2100.',
  },
} as const
type Locale = keyof typeof text

/** Cards mount a few per idle period; on a busy machine a whole section can take a few seconds. */
const allMounted = { timeout: 15_000 }

const browser = useBrowser()

const createAssessment = async (
  page: Page,
  locale: Locale,
  city: string,
  year: string,
  county = false,
) => {
  const l = text[locale]
  await page.goto(`${baseUrl()}/`)
  await page.getByRole('link', { name: l.new }).first().click()
  await page.getByRole('textbox', { name: l.city }).fill(city)
  await page.getByRole('textbox', { name: l.year }).fill(year)
  if (county) await page.getByRole('radio', { name: l.county }).check()
  await page.getByRole('button', { name: l.create }).click()
  await page.waitForURL(/\/assessments\//)
  await page.locator('.indicator-card').first().waitFor()
}

/** Answers every asked indicator from the keyboard: "Next unanswered" focuses the next card's first input. */
const answerAllWithKeyboard = async (page: Page, locale: Locale, ids: readonly string[]) => {
  const next = page.getByRole('button', { name: text[locale].next })
  for (const id of ids) {
    const indicator = set.indicators.find((i) => i.id === id)
    if (indicator === undefined) throw new Error(id)
    await next.focus()
    await page.keyboard.press('Enter')
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('article')?.id))
      .toBe(`indicator-${id}`)
    await typePlannedAnswer(page, plannedAnswer(indicator))
  }
}

/** Shows a section with its link in the section list, and waits for all of its cards. */
const openSection = async (page: Page, dimension: string) => {
  await page.locator(`.section-nav a[href="#dimension-${dimension}"]`).click()
  await expect.poll(() => page.locator(`#dimension-${dimension}`).count(), allMounted).toBe(1)
  await expect.poll(() => page.locator('.questionnaire-pending').count(), allMounted).toBe(0)
}

/** The cards each section shows, section by section, opened from the section list. */
const cardsPerSection = async (page: Page) => {
  const shown: Record<string, (string | undefined)[]> = {}
  for (const dimension of set.meta.dimensions) {
    await openSection(page, dimension.id)
    shown[dimension.id] = await page
      .locator('.indicator-card')
      .evaluateAll((cards) => cards.map((c) => c.id.replace('indicator-', '')))
  }
  return shown
}

/** Checks that the page shows the planned answers, opening each indicator's section in turn. */
const expectAnswersBack = async (page: Page, ids: readonly string[]) => {
  let section: string | undefined
  for (const id of ids) {
    const indicator = set.indicators.find((i) => i.id === id)
    if (indicator === undefined) throw new Error(id)
    if (indicator.dimension !== section) {
      section = indicator.dimension
      await openSection(page, section)
    }
    const plan = plannedAnswer(indicator)
    switch (plan.kind) {
      case 'ratio':
        expect(
          [
            await page.locator(`#${id}-numerator`).inputValue(),
            await page.locator(`#${id}-denominator`).inputValue(),
          ],
          id,
        ).toEqual([plan.numerator, plan.denominator])
        break
      case 'value':
        expect(await page.locator(`#${id}-value`).inputValue(), id).toBe(plan.value)
        break
      case 'radio':
        expect(
          await page.locator(`#indicator-${id} input[type=radio]:checked`).getAttribute('value'),
          id,
        ).toBe(plan.expected)
        break
      default:
        assertNever(plan)
    }
  }
}

describe.each(['zh-CN', 'en-US'] as const)('questionnaire in a %s browser', (locale) => {
  const l = text[locale]

  it('answers every applicable indicator with the keyboard; answers, N/A reason, note, quality and evidence survive a reload', async () => {
    const { page, problems, context } = await openWatchedPage(browser(), locale)
    await createAssessment(page, locale, '杭州市', '2024')
    const asked = set.indicators
      .filter((i) => appliesTo(i, 'prefecture-and-above'))
      .map((i) => i.id)
    // "Next unanswered" goes from section to section.
    await answerAllWithKeyboard(page, locale, asked)

    // Extra fields on the last indicator: N/A with reason, note, data quality, evidence.
    const last = page.locator(`#indicator-${asked[asked.length - 1]}`)
    await last.getByLabel(l.na).check()
    await last.getByLabel(l.naReason).fill('本市无此业务 / not run by the city')
    await last.getByLabel(l.note).fill('数据来自市统计局 <b>2024</b>')
    await last.getByLabel(l.quality).selectOption('measured')
    await last
      .getByRole('textbox', { name: l.evidence })
      .fill('https://tjj.hangzhou.gov.cn/report-2024.pdf\njavascript:alert(1)')
    await expect
      .poll(() => page.locator('.save-status').textContent(), { timeout: 5000 })
      .toMatch(l.saved)
    // The status has a box of fixed size (so its flips do not re-lay out the page): the text fits.
    expect(await page.locator('.save-status').evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(
      true,
    )

    // The address names the last card "Next unanswered" went to: a reload opens its section.
    await page.reload()
    await last.waitFor()
    await expectAnswersBack(page, asked.slice(0, -1))
    // The last section again (the checks above ended in it or the one before).
    await openSection(page, set.indicators.find((i) => i.id === asked.at(-1))?.dimension ?? '')
    expect(await last.getByLabel(l.na).isChecked()).toBe(true)
    expect(await last.getByLabel(l.naReason).inputValue()).toBe(
      '本市无此业务 / not run by the city',
    )
    expect(await last.getByLabel(l.note).inputValue()).toBe('数据来自市统计局 <b>2024</b>')
    expect(await last.getByLabel(l.quality).inputValue()).toBe('measured')
    expect(
      await last
        .getByRole('link', { name: 'https://tjj.hangzhou.gov.cn/report-2024.pdf' })
        .getAttribute('rel'),
    ).toBe('noopener noreferrer')
    expect(await last.getByRole('link', { name: /javascript/ }).count()).toBe(0)
    expect(await page.locator('.head-actions').textContent()).toContain(String(asked.length))
    expect(await axeViolations(page)).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })

  it('shows only county-applicable indicators to a county-level city, and keeps its answers over a reload', async () => {
    const { page, context } = await openWatchedPage(browser(), locale)
    await createAssessment(page, locale, '义乌市', '2024', true)
    const asked = set.indicators.filter((i) => appliesTo(i, 'county')).map((i) => i.id)
    expect(asked.length).toBeLessThan(set.indicators.length)
    expect(await cardsPerSection(page)).toEqual(
      Object.fromEntries(
        set.meta.dimensions.map((d) => [
          d.id,
          set.indicators
            .filter((i) => i.dimension === d.id && appliesTo(i, 'county'))
            .map((i) => i.id),
        ]),
      ),
    )
    await answerAllWithKeyboard(page, locale, asked)
    await expect
      .poll(() => page.locator('.save-status').textContent(), { timeout: 5000 })
      .toMatch(l.saved)
    await page.reload()
    await page.locator('.indicator-card').first().waitFor()
    await expectAnswersBack(page, asked)
    await context.close()
  })

  it('refuses an empty city and a year out of range with translated messages, then accepts full-width digits', async () => {
    const { page, problems, context } = await openWatchedPage(browser(), locale)
    await page.goto(`${baseUrl()}/`)
    await page.getByRole('link', { name: l.new }).first().click()
    const city = page.getByRole('textbox', { name: l.city })
    const year = page.getByRole('textbox', { name: l.year })
    await city.fill('   ')
    await year.fill('1999')
    await page.getByRole('button', { name: l.create }).click()
    await expect.poll(() => page.locator('#city-error').textContent()).toBe(l.cityRequired)
    expect(await page.locator('#year-error').textContent()).toBe(l.yearRange)
    expect(await city.getAttribute('aria-invalid')).toBe('true')
    expect(await year.getAttribute('aria-invalid')).toBe('true')
    expect(page.url()).not.toMatch(/\/assessments\//)
    await city.fill('台州市')
    await year.fill('２０２４')
    await page.getByRole('button', { name: l.create }).click()
    await page.waitForURL(/\/assessments\//)
    await page.locator('.indicator-card').first().waitFor()
    expect(problems).toEqual([])
    await context.close()
  })

  it('rejects 130 on a percentage and text in a number field with a translated message, and stores neither', async () => {
    const { page, context } = await openWatchedPage(browser(), locale)
    await createAssessment(page, locale, '宁波市', '2024')
    const percent = set.indicators.find(
      (i) => i.answer.type === 'kpi' && i.answer.max === 100 && i.answer.direction === 'higher',
    )
    if (percent === undefined) throw new Error('no percentage KPI in the set')
    if (percent.answer.type === 'kpi' && percent.answer.ratio !== undefined) {
      // Ratio KPIs can also be entered as a value: switch the entry mode first.
      await page.locator(`#indicator-${percent.id} input[type=radio][value=value]`).check()
    }
    const input = page.locator(`#${percent.id}-value`)
    await input.fill('60')
    await expect
      .poll(() => page.locator('.save-status').textContent(), { timeout: 5000 })
      .toMatch(l.saved)
    await input.fill('130')
    await expect.poll(() => page.locator(`#${percent.id}-value-error`).textContent()).toBe(l.tooBig)
    expect(await input.getAttribute('aria-invalid')).toBe('true')
    await input.fill('八十')
    await expect
      .poll(() => page.locator(`#${percent.id}-value-error`).textContent())
      .toBe(l.notNumber)
    await page.waitForTimeout(1200) // longer than the autosave delay: nothing may be written
    await page.reload()
    expect(await page.locator(`#${percent.id}-value`).inputValue()).toBe('60')
    await context.close()
  })

  it('loses nothing when the page is closed 200 ms after typing', async () => {
    const context = await browser().newContext({ locale })
    const page = await context.newPage()
    await createAssessment(page, locale, '温州市', '2024')
    const url = page.url()
    const note = page.locator('.indicator-card').first().getByLabel(l.note)
    await note.fill('closing soon 马上关闭')
    await page.waitForTimeout(200)
    page.on('dialog', (d) => void d.accept())
    await page.close({ runBeforeUnload: true })
    const again = await context.newPage()
    await again.goto(url)
    await again.locator('.indicator-card').first().waitFor()
    await expect
      .poll(() => again.locator('.indicator-card').first().getByLabel(l.note).inputValue())
      .toBe('closing soon 马上关闭')
    await context.close()
  })
})

describe('indicator text follows the interface language', () => {
  it('switches every indicator name when the language is switched, fetching the other language on demand', async () => {
    const { page, problems, context } = await openWatchedPage(browser(), 'zh-CN')
    await createAssessment(page, 'zh-CN', '绍兴市', '2024')
    const first = set.indicators[0]
    if (first === undefined) throw new Error('empty set')
    const heading = page.locator(`#indicator-${first.id} h3`)
    expect(await heading.textContent()).toContain(first.name.zh)
    const fetched: string[] = []
    page.on('request', (r) => fetched.push(r.url()))
    await page.getByRole('button', { name: '切换到 English' }).click()
    await expect.poll(() => heading.textContent()).toContain(first.name.en)
    expect(fetched.some((url) => /\/assets\/indicator-details-en-[^/]+\.js$/.test(url))).toBe(true)
    expect(fetched.some((url) => /\/assets\/en\.core-[^/]+\.js$/.test(url))).toBe(true)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(problems).toEqual([])
    await context.close()
  })
})

describe('a long questionnaire on a phone, one section at a time, its cards mounted a few at a time', () => {
  const hangzhou = loadFixture('hangzhou-2024.assessment.json')
  // Hangzhou records 1.0.0: its questionnaire is 1.0.0's.
  const own = fixtureRelease()
  const sections = sectionProgress(
    own.meta.dimensions,
    own.indicators,
    scoreAssessment(own, {}, hangzhou.cityLevel).outcomes,
  )
  const phone = { width: 412, height: 823 }

  /** Layout shifts not caused by the user, as CLS counts them. */
  const recordShifts = () => {
    const w = window as unknown as { __shifts: number[] }
    w.__shifts = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) w.__shifts.push(e.value)
    }).observe({ type: 'layout-shift', buffered: true })
  }

  it('moves nothing on screen while the rest of the first section’s cards arrive', async () => {
    const { page, problems, context } = await openWatchedPage(
      browser(),
      'zh-CN',
      await browser().newContext({ locale: 'zh-CN', viewport: phone }),
    )
    await seedAssessments(page, [hangzhou])
    await page.addInitScript(recordShifts)
    await page.goto(`${baseUrl()}/assessments/${hangzhou.id}`)
    await page.locator('.indicator-card').first().waitFor()
    await expect
      .poll(() => page.locator('.indicator-card').count(), allMounted)
      .toBe(sections[0]?.indicators.length)
    expect(
      await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts),
    ).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })

  it('a section link opens its section just below the sticky head, with focus on its heading, and it stays put as the cards arrive; a reload lands there again; Back, the pager and "Next unanswered" go between sections', async () => {
    const context = await browser().newContext({ locale: 'en-US', viewport: phone })
    const page = await context.newPage()
    await seedAssessments(page, [hangzhou])
    await page.goto(`${baseUrl()}/assessments/${hangzhou.id}`)
    await page.locator('.indicator-card').first().waitFor()

    const middleIndex = Math.floor(sections.length / 2)
    const middle = sections[middleIndex]
    const firstSection = sections[0]
    if (middle === undefined || firstSection === undefined) throw new Error('no sections')
    const belowHead = (selector: string) => belowStickyHead(page, selector)
    const expectJustBelowHead = async (selector: string) => {
      expect(await belowHead(selector)).toSatisfy(justBelow)
    }
    const focused = () => page.evaluate(() => document.activeElement?.id)
    const shownCards = () =>
      page.locator('.indicator-card').evaluateAll((cards) => cards.map((c) => c.id))
    const cardIds = (s: (typeof sections)[number]) => s.indicators.map((i) => `indicator-${i.id}`)

    const section = `#dimension-${middle.dimension.id}`
    await page.locator(`.section-nav a[href="${section}"]`).click()
    await expectJustBelowHead(section)
    expect(await focused()).toBe(section.slice(1))
    expect(
      await page.locator(`.section-nav a[href="${section}"]`).getAttribute('aria-current'),
    ).toBe('page')
    // Cards still arriving below do not move the section; the first section's cards are gone.
    await expect.poll(shownCards, allMounted).toEqual(cardIds(middle))
    await expectJustBelowHead(section)

    // The link put the section in the address: a reload (or a shared link) lands there again.
    expect(new URL(page.url()).hash).toBe(section)
    await page.reload()
    await expect.poll(() => belowHead(section)).toSatisfy(justBelow)

    // From the keyboard, below the section's last card: the next section, its heading focused.
    const after = sections[middleIndex + 1]
    if (after === undefined) throw new Error('no section after the middle one')
    await page.getByRole('link', { name: /^Next section:/ }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(focused).toBe(`dimension-${after.dimension.id}`)
    await expectJustBelowHead(`#dimension-${after.dimension.id}`)
    // Back: the middle section again.
    await page.goBack()
    await expect.poll(focused).toBe(section.slice(1))
    await expect.poll(shownCards, allMounted).toEqual(cardIds(middle))

    const next = nextUnanswered(
      sections,
      scoreAssessment(set, hangzhou.answers, hangzhou.cityLevel).outcomes,
    )
    await page.getByRole('button', { name: text['en-US'].next }).click()
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('article')?.id))
      .toBe(`indicator-${next}`)
    await expectJustBelowHead(`#indicator-${next}`)
    expect(new URL(page.url()).hash).toBe(`#indicator-${next}`)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })
})
