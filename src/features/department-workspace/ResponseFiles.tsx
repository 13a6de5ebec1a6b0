import { EvidenceFiles } from '../../components/answering/EvidenceFiles'
import type { FileOps } from '../../components/answering/evidenceFileOps'
import { downloadBlob } from '../../components/ui/download'
import type { AttachedFile } from '../../domain/assessment/answer'
import { storedFileOps } from '../../store/storedFileOps'

const browserFileOps: FileOps = { ...storedFileOps, save: downloadBlob }

type Props = {
  read: () => AttachedFile[]
  write: (files: AttachedFile[]) => void
  indicatorName: string
  ops?: FileOps
}

/**
 * A department answer's evidence files, kept in this browser's file storage like the
 * questionnaire's: the return carries the ones the package did not (as a ZIP return).
 */
export const ResponseFiles = ({ read, write, indicatorName, ops = browserFileOps }: Props) => (
  <EvidenceFiles
    read={read}
    write={write}
    indicatorName={indicatorName}
    readOnly={false}
    ops={ops}
  />
)
