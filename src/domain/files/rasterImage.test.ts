import { describe, expect, it } from 'vitest'
import { rasterImageType } from './rasterImage'

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  Uint8Array.from(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)),
  )

describe('rasterImageType', () => {
  it('recognises PNG, JPEG, GIF and WebP by their first bytes', () => {
    expect(rasterImageType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe(
      'image/png',
    )
    expect(rasterImageType(bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF\0\0\0\0'))).toBe('image/jpeg')
    expect(rasterImageType(bytes('GIF89a', [1, 0, 1, 0, 0, 0]))).toBe('image/gif')
    expect(rasterImageType(bytes('GIF87a', [1, 0, 1, 0, 0, 0]))).toBe('image/gif')
    expect(rasterImageType(bytes('RIFF', [0x24, 0, 0, 0], 'WEBP'))).toBe('image/webp')
  })

  it('refuses SVG, HTML, PDF and other RIFF files, whatever they are named', () => {
    expect(rasterImageType(bytes('<svg xmlns="'))).toBeNull()
    expect(rasterImageType(bytes('<?xml versio'))).toBeNull()
    expect(rasterImageType(bytes('<html><scrip'))).toBeNull()
    expect(rasterImageType(bytes('%PDF-1.7\n%\xe2\xe3'))).toBeNull()
    expect(rasterImageType(bytes('RIFF', [0x24, 0, 0, 0], 'WAVE'))).toBeNull()
    expect(rasterImageType(bytes('GIF90a'))).toBeNull()
  })

  it('refuses a file too short to carry a signature', () => {
    expect(rasterImageType(new Uint8Array())).toBeNull()
    expect(rasterImageType(bytes([0x89], 'PN'))).toBeNull()
    expect(rasterImageType(bytes([0xff, 0xd8]))).toBeNull()
  })
})
