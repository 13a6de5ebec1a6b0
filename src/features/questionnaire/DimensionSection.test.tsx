import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { defaultIndicatorSet } from '../../content/defaultIndicatorSet'
import { DimensionSection } from './DimensionSection'

const dimension = defaultIndicatorSet().meta.dimensions[0]

describe('DimensionSection', () => {
  it('says so when none of its indicators is asked of the city, instead of showing an empty section', () => {
    if (dimension === undefined) throw new Error('no dimensions')
    render(
      <DimensionSection
        assessmentId="a"
        dimension={dimension}
        indicators={[]}
        cityLevel="county"
        mounted={0}
        done={0}
        asked={0}
        readOnly={false}
      />,
    )
    expect(screen.getByRole('region', { name: `${dimension.name.en} (0/0)` })).toHaveTextContent(
      'None of this section’s indicators apply to a city of this level.',
    )
  })
})
