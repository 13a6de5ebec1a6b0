import { useTranslation } from 'react-i18next'
import { TableScroll } from '../../components/ui/TableScroll'
import type { IndicatorSet, ReleaseNote } from '../../domain/indicators/schema'
import { useLocalized } from '../../i18n/useLocalized'

/** The parts of a set a note's `topic` may name that have a name of their own in the interface. */
const namedTopics = ['sources', 'dimensions', 'levels', 'retired', 'reference', 'county'] as const
type NamedTopic = (typeof namedTopics)[number]
const isNamedTopic = (topic: string): topic is NamedTopic =>
  (namedTopics as readonly string[]).includes(topic)

/**
 * What a note is about, one line each: its topic (a named part of the set, a dimension or
 * sub-dimension with its name, or the topic as written), then each indicator with its name, or
 * marked retired when the set no longer holds it.
 */
const Subject = ({ note, set }: { note: ReleaseNote; set: IndicatorSet }) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const topic = (id: string) => {
    if (isNamedTopic(id)) return t(`methodology.releaseNotes.topic.${id}`)
    const part = set.meta.dimensions
      .flatMap((d) => [d, ...(d.subdimensions ?? [])])
      .find((d) => d.id === id)
    return part === undefined ? id : `${id} ${localized(part.name)}`
  }
  const indicator = (id: string) => {
    const found = set.indicators.find((i) => i.id === id)
    if (found !== undefined) return `${id} ${localized(found.name)}`
    // The checker allows only the set's ids and its retired ones; anything else shows as written.
    return set.meta.retired?.includes(id) === true
      ? t('methodology.releaseNotes.retired', { id })
      : id
  }
  const lines = [
    ...(note.topic === undefined ? [] : [topic(note.topic)]),
    ...note.indicators.map(indicator),
  ]
  return (
    <ul className="release-note-subject">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  )
}

/**
 * What the described version changed compared with the previous one, and why (`meta.releaseNotes`),
 * one row per note; nothing for a set without notes. The notes' texts are detail texts, loaded with
 * the page.
 */
export const ReleaseNotes = ({ set }: { set: IndicatorSet }) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const notes = set.meta.releaseNotes ?? []
  if (notes.length === 0) return null
  const { version } = set.meta
  const caption = t('methodology.releaseNotes.caption', { version })
  return (
    <section aria-labelledby="method-release-notes">
      <h2 id="method-release-notes">{t('methodology.releaseNotes.heading', { version })}</h2>
      <p>{t('methodology.releaseNotes.intro')}</p>
      <TableScroll label={caption}>
        <table className="report-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('methodology.releaseNotes.subject')}</th>
              <th scope="col">{t('methodology.releaseNotes.change')}</th>
              <th scope="col">{t('methodology.releaseNotes.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {notes.map((note, i) => (
              // Notes have no id of their own; their order is the file's and never changes.
              <tr key={i}>
                <th scope="row">
                  <Subject note={note} set={set} />
                </th>
                <td>{localized(note.change)}</td>
                <td>{localized(note.reason)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  )
}
