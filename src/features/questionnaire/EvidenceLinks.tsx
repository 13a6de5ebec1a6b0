import { safeHttpUrl } from '../../domain/assessment/evidence'

/** Evidence references as typed: http/https become links (opening safely), anything else stays text. */
export const EvidenceLinks = ({ lines }: { lines: readonly string[] }) => {
  if (lines.length === 0) return null
  return (
    <ul className="evidence-list">
      {lines.map((line, i) => {
        const url = safeHttpUrl(line)
        return (
          <li key={`${i}-${line}`}>
            {url === null ? (
              <span>{line}</span>
            ) : (
              <a href={url} target="_blank" rel="noopener noreferrer">
                {line}
              </a>
            )}
          </li>
        )
      })}
    </ul>
  )
}
