import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { usePageTitle } from '../../components/ui/usePageTitle'
import type { ResponseRecord } from '../../domain/departments/responseRecord'
import { excerpt } from '../../domain/excerpt'
import { importLimits } from '../../domain/exchange/importLimits'
import { isLanguage } from '../../domain/language'
import { addWorkspaceText } from '../../i18n/workspaceText'
import { routes } from '../../routes/routes'
import { listResponses, removeResponse, type ListResult } from '../../storage/responseStorage'
import { openPackageFile, type OpenOutcome } from './openPackage'
import { usePackageProblemText, useStorageFailureText } from './packageProblemText'
import { ResponseList } from './ResponseList'
import './workspace.css'

addWorkspaceText()

type Opening =
  | { step: 'idle' }
  | { step: 'reading'; file: string }
  | { step: 'done'; file: string; outcome: OpenOutcome }

/** Why a chosen file was not opened, or that it could not be stored. */
const OpenReport = ({ file, outcome }: { file: string; outcome: OpenOutcome }) => {
  const { t } = useTranslation()
  const problemText = usePackageProblemText()
  const storageText = useStorageFailureText()
  if (outcome.kind === 'opened') return null
  const name = excerpt(file)
  return (
    <div role="alert" className="banner error">
      {outcome.kind === 'refused' ? (
        <>
          <p>{t('workspace.list.refused', { file: name, reason: problemText(outcome.problem) })}</p>
          <p>{t('workspace.list.nothingStored')}</p>
        </>
      ) : (
        <p>
          {t('workspace.list.storeFailed', {
            file: name,
            reason:
              outcome.reason === 'damaged'
                ? t('workspace.damagedRecord')
                : storageText(outcome.reason),
          })}
        </p>
      )}
    </div>
  )
}

/**
 * A department's side: open a package file, and the packages this browser answers. Opening a
 * package already answered here goes to it, keeping the department's work.
 */
export const DepartmentResponsesPage = () => {
  const { t, i18n } = useTranslation()
  usePageTitle(t('workspace.list.title'))
  const [, navigate] = useLocation()
  const input = useRef<HTMLInputElement>(null)
  const [opening, setOpening] = useState<Opening>({ step: 'idle' })
  const [listed, setListed] = useState<ListResult | null>(null)
  const [removed, setRemoved] = useState<string | null>(null)
  const storageText = useStorageFailureText()

  const reload = useCallback(() => {
    void listResponses().then(setListed)
  }, [])
  useEffect(reload, [reload])

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    // Reset so that choosing the same file again (after fixing it) triggers another change.
    event.target.value = ''
    if (file === undefined) return
    setOpening({ step: 'reading', file: file.name })
    setRemoved(null)
    const language = isLanguage(i18n.language) ? i18n.language : 'en'
    void openPackageFile(file, language, () => new Date().toISOString()).then((outcome) => {
      if (outcome.kind === 'opened') navigate(routes.departmentResponse.href(outcome.packageId))
      else setOpening({ step: 'done', file: file.name, outcome })
    })
  }

  const remove = (record: ResponseRecord) => {
    const pkg = record.package
    void removeResponse(pkg.packageId).then((result) => {
      if (result.ok)
        setRemoved(
          t('workspace.list.removed', {
            department: pkg.department.name,
            city: pkg.assessment.city,
            year: pkg.assessment.year,
          }),
        )
      reload()
    })
  }

  return (
    <section aria-labelledby="responses-title" className="department-responses">
      <h1 id="responses-title">{t('workspace.list.title')}</h1>
      <p className="lead">{t('workspace.list.intro')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => input.current?.click()}>
          {t('workspace.list.open')}
        </button>
      </div>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label={t('workspace.list.inputLabel')}
        className="visually-hidden"
        tabIndex={-1}
        onChange={onFile}
      />
      <p className="hint">
        {t('workspace.list.help', { maxMb: importLimits.maxBytes / (1024 * 1024) })}
      </p>
      {opening.step === 'reading' && (
        <p role="status">{t('workspace.list.reading', { file: excerpt(opening.file) })}</p>
      )}
      {opening.step === 'done' && <OpenReport file={opening.file} outcome={opening.outcome} />}
      {removed !== null && (
        <p role="status" className="banner success">
          {removed}
        </p>
      )}
      <h2>{t('workspace.list.caption')}</h2>
      {listed === null ? (
        <p role="status">{t('workspace.loading')}</p>
      ) : listed.ok ? (
        <>
          {listed.damaged.length > 0 && (
            <p className="banner warning">
              {t('workspace.list.damaged', { count: listed.damaged.length })}
            </p>
          )}
          <ResponseList records={listed.records} onRemove={remove} />
        </>
      ) : (
        <p role="alert" className="banner error">
          {t('workspace.list.loadFailed', { reason: storageText(listed.reason) })}
        </p>
      )}
    </section>
  )
}
