import 'i18next'
import type en from './locales/en.json'
import type enCompare from './locales/en.compare.json'
import type enCounty from './locales/en.county.json'
import type enExchange from './locales/en.exchange.json'
import type enImport from './locales/en.import.json'
import type enMove from './locales/en.move.json'
import type enPersistence from './locales/en.persistence.json'
import type enPrint from './locales/en.print.json'
import type enRescue from './locales/en.rescue.json'
import type enResults from './locales/en.results.json'
import type enSets from './locales/en.sets.json'
import type enDepartments from './locales/en.departments.json'
import type enMerge from './locales/en.merge.json'
import type enWorkspace from './locales/en.workspace.json'
import type enProvenance from './locales/en.provenance.json'
import type enBackup from './locales/en.backup.json'
import type enEvidenceFiles from './locales/en.files.json'
import type enZipReturn from './locales/en.zipreturn.json'
import type enArchive from './locales/en.archive.json'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: {
      translation: typeof en &
        typeof enResults &
        typeof enPrint &
        typeof enExchange &
        typeof enImport &
        typeof enCompare &
        typeof enRescue &
        typeof enPersistence &
        typeof enSets &
        typeof enCounty &
        typeof enMove &
        typeof enDepartments &
        typeof enMerge &
        typeof enWorkspace &
        typeof enProvenance &
        typeof enBackup &
        typeof enEvidenceFiles &
        typeof enZipReturn &
        typeof enArchive
    }
    returnNull: false
  }
}
