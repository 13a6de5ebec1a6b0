/**
 * An indicator as the move screen lists it: its permanent id, then its name in the interface
 * language ("SC-001 …"), the same order in both languages, so no text of its own.
 */
export const indicatorLabel = (id: string, name: string): string => `${id} ${name}`
