// Copied from core/src/server/pythonRender.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * Python values rendered as Starlette's `JSONResponse` renders them:
 * `json.dumps(ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")`, which
 * fails on `NaN`/`Infinity` and lone surrogates; floats as Python's `repr`; and the values as
 * plain JavaScript.
 *
 * @since 0.2.0
 */
import { Dict, Float, Int, type Value } from "./pythonJson.js"

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
 * The body Starlette's `JSONResponse` would send for `value`, or `undefined` when Python raises
 * (a non-finite float, or a string with a lone surrogate, which UTF-8 cannot encode): FastAPI
 * then answers 500.
 *
 * @since 0.2.0
 * @category rendering
 */
export const render = (value: Renderable, unencodable: ReadonlySet<string> = new Set()): string | undefined => {
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
    return go(value)
  } catch (u) {
    if (u instanceof Unrenderable) return undefined
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
