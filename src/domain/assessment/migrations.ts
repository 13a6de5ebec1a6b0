/**
 * Migrations between stored schema versions: `migrations[n]` turns a version-n envelope into
 * version n+1. Each is pure and has a committed fixture of its input under `tests/fixtures/vN/`.
 * Version 1 is the first released format, so there is no step yet; add `1: (v1) => v2` when the
 * format changes and bump `currentSchemaVersion`.
 */
export type Migration = (envelope: Record<string, unknown>) => Record<string, unknown>

export const migrations: Readonly<Record<number, Migration>> = {}
