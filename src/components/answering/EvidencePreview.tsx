import { useWatch, type Control } from 'react-hook-form'
import type { Answer } from '../../domain/assessment/answer'
import type { AnswerFormValues } from '../../domain/assessment/answerForm'
import { EvidenceLinks } from '../ui/EvidenceLinks'

/** The evidence field's lines as links; it watches that field alone, so typing elsewhere skips it. */
export const EvidencePreview = ({
  control,
}: {
  control: Control<AnswerFormValues, unknown, Answer | undefined>
}) => {
  const evidence = useWatch({ control, name: 'evidence' })
  const lines = evidence
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
  return <EvidenceLinks lines={lines} className="evidence-list" />
}
