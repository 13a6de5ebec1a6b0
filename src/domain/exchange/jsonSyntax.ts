/**
 * Where a JSON text is broken, as a line and column a person can find in an editor. Browsers word
 * `JSON.parse` errors differently: Chromium and Node say "… at position N" for some errors and
 * quote the text without a position for others ("Unexpected token '}', … is not valid JSON");
 * Firefox says "at line L column C". The message is used when it carries a position; otherwise a
 * small scanner finds the offset of the first error itself.
 */

export type SyntaxLocation = { offset: number; line: number; column: number }

const isWhitespace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d
const isDigit = (c: number) => c >= 0x30 && c <= 0x39
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)

/**
 * The offset of the first syntax error in `text` (RFC 8259), or null when it is valid JSON.
 * Iterative (an explicit stack of open containers), so deep nesting cannot overflow.
 */
export const jsonSyntaxErrorOffset = (text: string): number | null => {
  const n = text.length
  let i = 0
  const open: ('{' | '[')[] = []
  const skipWhitespace = () => {
    while (i < n && isWhitespace(text.charCodeAt(i))) i++
  }
  /** At a `"`: consumes the string; false leaves `i` at the offending character. */
  const string = (): boolean => {
    i++
    while (i < n) {
      const c = text.charCodeAt(i)
      if (c === 0x22) {
        i++
        return true
      }
      if (c < 0x20) return false
      if (c === 0x5c) {
        const e = text[i + 1]
        if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2
        else if (e === 'u') {
          for (let k = 2; k < 6; k++) {
            if (!isHex(text.charCodeAt(i + k))) {
              i += k
              return false
            }
          }
          i += 6
        } else {
          i += 1
          return false
        }
      } else i++
    }
    return false
  }
  const digits = (): boolean => {
    if (!isDigit(text.charCodeAt(i))) return false
    while (isDigit(text.charCodeAt(i))) i++
    return true
  }
  const number = (): boolean => {
    if (text[i] === '-') i++
    if (text[i] === '0') i++
    else if (!digits()) return false
    if (text[i] === '.') {
      i++
      if (!digits()) return false
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++
      if (text[i] === '+' || text[i] === '-') i++
      if (!digits()) return false
    }
    return true
  }
  const literal = (word: string): boolean => {
    for (const ch of word) {
      if (text[i] !== ch) return false
      i++
    }
    return true
  }
  const scalar = (): boolean => {
    const c = text[i]
    if (c === '"') return string()
    if (c === 't') return literal('true')
    if (c === 'f') return literal('false')
    if (c === 'n') return literal('null')
    if (c === '-' || isDigit(text.charCodeAt(i))) return number()
    return false
  }

  let state: 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'after' = 'value'
  for (;;) {
    skipWhitespace()
    if (state === 'value' || state === 'value-or-close') {
      if (i >= n) return i
      const c = text[i]
      if (state === 'value-or-close' && c === ']') {
        i++
        open.pop()
        state = 'after'
      } else if (c === '{') {
        i++
        open.push('{')
        state = 'key-or-close'
      } else if (c === '[') {
        i++
        open.push('[')
        state = 'value-or-close'
      } else if (scalar()) state = 'after'
      else return i
    } else if (state === 'key' || state === 'key-or-close') {
      if (i >= n) return i
      if (state === 'key-or-close' && text[i] === '}') {
        i++
        open.pop()
        state = 'after'
      } else {
        if (text[i] !== '"' || !string()) return i
        skipWhitespace()
        if (text[i] !== ':') return i
        i++
        state = 'value'
      }
    } else {
      const top = open[open.length - 1]
      if (top === undefined) return i >= n ? null : i
      if (i >= n) return i
      const c = text[i]
      if (c === ',') {
        i++
        state = top === '{' ? 'key' : 'value'
      } else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
        i++
        open.pop()
        state = 'after'
      } else return i
    }
  }
}

/** Line and column (both from 1) of an offset; a CRLF counts as one line break. */
export const locate = (text: string, offset: number): SyntaxLocation => {
  const clamped = Math.max(0, Math.min(offset, text.length))
  let line = 1
  let lineStart = 0
  for (let i = 0; i < clamped; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++
      lineStart = i + 1
    }
  }
  return { offset: clamped, line, column: clamped - lineStart + 1 }
}

/**
 * The location of the syntax error that `JSON.parse(text)` reported with `error`: the position in
 * the message when there is one, else the scanner's offset; null when neither finds one.
 */
export const locateJsonError = (text: string, error: unknown): SyntaxLocation | null => {
  const message = error instanceof Error ? error.message : ''
  const position = /at position (\d+)/.exec(message)
  if (position?.[1] !== undefined) return locate(text, Number(position[1]))
  const lineColumn = /line (\d+) column (\d+)/.exec(message)
  if (lineColumn?.[1] !== undefined && lineColumn[2] !== undefined) {
    const line = Number(lineColumn[1])
    const column = Number(lineColumn[2])
    let offset = 0
    for (let l = 1; l < line && offset < text.length; offset++) if (text[offset] === '\n') l++
    return { offset: offset + column - 1, line, column }
  }
  const offset = jsonSyntaxErrorOffset(text)
  return offset === null ? null : locate(text, offset)
}
