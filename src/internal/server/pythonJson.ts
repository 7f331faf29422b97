/**
 * CPython's `json.loads(bytes)` and `json.dumps` as FastAPI uses them, for the embedded server:
 * the encoding detection of `json.detect_encoding`, the C scanner's error messages and positions
 * (counted in code points), Python's values (exact integers, floats, ordered dicts) and
 * Starlette's `JSONResponse` rendering, which fails on `NaN`/`Infinity` and lone surrogates.
 *
 * Follows CPython 3.11/3.12 (3.13 reports a trailing comma differently; the nesting limit
 * depends on the version's recursion limit).
 *
 * @since 0.2.0
 */
import * as Option from "effect/Option"

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
// bytes → code points, as `bytes.decode(json.detect_encoding(b), "surrogatepass")`
// ---------------------------------------------------------------------------------------------

const encodingOf = (b: Uint8Array): string => {
  const at = (i: number) => b[i] ?? -1
  if (
    (at(0) === 0 && at(1) === 0 && at(2) === 0xfe && at(3) === 0xff) ||
    (at(0) === 0xff && at(1) === 0xfe && at(2) === 0 && at(3) === 0)
  ) {
    return "utf-32"
  }
  if ((at(0) === 0xfe && at(1) === 0xff) || (at(0) === 0xff && at(1) === 0xfe)) return "utf-16"
  if (at(0) === 0xef && at(1) === 0xbb && at(2) === 0xbf) return "utf-8-sig"
  if (b.length >= 4) {
    if (at(0) === 0) return at(1) !== 0 ? "utf-16-be" : "utf-32-be"
    if (at(1) === 0) return at(2) !== 0 || at(3) !== 0 ? "utf-16-le" : "utf-32-le"
  } else if (b.length === 2) {
    if (at(0) === 0) return "utf-16-be"
    if (at(1) === 0) return "utf-16-le"
  }
  return "utf-8"
}

const decodeUtf8 = (b: Uint8Array, start: number): Option.Option<Array<number>> => {
  const out: Array<number> = []
  const cont = (i: number) => i < b.length && ((b[i] ?? 0) & 0xc0) === 0x80
  let i = start
  while (i < b.length) {
    const c = b[i] ?? 0
    if (c < 0x80) {
      out.push(c)
      i++
    } else if (c >= 0xc2 && c <= 0xdf && cont(i + 1)) {
      out.push(((c & 0x1f) << 6) | ((b[i + 1] ?? 0) & 0x3f))
      i += 2
    } else if (c >= 0xe0 && c <= 0xef && cont(i + 1) && cont(i + 2)) {
      const c1 = b[i + 1] ?? 0
      // no overlong forms; encoded surrogates (ED A0..BF) pass, as with "surrogatepass"
      if (c === 0xe0 && c1 < 0xa0) return Option.none()
      out.push(((c & 0x0f) << 12) | ((c1 & 0x3f) << 6) | ((b[i + 2] ?? 0) & 0x3f))
      i += 3
    } else if (c >= 0xf0 && c <= 0xf4 && cont(i + 1) && cont(i + 2) && cont(i + 3)) {
      const c1 = b[i + 1] ?? 0
      if ((c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return Option.none()
      out.push(((c & 0x07) << 18) | ((c1 & 0x3f) << 12) | (((b[i + 2] ?? 0) & 0x3f) << 6) | ((b[i + 3] ?? 0) & 0x3f))
      i += 4
    } else {
      return Option.none()
    }
  }
  return Option.some(out)
}

const decodeUtf16 = (b: Uint8Array, start: number, little: boolean): Option.Option<Array<number>> => {
  if ((b.length - start) % 2 !== 0) return Option.none()
  const unit = (i: number) => little ? (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) : ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0)
  const out: Array<number> = []
  for (let i = start; i < b.length; i += 2) {
    const u = unit(i)
    if (u >= 0xd800 && u <= 0xdbff && i + 2 < b.length) {
      const low = unit(i + 2)
      if (low >= 0xdc00 && low <= 0xdfff) {
        out.push(0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00))
        i += 2
        continue
      }
    }
    out.push(u)
  }
  return Option.some(out)
}

const decodeUtf32 = (b: Uint8Array, start: number, little: boolean): Option.Option<Array<number>> => {
  if ((b.length - start) % 4 !== 0) return Option.none()
  const out: Array<number> = []
  for (let i = start; i < b.length; i += 4) {
    const [b0 = 0, b1 = 0, b2 = 0, b3 = 0] = little
      ? [b[i + 3], b[i + 2], b[i + 1], b[i]]
      : [b[i], b[i + 1], b[i + 2], b[i + 3]]
    const cp = b0 * 0x1000000 + (b1 << 16) + (b2 << 8) + b3
    if (cp > 0x10ffff) return Option.none()
    out.push(cp)
  }
  return Option.some(out)
}

/**
 * The code points of a body as `bytes.decode(json.detect_encoding(b), "surrogatepass")` gives
 * them (a BOM is dropped), or `None` when Python raises `UnicodeDecodeError`.
 *
 * @since 0.2.0
 * @category decoding
 */
export const codePoints = (bytes: Uint8Array): Option.Option<ReadonlyArray<number>> => {
  switch (encodingOf(bytes)) {
    case "utf-32":
      return decodeUtf32(bytes, 4, bytes[0] === 0xff)
    case "utf-16":
      return decodeUtf16(bytes, 2, bytes[0] === 0xff)
    case "utf-8-sig":
      return decodeUtf8(bytes, 3)
    case "utf-16-be":
      return decodeUtf16(bytes, 0, false)
    case "utf-16-le":
      return decodeUtf16(bytes, 0, true)
    case "utf-32-be":
      return decodeUtf32(bytes, 0, false)
    case "utf-32-le":
      return decodeUtf32(bytes, 0, true)
    default:
      return decodeUtf8(bytes, 0)
  }
}

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
export const loadsBytes = (bytes: Uint8Array): Decoded =>
  Option.match(codePoints(bytes), {
    onNone: (): Decoded => ({ _tag: "Unparsable", reason: "encoding" }),
    onSome: loads
  })

/**
 * The first error CPython's `json.loads` would raise for `text`, or `None` if it decodes
 * (positions in code points).
 *
 * @since 0.1.0
 * @category decoding
 */
export const firstError = (text: string): Option.Option<JsonError> => {
  const result = loads(Array.from(text, (c) => c.codePointAt(0) ?? 0))
  return result._tag === "Invalid" ? Option.some(result.error) : Option.none()
}

// ---------------------------------------------------------------------------------------------
// rendering, as Starlette's JSONResponse: json.dumps(ensure_ascii=False, allow_nan=False,
// separators=(",", ":")).encode("utf-8")
// ---------------------------------------------------------------------------------------------

/**
 * Python's `repr` of a finite float (shortest round-trip digits; exponent form below 1e-4 and
 * from 1e16 on).
 *
 * @since 0.2.0
 * @category rendering
 */
export const floatRepr = (x: number): string => {
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0"
  const sign = x < 0 ? "-" : ""
  const [mantissa = "0", exponent = "0"] = Math.abs(x).toExponential().split("e")
  const digits = mantissa.replace(".", "")
  const e = Number(exponent)
  const decpt = e + 1
  if (decpt <= -4 || decpt > 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits
    return `${sign}${m}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`
  }
  if (decpt <= 0) return `${sign}0.${"0".repeat(-decpt)}${digits}`
  if (decpt >= digits.length) return `${sign}${digits}${"0".repeat(decpt - digits.length)}.0`
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`
}

/**
 * Any value the server renders: Python values and plain JSON-like JavaScript values.
 *
 * @since 0.2.0
 * @category models
 */
export type Renderable = Value | number | { readonly [key: string]: Renderable } | ReadonlyArray<Renderable>

const isReadonlyArray = (u: unknown): u is ReadonlyArray<Renderable> => Array.isArray(u)

class Unrenderable {}

/**
 * The body Starlette's `JSONResponse` would send for `value`, or `None` when Python raises
 * (a non-finite float, or a string with a lone surrogate, which UTF-8 cannot encode): FastAPI
 * then answers 500.
 *
 * @since 0.2.0
 * @category rendering
 */
export const render = (value: Renderable, unencodable: ReadonlySet<string> = new Set()): Option.Option<string> => {
  const str = (s: string): string => {
    if (unencodable.has(s) || /[\ud800-\udfff]/.test(s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ""))) {
      throw new Unrenderable()
    }
    return JSON.stringify(s)
  }
  const go = (v: Renderable): string => {
    if (v === null) return "null"
    if (typeof v === "boolean") return v ? "true" : "false"
    if (typeof v === "string") return str(v)
    if (typeof v === "number") {
      if (!Number.isFinite(v)) throw new Unrenderable()
      return Number.isInteger(v) ? String(v) : floatRepr(v)
    }
    if (v instanceof Int) return v.digits
    if (v instanceof Float) {
      if (!Number.isFinite(v.value)) throw new Unrenderable()
      return floatRepr(v.value)
    }
    if (v instanceof Dict) return `{${Array.from(v.entries, ([k, x]) => `${str(k)}:${go(x)}`).join(",")}}`
    if (isReadonlyArray(v)) return `[${v.map(go).join(",")}]`
    return `{${Object.entries(v).map(([k, x]) => `${str(k)}:${go(x)}`).join(",")}}`
  }
  try {
    return Option.some(go(value))
  } catch (u) {
    if (u instanceof Unrenderable) return Option.none()
    throw u
  }
}

/**
 * A Python value as plain JavaScript (integers beyond 2^53 lose precision, dicts become objects).
 *
 * @since 0.2.0
 * @category conversions
 */
export const toJs = (value: Value): unknown => {
  if (value instanceof Int) return Number(value.digits)
  if (value instanceof Float) return value.value
  if (value instanceof Dict) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of value.entries) {
      Object.defineProperty(out, k, { value: toJs(v), enumerable: true, writable: true, configurable: true })
    }
    return out
  }
  if (isReadonlyArray(value)) return value.map(toJs)
  return value
}
