import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TableScroll } from './TableScroll'

/** jsdom has no layout: give every element the widths a phone would measure. */
const widths = (scrollWidth: number, clientWidth: number) => {
  vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(scrollWidth)
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(clientWidth)
}

const table = (
  <table>
    <caption>Scores</caption>
    <tbody>
      <tr>
        <td>1</td>
      </tr>
    </tbody>
  </table>
)

describe('TableScroll', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('is a named region in the tab order while its table is wider than the box', () => {
    widths(460, 280)
    render(<TableScroll label="Scores of the five core capabilities">{table}</TableScroll>)
    const region = screen.getByRole('region', { name: 'Scores of the five core capabilities' })
    expect(region).toHaveAttribute('tabindex', '0')
    expect(region).toContainElement(screen.getByRole('table'))
  })

  it('adds no region and no tab stop while the table fits', () => {
    widths(280, 280)
    const { container } = render(<TableScroll label="Scores">{table}</TableScroll>)
    expect(screen.queryByRole('region')).toBeNull()
    expect(container.querySelector('[tabindex]')).toBeNull()
  })
})
