/**
 * The dependency gate. The registry reachable here answers `npm audit` with 405, so known-bad
 * packages are kept out by review, and this test fails if the lockfile pins one anywhere (direct
 * or transitive). Add a package with the reason when an advisory or a review rules it out.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const denyList: Record<string, string> = {
  xlsx: 'SheetJS on npm (0.18.5) has high-severity advisories (prototype pollution, ReDoS) and no fixed npm release',
  'node-xlsx': 'wraps the vulnerable npm xlsx',
  'xlsx-populate': 'unmaintained spreadsheet writer',
  jspdf: "printing uses the browser's own Save as PDF; jsPDF has had critical advisories",
  html2canvas: "printing uses the browser's own Save as PDF",
  'event-stream': 'compromised release (flatmap-stream, 2018)',
  'flatmap-stream': 'malicious package (2018)',
  'ua-parser-js': 'hijacked releases (2021); the app needs no user-agent parsing',
  colors: 'sabotaged release (1.4.1+, 2022)',
  faker: 'sabotaged release (6.6.6, 2022)',
  'node-ipc': 'protestware releases (2022)',
  request: 'deprecated and unmaintained, with an unfixed SSRF advisory (CVE-2023-28155)',
}

type Lock = { packages: Record<string, { version?: string }> }

const lock = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../package-lock.json'), 'utf8'),
) as Lock
const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8')) as {
  dependencies: Record<string, string>
}

/** `node_modules/a/node_modules/@scope/b` → `@scope/b`. */
const nameOf = (path: string) => path.replace(/^(.*\/)?node_modules\//, '')

/** Deny-listed packages anywhere in a lockfile, with the reason. */
const denied = (packages: Lock['packages']) =>
  Object.keys(packages)
    .filter((path) => path !== '')
    .map(nameOf)
    .filter((name) => Object.hasOwn(denyList, name))
    .map((name) => `${name}: ${denyList[name]}`)

describe('dependency gate', () => {
  it('pins no package of the deny list, directly or transitively', () => {
    expect(denied(lock.packages)).toEqual([])
  })

  it('would catch a deny-listed package nested anywhere', () => {
    expect(
      denied({
        '': {},
        'node_modules/some-lib/node_modules/xlsx': { version: '0.18.5' },
        'node_modules/@scope/pkg': {},
      }),
    ).toEqual([`xlsx: ${denyList.xlsx}`])
  })

  it('pins every runtime dependency to an exact version', () => {
    const ranged = Object.entries(pkg.dependencies).filter(([, v]) => !/^\d+\.\d+\.\d+$/.test(v))
    expect(ranged).toEqual([])
  })

  it('uses write-excel-file (not xlsx) for spreadsheets', () => {
    expect(pkg.dependencies['write-excel-file']).toMatch(/^\d+\.\d+\.\d+$/)
    expect(Object.hasOwn(pkg.dependencies, 'xlsx')).toBe(false)
  })
})
