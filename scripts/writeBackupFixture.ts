/**
 * Writes tests/fixtures/backups/v1.zip, the backup format's version-1 fixture that
 * tests/formatFixtures.test.ts reads: `npx tsx scripts/writeBackupFixture.ts`. Made from fixed
 * inputs (`src/domain/testing/testBackup.ts`, with the released set scm-default 1.1.0), so the same
 * bytes come out on every run and in every time zone. Run it only to add a fixture for a new
 * version: a released version's fixture is never rewritten.
 */
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildBackup } from '../src/domain/backup/buildBackup'
import { backupExport, backupFiles } from '../src/domain/testing/testBackup'

const hash = (bytes: Uint8Array) =>
  Promise.resolve(createHash('sha256').update(bytes).digest('hex'))

const built = await buildBackup(
  backupExport({ setId: 'scm-default', version: '1.1.0' }),
  backupFiles(),
  hash,
)
if (!built.ok) throw new Error(`not built: ${JSON.stringify(built.problem)}`)
const target = resolve(import.meta.dirname, '../tests/fixtures/backups/v1.zip')
writeFileSync(target, built.bytes)
console.log(`wrote ${target} (${built.bytes.length} bytes)`)
