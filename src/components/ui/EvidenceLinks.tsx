import { describeEvidence } from '../../domain/assessment/evidence'

/**
 * Evidence references as typed, one per line: http/https addresses become links that open safely,
 * anything else stays text. Invisible direction controls are shown, so `…/‮fdp.exe` cannot pass
 * for `…/exe.pdf`, and each link names its host plainly. Addresses are laid out left to right
 * whatever the page's direction.
 */
export const EvidenceLinks = ({
  lines,
  className,
}: {
  lines: readonly string[]
  className: string
}) => {
  if (lines.length === 0) return null
  return (
    <ul className={className}>
      {lines.map((line, i) => {
        const item = describeEvidence(line)
        return (
          <li key={`${i}-${line}`}>
            {item.kind === 'text' ? (
              <bdi>{item.text}</bdi>
            ) : (
              <>
                <a href={item.href} target="_blank" rel="noopener noreferrer" dir="ltr">
                  {item.text}
                </a>{' '}
                <span className="evidence-host" dir="ltr">
                  ({item.host})
                </span>
              </>
            )}
          </li>
        )
      })}
    </ul>
  )
}
