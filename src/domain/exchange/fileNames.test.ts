import { describe, expect, it } from 'vitest'
import {
  allAssessmentsFileName,
  assessmentFileName,
  backupFileName,
  downloadFileName,
  packageFileName,
  returnFileName,
  safeFileNamePart,
  unreadableRecordFileName,
} from './fileNames'

describe('file names', () => {
  it('names one assessment after its city and year', () => {
    expect(assessmentFileName({ city: '杭州市', year: 2024 }, 'json')).toBe(
      '杭州市-2024-smart-city-assessment.json',
    )
    expect(assessmentFileName({ city: 'Hangzhou', year: 2023 }, 'xlsx')).toBe(
      'Hangzhou-2023-smart-city-assessment.xlsx',
    )
  })

  it('names an "export all" after the date', () => {
    expect(allAssessmentsFileName('2026-01-02T03:04:05.000Z')).toBe(
      'smart-city-assessments-2026-01-02.json',
    )
  })

  it('names an unreadable record after what can be read of it and its key', () => {
    expect(unreadableRecordFileName('future-1234', { city: '杭州市', year: 2031 }, 'json')).toBe(
      '杭州市-2031-unreadable-record-future-1234.json',
    )
    expect(unreadableRecordFileName('corrupt/1', { city: null, year: null }, 'txt')).toBe(
      'unreadable-record-corrupt_1.txt',
    )
    expect(unreadableRecordFileName('k', { city: 'a:b', year: null }, 'json')).toBe(
      'a_b-unreadable-record-k.json',
    )
  })

  it("names an assessment from a backup after the backup's date", () => {
    expect(backupFileName({ city: '杭州市', year: 2024 }, '2026-01-02T03:04:05.000Z')).toBe(
      '杭州市-2024-backup-2026-01-02.json',
    )
  })

  it('names a department package after the city, year, department and day it was made', () => {
    expect(
      packageFileName({ city: '杭州市', year: 2025 }, '市交通运输局', '2026-12-06T08:00:00.000Z'),
    ).toBe('杭州市-2025-市交通运输局-package-2026-12-06.json')
    expect(
      packageFileName({ city: 'A/B', year: 2025 }, 'Transport: roads', '2026-12-06T00:00:00Z'),
    ).toBe('A_B-2025-Transport_ roads-package-2026-12-06.json')
  })

  it.each([
    ['a/b\\c:d*e?f"g<h>i|j', 'a_b_c_d_e_f_g_h_i_j'],
    ['  two   spaces \n', 'two spaces'],
    ['bell\u0007', 'bell_'],
    ['..hidden', 'hidden'],
    ['', '_'],
    ['城'.repeat(80), '城'.repeat(60)],
  ])('makes %j safe: %j', (text, safe) => {
    expect(safeFileNamePart(text)).toBe(safe)
  })

  it('names a department return after city, year, department and date, safe for every system', () => {
    expect(
      returnFileName({ city: '杭州市', year: 2024 }, '交通运输局', '2026-01-02T03:04:05.000Z'),
    ).toBe('杭州市-2024-交通运输局-return-2026-01-02.json')
    expect(
      returnFileName({ city: 'A/B', year: 2025 }, 'Health: "East"', '2026-03-04T00:00:00.000Z'),
    ).toBe('A_B-2025-Health_ _East_-return-2026-03-04.json')
  })
})

describe('downloadFileName', () => {
  it('keeps an ordinary name as it is', () => {
    expect(downloadFileName('12345热线年报 2024.pdf')).toBe('12345热线年报 2024.pdf')
    expect(downloadFileName('portal.PNG')).toBe('portal.PNG')
  })

  it('never keeps a path separator, so a name cannot leave the download folder', () => {
    expect(downloadFileName('../../etc/passwd')).toBe('_.._etc_passwd')
    expect(downloadFileName('..\\..\\Windows\\win.ini')).toBe('_.._Windows_win.ini')
    expect(downloadFileName('C:\\x.txt')).toBe('C__x.txt')
  })

  it('replaces control characters and the characters file systems refuse', () => {
    expect(downloadFileName('a\u0000b\u0007c\u009f.txt')).toBe('a_b_c_.txt')
    expect(downloadFileName('what?<is>"this"|*.doc')).toBe('what__is__this___.doc')
    expect(downloadFileName('two\nlines.txt')).toBe('two lines.txt')
  })

  it('drops invisible direction controls, so the saved name reads as it is', () => {
    expect(downloadFileName('invoice\u202efdp.exe')).toBe('invoicefdp.exe')
    expect(downloadFileName('a\u2066b\u200bc\ufeff.pdf')).toBe('abc.pdf')
  })

  it('prefixes names Windows reserves for devices', () => {
    expect(downloadFileName('CON')).toBe('_CON')
    expect(downloadFileName('nul.txt')).toBe('_nul.txt')
    expect(downloadFileName('com1.tar.gz')).toBe('_com1.tar.gz')
    expect(downloadFileName('LPT9.pdf')).toBe('_LPT9.pdf')
    expect(downloadFileName('console.pdf')).toBe('console.pdf')
  })

  it('removes leading dots and trailing dots and spaces; an empty name becomes "file"', () => {
    expect(downloadFileName('.bashrc')).toBe('bashrc')
    expect(downloadFileName('report.pdf. . ')).toBe('report.pdf')
    expect(downloadFileName(' ... ')).toBe('file')
    expect(downloadFileName('\u202e')).toBe('file')
  })

  it('shortens a long name before its extension, below 200 UTF-8 bytes', () => {
    const name = downloadFileName(`${'报'.repeat(300)}.pdf`)
    expect(name.endsWith('报.pdf')).toBe(true)
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(200)
    expect(new TextEncoder().encode(name).length).toBeGreaterThan(190)
    const noExtension = downloadFileName('x'.repeat(400))
    expect(noExtension).toBe('x'.repeat(200))
  })
})
