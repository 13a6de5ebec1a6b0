/**
 * Migrations between stored schema versions: `migrations[n]` turns a version-n envelope into
 * version n+1. Each is pure and has a committed fixture of its input under `tests/fixtures/vN/`.
 * Add `n: (vn) => vn+1` when the format changes, and bump `currentSchemaVersion`.
 *
 * 1 → 2: version 2 only adds optional fields (an assessment's `weightProfile`, an answer's
 * `reviewAfterMove`), so a version-1 record is a valid version-2 one as it is. The number still
 * changes, so that a tab of an older app stops writing records it could no longer read.
 *
 * 2 → 3: version 3 adds optional fields too (an assessment's `departments`, `assignments` and
 * `packages`, an answer's `merged` and `files`), so it is the identity for the same reason.
 */
export type Migration = (envelope: Record<string, unknown>) => Record<string, unknown>

export const migrations: Readonly<Record<number, Migration>> = {
  1: (v1) => ({ ...v1, schemaVersion: 2 }),
  2: (v2) => ({ ...v2, schemaVersion: 3 }),
}
