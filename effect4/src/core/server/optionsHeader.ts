// Copied from core/src/server/optionsHeader.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * python-multipart's `parse_options_header` (over CPython's `email.message._parseparam`), for
 * the request's `Content-Type` and a part's `Content-Disposition`. Linear in the header: every
 * search is bounded by the segment it belongs to and moves forward, and stripping walks from
 * each end instead of backtracking a regular expression.
 *
 * @since 0.2.0
 */

/** Python's `str.isspace()` for the characters that matter here (as `\s`, plus `\x1c`-`\x1f`, `\x85`). */
const space = /[\s\x1c-\x1f\x85]/

const isSpace = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i)
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f) || (c >= 0x85 && space.test(s.charAt(i)))
}

/**
 * Python's `str.lstrip()`.
 *
 * @since 0.2.0
 * @category parsing
 */
export const pyLstrip = (s: string): string => {
  let start = 0
  while (start < s.length && isSpace(s, start)) start++
  return s.slice(start)
}

/**
 * Python's `str.rstrip()`.
 *
 * @since 0.2.0
 * @category parsing
 */
export const pyRstrip = (s: string): string => {
  let end = s.length
  while (end > 0 && isSpace(s, end - 1)) end--
  return s.slice(0, end)
}

/**
 * Python's `str.strip()`.
 *
 * @since 0.2.0
 * @category parsing
 */
export const pyStrip = (s: string): string => pyLstrip(pyRstrip(s))

/** Python's `s.count(sub, start, end)` for a one- or two-character `sub`, looking only inside the slice. */
const count = (s: string, sub: string, start: number, end: number): number => {
  const from = start < 0 ? Math.max(0, s.length + start) : start
  const to = Math.min(end, s.length) - sub.length
  let n = 0
  for (let i = from; i <= to; i++) {
    if (s.charCodeAt(i) === sub.charCodeAt(0) && (sub.length === 1 || s.charCodeAt(i + 1) === sub.charCodeAt(1))) {
      n++
      i += sub.length - 1
    }
  }
  return n
}

/** Python's `s.find(c, start, end)` for one character. */
const find = (s: string, c: string, start: number, end: number): number => {
  for (let i = start; i < end; i++) if (s[i] === c) return i
  return -1
}

/**
 * The `;`-separated segments of a header value, a `;` inside double quotes kept (CPython's
 * `email.message._parseparam`, as python-multipart vendors it).
 *
 * @since 0.2.0
 * @category parsing
 */
export const parseParams = (value: string): ReadonlyArray<string> => {
  const s = `;${value}`
  const list: Array<string> = []
  let start = 0
  while (s[start] === ";") {
    start += 1
    let end = s.indexOf(";", start)
    let ind = start
    let diff = 0
    while (end > 0) {
      diff += count(s, "\"", ind, end) - count(s, "\\\"", ind, end)
      if (diff % 2 === 0) break
      const next = s.indexOf(";", end + 1)
      end = ind
      ind = next
    }
    if (end < 0) end = s.length
    const equals = find(s, "=", start, end)
    const f = equals === -1
      ? s.slice(start, end)
      : `${pyRstrip(s.slice(start, equals)).toLowerCase()}=${pyLstrip(s.slice(equals + 1, end))}`
    list.push(pyStrip(f))
    start = end
  }
  return list
}

/**
 * python-multipart's `parse_options_header`: the value (lower-cased only when there are no
 * parameters) and its parameters (quotes removed, `key*` forms ignored, the last of a repeated
 * key, a Windows path in `filename` cut to its last segment). Text is latin-1, as Python reads
 * header bytes.
 *
 * @since 0.2.0
 * @category parsing
 */
export const parseOptionsHeader = (
  value: string | undefined
): { readonly value: string; readonly options: ReadonlyMap<string, string> } => {
  if (value === undefined || value === "") return { value: "", options: new Map() }
  if (!value.includes(";")) return { value: pyStrip(value.toLowerCase()), options: new Map() }
  const [first = "", ...segments] = parseParams(value)
  const options = new Map<string, string>()
  for (const segment of segments) {
    const equals = segment.indexOf("=")
    const key = equals === -1 ? segment : segment.slice(0, equals)
    let val = equals === -1 ? "" : segment.slice(equals + 1)
    if (key.includes("*")) continue
    if (val.length >= 2 && val.startsWith("\"") && val.endsWith("\"")) {
      val = val.slice(1, -1).replaceAll("\\\\", "\\").replaceAll("\\\"", "\"")
    }
    if (key === "filename" && (val.slice(1, 3) === ":\\" || val.startsWith("\\\\"))) {
      val = val.split("\\").pop() ?? val
    }
    options.set(key, val)
  }
  return { value: first, options }
}
