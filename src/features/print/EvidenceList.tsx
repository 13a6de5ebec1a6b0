import { safeHttpUrl } from '../../domain/assessment/evidence'

/**
 * Evidence exactly as entered. Only http/https addresses become links (their text is the address
 * itself, so the paper shows it); `javascript:`, `data:` and anything else stay inert text.
 */
export const EvidenceList = ({ lines }: { lines: readonly string[] }) => (
  <ul className="print-evidence">
    {lines.map((line, i) => {
      const url = safeHttpUrl(line)
      return (
        <li key={`${i}-${line}`}>
          {url === null ? (
            line
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
