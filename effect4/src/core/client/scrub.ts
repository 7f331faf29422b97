// Copied from core/src/client/scrub.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * Scrubbing of secrets out of texts an error keeps, in linear time, on plain strings (the lines
 * unwrap their `Redacted` secrets just before calling). A secret can come back in the form the
 * client sent it or the server re-encoded it: as is, percent-encoded (any hex case, `%20` or `+`
 * for a space), or JSON-escaped (`\u00e9`, or any character as `\uXXXX`). One pass builds a
 * decoded view of the text (JSON escapes and percent escapes undone, each character mapped back
 * to where it came from); every secret is then found with `indexOf`, in the text and in the view,
 * and so is anything shaped like a JWT or an `Authorization` value, by scanners that never go
 * back. The cost is O(text length × secrets), whatever the text holds. Also here: which values of
 * a request are secrets (its `Authorization` value, its cookies' values), and the short scrubbed
 * excerpt an error keeps. Effect-free (shared by both Effect lines).
 *
 * @since 0.3.0
 */

/**
 * What replaces a secret.
 *
 * @since 0.3.0
 * @category constants
 */
export const redacted = "<redacted>"

/** Secrets shorter than this are replaced only where they stand as a whole word. */
const shortSecret = 8

const isWordCode = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45

const isSpaceCode = (c: number): boolean => c === 32 || (c >= 9 && c <= 13)

const hexValue = (c: number): number =>
  c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1

/** The byte of a `%XX` at `i`, or -1. */
const percentByte = (text: string, i: number): number => {
  if (text.charCodeAt(i) !== 37 || i + 2 >= text.length) return -1
  const high = hexValue(text.charCodeAt(i + 1))
  const low = hexValue(text.charCodeAt(i + 2))
  return high < 0 || low < 0 ? -1 : high * 16 + low
}

/** The decoded view of a text: its characters, and for each the range of the text it stands for. */
interface View {
  readonly text: string
  readonly from: Int32Array
  readonly to: Int32Array
}

const jsonSimple: Readonly<Record<string, string>> = {
  "\"": "\"",
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t"
}

/**
 * Undoes JSON escapes (`\uXXXX` in any hex case, `\n`, `\"`...) and percent escapes (UTF-8
 * sequences decoded as one character) in one pass. `undefined` when the text has none.
 */
const decodedView = (text: string): View | undefined => {
  if (text.indexOf("\\") < 0 && text.indexOf("%") < 0) return undefined
  const n = text.length
  const units: Array<string> = []
  const from = new Int32Array(n)
  const to = new Int32Array(n)
  let k = 0
  const push = (unit: string, start: number, end: number) => {
    units.push(unit)
    from[k] = start
    to[k] = end
    k++
  }
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c === 92 && i + 1 < n) {
      const next = text[i + 1]!
      if (next === "u" && i + 5 < n) {
        let code = 0
        for (let j = i + 2; j < i + 6 && code >= 0; j++) {
          const h = hexValue(text.charCodeAt(j))
          code = h < 0 ? -1 : code * 16 + h
        }
        if (code >= 0) {
          push(String.fromCharCode(code), i, i + 6)
          i += 6
          continue
        }
      }
      const simple = jsonSimple[next]
      if (simple !== undefined) {
        push(simple, i, i + 2)
        i += 2
        continue
      }
    }
    if (c === 37) {
      const lead = percentByte(text, i)
      if (lead >= 0 && lead < 0x80) {
        push(String.fromCharCode(lead), i, i + 3)
        i += 3
        continue
      }
      const length = lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
        ? 3
        : lead >= 0xf0 && lead <= 0xf4
        ? 4
        : 0
      if (length > 0) {
        let code = lead & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07)
        for (let j = 1; j < length && code >= 0; j++) {
          const byte = percentByte(text, i + 3 * j)
          code = byte >= 0x80 && byte <= 0xbf ? code * 64 + (byte & 0x3f) : -1
        }
        if (code >= 0 && code <= 0x10ffff) {
          const decoded = String.fromCodePoint(code)
          for (let u = 0; u < decoded.length; u++) push(decoded[u]!, i, i + 3 * length)
          i += 3 * length
          continue
        }
      }
    }
    push(text[i]!, i, i + 1)
    i++
  }
  return { text: units.join(""), from: from.subarray(0, k), to: to.subarray(0, k) }
}

/** The ranges `[start, end)` of `haystack` that hold `pattern` (as a whole word when short). */
const findAll = (haystack: string, pattern: string, out: Array<number>): void => {
  const whole = pattern.length < shortSecret
  let at = haystack.indexOf(pattern)
  while (at >= 0) {
    const end = at + pattern.length
    if (!whole || ((at === 0 || !isWordCode(haystack.charCodeAt(at - 1))) && !isWordCode(haystack.charCodeAt(end)))) {
      out.push(at, end)
      at = haystack.indexOf(pattern, end)
    } else {
      at = haystack.indexOf(pattern, at + 1)
    }
  }
}

/** The end of the run of word characters (`[A-Za-z0-9_-]`) starting at `i`. */
const wordEnd = (text: string, i: number): number => {
  let j = i
  while (j < text.length && isWordCode(text.charCodeAt(j))) j++
  return j
}

/**
 * Everything shaped like a JWT (`eyJ…` `.` `…` `.` `…`, as `/eyJ[\w-]*\.[\w-]+\.[\w-]*​/`
 * matches), found without going back: each run of word characters is read once.
 */
const findJwtShapes = (text: string, out: Array<number>): void => {
  let at = text.indexOf("eyJ")
  while (at >= 0) {
    const first = wordEnd(text, at)
    let next = first
    if (text.charCodeAt(first) === 46) {
      const second = wordEnd(text, first + 1)
      if (second > first + 1 && text.charCodeAt(second) === 46) {
        const third = wordEnd(text, second + 1)
        out.push(at, third)
        next = third
      }
    }
    // every `eyJ` inside the run read ends where this one did: none can match either
    at = text.indexOf("eyJ", Math.max(next, at + 1))
  }
}

const schemes = ["Bearer", "bearer", "BEARER", "Basic", "basic", "BASIC"]

/**
 * The value after `Bearer` or `Basic` (as a word, then spaces), when it is 8 characters or more:
 * a credential, whatever it is.
 */
const findAuthorizationValues = (text: string, out: Array<number>): void => {
  for (const scheme of schemes) {
    let at = text.indexOf(scheme)
    while (at >= 0) {
      let j = at + scheme.length
      if (at === 0 || !isWordCode(text.charCodeAt(at - 1))) {
        while (j < text.length && isSpaceCode(text.charCodeAt(j))) j++
        const start = j
        while (j < text.length && !isSpaceCode(text.charCodeAt(j))) j++
        if (start > at + scheme.length && j - start >= shortSecret) out.push(start, j)
      }
      at = text.indexOf(scheme, j)
    }
  }
}

/**
 * A set of secrets, ready to scrub texts with.
 *
 * @since 0.3.0
 * @category models
 */
export interface Scrubber {
  (text: string): string
}

/**
 * The forms a secret is looked for in, in the decoded view: itself, and with `+` for each space
 * (a form-encoded space; `%20` decodes to a space in the view).
 */
const patternsOf = (values: ReadonlyArray<string>): ReadonlyArray<string> => {
  const patterns = new Set<string>()
  for (const value of values) {
    if (value === "") continue
    patterns.add(value)
    if (value.includes(" ")) patterns.add(value.split(" ").join("+"))
  }
  return [...patterns]
}

/**
 * A scrubber for `secrets` (their plain values): it replaces each of them, in every encoding it
 * can come back in, anything shaped like a JWT and every `Bearer`/`Basic` value by `<redacted>`.
 * A secret shorter than 8 characters is replaced only where it stands as a whole word, so a
 * one-letter key does not mangle every word that holds its letter.
 *
 * @since 0.3.0
 * @category constructors
 */
export const make = (secrets: ReadonlyArray<string>): Scrubber => {
  const patterns = patternsOf(secrets)
  return (text) => {
    if (text === "") return text
    const ranges: Array<number> = []
    for (const pattern of patterns) findAll(text, pattern, ranges)
    findJwtShapes(text, ranges)
    findAuthorizationValues(text, ranges)
    const view = decodedView(text)
    if (view !== undefined) {
      const found: Array<number> = []
      for (const pattern of patterns) findAll(view.text, pattern, found)
      findJwtShapes(view.text, found)
      findAuthorizationValues(view.text, found)
      for (let r = 0; r < found.length; r += 2) ranges.push(view.from[found[r]!]!, view.to[found[r + 1]! - 1]!)
    }
    if (ranges.length === 0) return text
    const order = Array.from({ length: ranges.length / 2 }, (_, r) => r).sort((a, b) => ranges[2 * a]! - ranges[2 * b]!)
    const parts: Array<string> = []
    let at = 0
    let r = 0
    while (r < order.length) {
      const start = ranges[2 * order[r]!]!
      let end = ranges[2 * order[r]! + 1]!
      r++
      // overlapping ranges are one secret
      while (r < order.length && ranges[2 * order[r]!]! < end) {
        end = Math.max(end, ranges[2 * order[r]! + 1]!)
        r++
      }
      parts.push(text.slice(at, start), redacted)
      at = end
    }
    parts.push(text.slice(at))
    return parts.join("")
  }
}

/**
 * Drops the end of a text that was cut short, where a secret the cut went through would show in
 * part: its last run of non-space characters, or at most `bound` characters of it.
 *
 * @since 0.3.0
 * @category utils
 */
export const dropCutWord = (text: string, bound: number): string => {
  let j = text.length
  const floor = Math.max(0, text.length - bound)
  while (j > floor && !isSpaceCode(text.charCodeAt(j - 1))) j--
  return text.slice(0, j)
}

/**
 * The longest excerpt of an error body kept in an error, ellipsis included.
 *
 * @since 0.3.0
 * @category constants
 */
export const maxExcerptLength = 512

/**
 * How much of the end of a cut text may hold part of a secret: its longest encoded form (a
 * character JSON-escaped is 6 long, percent-encoded up to 12) or of a JWT.
 */
const cutBound = (secrets: ReadonlyArray<string>): number =>
  secrets.reduce((longest, secret) => Math.max(longest, 12 * secret.length), 2048)

/**
 * A short (at most {@link maxExcerptLength} characters), single-line, scrubbed excerpt. The
 * whole text is scrubbed before it is cut, so a secret the cut goes through is gone whole; of a
 * text that was itself cut short (`truncated`), the last word is dropped for the same reason.
 *
 * @since 0.3.0
 * @category utils
 */
export const excerpt = (text: string, secrets: ReadonlyArray<string>, truncated = false): string => {
  const cut = truncated ? dropCutWord(text, cutBound(secrets)) : text
  const line = make(secrets)(cut).replace(/\s+/g, " ").trim()
  return line.length > maxExcerptLength ? `${line.slice(0, maxExcerptLength - 1)}…` : line
}

/**
 * What a request itself carried that is secret, from its `Authorization` and `Cookie` header
 * values: the credential after the scheme, and every cookie's value. So an access token the
 * server echoes is scrubbed whatever its shape.
 *
 * @since 0.3.0
 * @category utils
 */
export const sentSecrets = (authorization: string | undefined, cookie: string | undefined): ReadonlyArray<string> => {
  const sent: Array<string> = []
  if (authorization !== undefined) {
    const space = authorization.indexOf(" ")
    sent.push(space < 0 ? authorization : authorization.slice(space + 1).trim())
  }
  if (cookie !== undefined) {
    for (const pair of cookie.split(";")) {
      const equals = pair.indexOf("=")
      if (equals >= 0) sent.push(pair.slice(equals + 1).trim())
    }
  }
  return sent
}
