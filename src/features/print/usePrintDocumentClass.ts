import { useEffect } from 'react'

/**
 * Marks `<html>` while the print view is mounted. The print CSS stays in the document after a
 * visit (a single-page app never unloads a stylesheet), so its rules that hide the app chrome are
 * scoped to this class and never affect printing any other screen.
 */
export const usePrintDocumentClass = (): void => {
  useEffect(() => {
    const root = document.documentElement
    root.classList.add('print-report')
    return () => root.classList.remove('print-report')
  }, [])
}
