/** After this many days without an "Export all", the home page reminds the user to back up. */
export const exportReminderDays = 30

const dayMs = 24 * 60 * 60 * 1000

/**
 * Whether to remind the user to export: there is something to lose, and it was never exported or
 * last exported more than `days` days before `now` (both ISO date-times). An unreadable last-export
 * time counts as never; a time in the future (a clock changed) as just now.
 */
export const isExportDue = (
  lastExport: string | null,
  now: string,
  assessmentCount: number,
  days: number = exportReminderDays,
): boolean => {
  if (assessmentCount === 0) return false
  if (lastExport === null) return true
  const last = Date.parse(lastExport)
  const current = Date.parse(now)
  if (Number.isNaN(last) || Number.isNaN(current)) return true
  return current - last > days * dayMs
}
