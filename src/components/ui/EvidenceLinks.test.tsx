import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { EvidenceLinks } from './EvidenceLinks'

describe('EvidenceLinks', () => {
  it('shows a right-to-left override instead of obeying it, and names the link’s host', () => {
    render(
      <EvidenceLinks
        lines={['https://files.example.org/report/\u202Efdp.exe', '市统计局 2024 年报\u200F']}
        className="evidence-list"
      />,
    )
    const link = screen.getByRole('link')
    expect(link).toHaveTextContent('https://files.example.org/report/⟦U+202E⟧fdp.exe')
    expect(link.textContent).not.toContain('\u202E')
    expect(link).toHaveAttribute('href', 'https://files.example.org/report/%E2%80%AEfdp.exe')
    expect(link).toHaveAttribute('dir', 'ltr')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    expect(link.closest('li')).toHaveTextContent('(files.example.org)')
    expect(screen.getByText('市统计局 2024 年报⟦U+200F⟧')).toBeVisible()
  })

  it('keeps javascript: and data: lines as inert text', () => {
    const { container } = render(
      <EvidenceLinks
        lines={['javascript:alert(1)', 'data:text/html,<b>x</b>']}
        className="evidence-list"
      />,
    )
    expect(container.querySelectorAll('a')).toHaveLength(0)
    expect(container).toHaveTextContent('javascript:alert(1)')
  })

  it('draws nothing without evidence', () => {
    const { container } = render(<EvidenceLinks lines={[]} className="evidence-list" />)
    expect(container).toBeEmptyDOMElement()
  })
})
