import { describe, expect, it } from 'vitest'
import {
  barsHeight,
  cartesianSize,
  categoryAxisWidth,
  compareRadar,
  minChartWidth,
  minRadarHeight,
  radarSize,
  reportRadar,
} from './chartSize'

describe('radarSize', () => {
  it('is the desktop drawing when there is room, and when nothing was measured (jsdom)', () => {
    for (const available of [560, 900, 0, -1, Number.NaN])
      expect(radarSize(available)).toEqual({ ...reportRadar, labelWidth: undefined })
    expect(radarSize(700, compareRadar)).toEqual({ ...compareRadar, labelWidth: undefined })
  })

  it('fits a phone: as wide as the box, at least the minimum height, labels wrapped', () => {
    // 320-px window: 280 px of content, less the chart's 2-px border.
    const size = radarSize(278)
    expect(size.width).toBe(278)
    expect(size.height).toBe(minRadarHeight)
    expect(size.labelWidth).toBe(70)
    // A side label starts 0.951 r from the centre and must end inside the drawing.
    expect(
      size.width / 2 + 0.951 * size.outerRadius + 12 + (size.labelWidth ?? 0),
    ).toBeLessThanOrEqual(size.width)
    expect(size.outerRadius).toBeGreaterThan(50)
  })

  it('gives short (Chinese) names a larger radius than long English ones, and fits both', () => {
    const zh = radarSize(278, reportRadar, [
      '数据治理',
      '数字孪生',
      '边际决策',
      '多元融合',
      '态势感知',
    ])
    const en = radarSize(278, reportRadar, [
      'Data governance',
      'Digital twin',
      'Edge decision-making',
      'Multi-party fusion',
      'Situational awareness',
    ])
    expect(zh.outerRadius).toBeGreaterThan(en.outerRadius)
    // 4 Chinese characters at 13 px: 52 px of label beside the axis.
    expect(zh.outerRadius).toBe(Math.floor((139 - 52 - 12) / 0.951))
    // "Situational" (11 × 0.6 em) is the widest English line once wrapped.
    expect(en.outerRadius).toBe(Math.floor((139 - Math.ceil(11 * 0.6 * 13) - 12) / 0.951))
  })

  it('keeps the proportions of the full drawing where that is higher than the minimum', () => {
    const size = radarSize(500)
    expect(size.height).toBe(Math.round((500 * 400) / 560))
    expect(size.outerRadius).toBeLessThanOrEqual(reportRadar.outerRadius)
  })

  it('never draws narrower than the minimum: a tinier box scrolls instead', () => {
    expect(radarSize(120).width).toBe(minChartWidth)
  })

  it('grows monotonically with the box', () => {
    let last = radarSize(minChartWidth)
    for (let w = minChartWidth + 10; w < 560; w += 10) {
      const next = radarSize(w)
      expect(next.outerRadius).toBeGreaterThanOrEqual(last.outerRadius)
      expect(next.height).toBeGreaterThanOrEqual(last.height)
      last = next
    }
  })
})

describe('cartesianSize and categoryAxisWidth', () => {
  it('keeps the height and narrows the width to the box', () => {
    const full = { width: 640, height: 340 }
    expect(cartesianSize(0, full)).toEqual(full)
    expect(cartesianSize(1000, full)).toEqual(full)
    expect(cartesianSize(300.7, full)).toEqual({ width: 300, height: 340 })
    expect(cartesianSize(50, full)).toEqual({ width: minChartWidth, height: 340 })
  })

  it('gives the category names 190 px at full width and 40 % of a narrow chart', () => {
    expect(categoryAxisWidth(640)).toBe(190)
    expect(categoryAxisWidth(280)).toBe(112)
  })
})

describe('barsHeight', () => {
  it('keeps the eight-dimension drawing for up to eight bars and grows by a band per further one', () => {
    for (const count of [1, 4, 8]) expect(barsHeight(count)).toBe(340)
    expect(barsHeight(9)).toBe(380)
    expect(barsHeight(20)).toBe(820)
  })
})
