// Copied from core/src/server/pythonJson.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * CPython's `json.loads` as FastAPI uses it, for the embedded server: the C scanner's error
 * messages and positions (counted in code points) and Python's values (exact integers, floats,
 * ordered dicts). The bytes are decoded by `pythonText.ts`; values are rendered back by
 * `pythonRender.ts`.
 *
 * Follows CPython 3.11/3.12 (3.13 reports a trailing comma differently; the nesting limit
 * depends on the version's recursion limit).
 *
 * @since 0.2.0
 */
import { codePoints } from "./pythonText.js"

/**
 * A Python `int`: its exact decimal digits (JSON integers are not limited to 2^53).
 *
 * @since 0.2.0
 * @category models
 */
export class Int {
  /** @since 0.2.0 */
  readonly _tag = "Int"
  constructor(
    /** Decimal digits with an optional leading `-` (never `-0`). */
    readonly digits: string
  ) {}
}

/**
 * A Python `float` (including `nan`, `inf` and `-inf`, which `json.loads` accepts).
 *
 * @since 0.2.0
 * @category models
 */
export class Float {
  /** @since 0.2.0 */
  readonly _tag = "Float"
  constructor(readonly value: number) {}
}

/**
 * A Python `dict` from a JSON object: keys in first-seen order, the last value of a repeated key.
 *
 * @since 0.2.0
 * @category models
 */
export class Dict {
  /** @since 0.2.0 */
  readonly _tag = "Dict"
  constructor(readonly entries: ReadonlyMap<string, Value>) {}
}

/**
 * A value `json.loads` returns.
 *
 * @since 0.2.0
 * @category models
 */
export type Value = null | boolean | string | Int | Float | Dict | ReadonlyArray<Value>

/**
 * A `json.JSONDecodeError`: CPython's message and the code point offset it points at.
 *
 * @since 0.1.0
 * @category models
 */
export interface JsonError {
  readonly msg: string
  readonly pos: number
}

/**
 * What `json.loads(body)` does with a body: a value (with the strings Python could not encode
 * back to UTF-8), a `JSONDecodeError` (FastAPI: 422 `json_invalid`), or another exception
 * (FastAPI: 400 "There was an error parsing the body").
 *
 * @since 0.2.0
 * @category models
 */
export type Decoded =
  | { readonly _tag: "Value"; readonly value: Value; readonly unencodable: ReadonlySet<string> }
  | { readonly _tag: "Invalid"; readonly error: JsonError }
  | { readonly _tag: "Unparsable"; readonly reason: "encoding" | "depth" | "digits" }

/**
 * How deeply arrays and objects may nest before CPython's scanner raises `RecursionError`
 * (the default limit of 1,000 frames, minus the frames FastAPI and uvicorn already use).
 *
 * @since 0.2.0
 * @category constants
 */
export const maxDepth = 989

/**
 * The most digits `int()` converts (`sys.get_int_max_str_digits()`, Python 3.11+).
 *
 * @since 0.2.0
 * @category constants
 */
export const maxIntDigits = 4300

// ---------------------------------------------------------------------------------------------
// the scanner (Modules/_json.c)
// ---------------------------------------------------------------------------------------------

class Stop {
  constructor(readonly result: Exclude<Decoded, { readonly _tag: "Value" }>) {}
}

const invalid = (msg: string, pos: number): never => {
  throw new Stop({ _tag: "Invalid", error: { msg, pos } })
}

const isSurrogate = (cp: number) => cp >= 0xd800 && cp <= 0xdfff

const hexValue = (cp: number): number =>
  cp >= 48 && cp <= 57 ? cp - 48 : cp >= 97 && cp <= 102 ? cp - 87 : cp >= 65 && cp <= 70 ? cp - 55 : -1

const escapes: Readonly<Record<number, number>> = { 34: 34, 92: 92, 47: 47, 98: 8, 102: 12, 110: 10, 114: 13, 116: 9 }

const isDigit = (cp: number | undefined) => cp !== undefined && cp >= 48 && cp <= 57

const fromCodePoints = (cps: ReadonlyArray<number>): string => {
  let s = ""
  for (let i = 0; i < cps.length; i += 4096) s += String.fromCodePoint(...cps.slice(i, i + 4096))
  return s
}

class Scanner {
  readonly unencodable = new Set<string>()
  end = 0
  constructor(readonly cp: ReadonlyArray<number>) {}

  at(i: number): number {
    return this.cp[i] ?? -1
  }

  ws(i: number): number {
    let j = i
    for (;;) {
      const c = this.at(j)
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return j
      j++
    }
  }

  matches(i: number, word: string): boolean {
    if (i + word.length > this.cp.length) return false
    for (let k = 0; k < word.length; k++) if (this.at(i + k) !== word.charCodeAt(k)) return false
    return true
  }

  /** Reads a string whose opening quote is at `begin`; sets `end` after its closing quote. */
  string(begin: number): string {
    const len = this.cp.length
    const chars: Array<number> = []
    let surrogate = false
    let end = begin + 1
    for (;;) {
      let next = end
      let c = 0
      for (; next < len; next++) {
        const d = this.at(next)
        if (d === 34 || d === 92) {
          c = d
          break
        }
        if (d <= 0x1f) invalid("Invalid control character at", next)
      }
      if (c !== 34 && c !== 92) invalid("Unterminated string starting at", begin)
      for (let k = end; k < next; k++) {
        const d = this.at(k)
        if (isSurrogate(d)) surrogate = true
        chars.push(d)
      }
      next++
      if (c === 34) {
        end = next
        break
      }
      if (next === len) invalid("Unterminated string starting at", begin)
      c = this.at(next)
      if (c !== 117) {
        end = next + 1
        const mapped = escapes[c]
        if (mapped === undefined) invalid("Invalid \\escape", end - 2)
        chars.push(mapped ?? 0)
        continue
      }
      next++
      end = next + 4
      if (end >= len) invalid("Invalid \\uXXXX escape", next - 1)
      let u = 0
      for (; next < end; next++) {
        const h = hexValue(this.at(next))
        if (h < 0) invalid("Invalid \\uXXXX escape", end - 5)
        u = (u << 4) | h
      }
      if (u >= 0xd800 && u <= 0xdbff && end + 6 < len && this.at(end) === 92 && this.at(end + 1) === 117) {
        next = end + 2
        end += 6
        let low = 0
        for (; next < end; next++) {
          const h = hexValue(this.at(next))
          if (h < 0) invalid("Invalid \\uXXXX escape", end - 5)
          low = (low << 4) | h
        }
        if (low >= 0xdc00 && low <= 0xdfff) u = 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00)
        else end -= 6
      }
      if (isSurrogate(u)) surrogate = true
      chars.push(u)
    }
    this.end = end
    const text = fromCodePoints(chars)
    if (surrogate) this.unencodable.add(text)
    return text
  }

  number(start: number): Value {
    let i = start
    if (this.at(i) === 45) i++
    if (this.at(i) >= 49 && this.at(i) <= 57) {
      while (isDigit(this.cp[++i])) {
        // digits
      }
    } else if (this.at(i) === 48) {
      i++
    } else {
      return invalid("Expecting value", start)
    }
    let isFloat = false
    if (this.at(i) === 46 && isDigit(this.cp[i + 1])) {
      isFloat = true
      i += 2
      while (isDigit(this.cp[i])) i++
    }
    if (this.at(i) === 101 || this.at(i) === 69) {
      let j = i + 1
      if (this.at(j) === 45 || this.at(j) === 43) j++
      if (isDigit(this.cp[j])) {
        while (isDigit(this.cp[j])) j++
        isFloat = true
        i = j
      }
    }
    this.end = i
    const text = fromCodePoints(this.cp.slice(start, i))
    if (isFloat) return new Float(Number(text))
    const negative = text.startsWith("-")
    const digits = negative ? text.slice(1) : text
    if (digits.length > maxIntDigits) throw new Stop({ _tag: "Unparsable", reason: "digits" })
    return new Int(negative && digits !== "0" ? text : digits)
  }

  value(i: number, depth: number): Value {
    if (i >= this.cp.length) return invalid("Expecting value", i)
    switch (this.at(i)) {
      case 34:
        return this.string(i)
      case 123:
        if (depth >= maxDepth) throw new Stop({ _tag: "Unparsable", reason: "depth" })
        return this.object(i + 1, depth + 1)
      case 91:
        if (depth >= maxDepth) throw new Stop({ _tag: "Unparsable", reason: "depth" })
        return this.array(i + 1, depth + 1)
    }
    for (const [word, value] of constants) {
      if (this.matches(i, word)) {
        this.end = i + word.length
        return value
      }
    }
    return this.number(i)
  }

  object(start: number, depth: number): Dict {
    const entries = new Map<string, Value>()
    let i = this.ws(start)
    if (this.at(i) === 125) {
      this.end = i + 1
      return new Dict(entries)
    }
    for (;;) {
      if (this.at(i) !== 34) invalid("Expecting property name enclosed in double quotes", i)
      const key = this.string(i)
      i = this.ws(this.end)
      if (this.at(i) !== 58) invalid("Expecting ':' delimiter", i)
      i = this.ws(i + 1)
      entries.set(key, this.value(i, depth))
      i = this.ws(this.end)
      if (this.at(i) === 125) break
      if (this.at(i) !== 44) invalid("Expecting ',' delimiter", i)
      i = this.ws(i + 1)
    }
    this.end = i + 1
    return new Dict(entries)
  }

  array(start: number, depth: number): ReadonlyArray<Value> {
    const items: Array<Value> = []
    let i = this.ws(start)
    if (this.at(i) === 93) {
      this.end = i + 1
      return items
    }
    for (;;) {
      items.push(this.value(i, depth))
      i = this.ws(this.end)
      if (this.at(i) === 93) break
      if (this.at(i) !== 44) invalid("Expecting ',' delimiter", i)
      i = this.ws(i + 1)
    }
    this.end = i + 1
    return items
  }
}

const constants: ReadonlyArray<readonly [string, Value]> = [
  ["null", null],
  ["true", true],
  ["false", false],
  ["NaN", new Float(NaN)],
  ["Infinity", new Float(Infinity)],
  ["-Infinity", new Float(-Infinity)]
]

/**
 * `json.loads` of already decoded text, given as code points.
 *
 * @since 0.2.0
 * @category decoding
 */
export const loads = (cps: ReadonlyArray<number>): Decoded => {
  const scanner = new Scanner(cps)
  try {
    const value = scanner.value(scanner.ws(0), 0)
    const end = scanner.ws(scanner.end)
    if (end < cps.length) return { _tag: "Invalid", error: { msg: "Extra data", pos: end } }
    return { _tag: "Value", value, unencodable: scanner.unencodable }
  } catch (u) {
    if (u instanceof Stop) return u.result
    throw u
  }
}

/**
 * `json.loads(body)` for a request body's bytes, as Starlette's `Request.json()` runs it.
 *
 * @since 0.2.0
 * @category decoding
 */
export const loadsBytes = (bytes: Uint8Array): Decoded => {
  const points = codePoints(bytes)
  return points === undefined ? { _tag: "Unparsable", reason: "encoding" } : loads(points)
}

/**
 * The first error CPython's `json.loads` would raise for `text`, or `undefined` if it decodes
 * (positions in code points).
 *
 * @since 0.1.0
 * @category decoding
 */
export const firstError = (text: string): JsonError | undefined => {
  const result = loads(Array.from(text, (c) => c.codePointAt(0) ?? 0))
  return result._tag === "Invalid" ? result.error : undefined
}
