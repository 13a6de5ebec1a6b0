/**
 * A new department id: `d-` and 8 random base-36 characters. Slugs, not names, so a rename keeps
 * the assignments and packages; random, so two coordinators' lists never mean each other's.
 */
export const newDepartmentId = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(8))
  return `d-${[...bytes].map((b) => (b % 36).toString(36)).join('')}`
}
