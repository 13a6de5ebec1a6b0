import type { Page } from 'playwright-core'

/**
 * How far below the bottom of the questionnaire's sticky head an element's top is, in CSS pixels
 * (negative: partly hidden under the head). An anchor jump that landed right gives 0–12.
 */
export const belowStickyHead = (page: Page, selector: string): Promise<number> =>
  page.evaluate((selector) => {
    const head = document.querySelector('.page-head.sticky')
    const target = document.querySelector(selector)
    if (head === null || target === null) throw new Error(`no sticky head or no ${selector}`)
    return target.getBoundingClientRect().top - head.getBoundingClientRect().bottom
  }, selector)

/** Whether a distance from `belowStickyHead` is a good landing: fully visible, just below the head. */
export const justBelow = (distance: number): boolean => distance >= 0 && distance < 12

/** Resolves once every card of the section shown is mounted (they arrive a few at a time). */
export const cardsMounted = (page: Page): Promise<unknown> =>
  page.waitForFunction(() => document.querySelector('.questionnaire-pending') === null, null, {
    // On a busy machine a whole section can take a few seconds.
    timeout: 15_000,
  })
