/**
 * Where and why Python's `json` module rejects a document: the position and message FastAPI
 * puts in a `json_invalid` error (`loc: ["body", pos]`, `ctx.error`). JavaScript's `JSON.parse`
 * reports neither in a stable form, so this small scanner follows CPython's decoder.
 *
 * @since 0.1.0
 */
import { Option } from "effect"

/**
 * A decoding error: CPython's message and the character offset it points at.
 *
 * @since 0.1.0
 */
export interface JsonError {
  readonly msg: string
  readonly pos: number
}

class Failure {
  constructor(readonly error: JsonError) {}
}

const fail = (msg: string, pos: number): never => {
  throw new Failure({ msg, pos })
}

const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y
const hex4 = /^[0-9a-fA-F]{4}$/

const skip = (text: string, pos: number): number => {
  let i = pos
  while (i < text.length && " \t\n\r".includes(text.charAt(i))) i++
  return i
}

const scanString = (text: string, start: number): number => {
  let i = start + 1
  for (;;) {
    if (i >= text.length) return fail("Unterminated string starting at", start)
    const c = text.charCodeAt(i)
    if (c === 34) return i + 1
    if (c < 32) return fail("Invalid control character at", i)
    if (c === 92) {
      const e = text.charAt(i + 1)
      if (e === "u") {
        if (!hex4.test(text.slice(i + 2, i + 6))) return fail("Invalid \\uXXXX escape", i + 1)
        i += 6
      } else if ("\"\\/bfnrt".includes(e) && e !== "") {
        i += 2
      } else {
        return fail("Invalid \\escape", i)
      }
    } else {
      i++
    }
  }
}

const literals = ["null", "true", "false", "NaN", "Infinity", "-Infinity"]

const scanValue = (text: string, pos: number): number => {
  const c = text.charAt(pos)
  if (c === "\"") return scanString(text, pos)
  if (c === "{") return scanObject(text, pos + 1)
  if (c === "[") return scanArray(text, pos + 1)
  const literal = literals.find((l) => text.startsWith(l, pos))
  if (literal !== undefined) return pos + literal.length
  number.lastIndex = pos
  const match = number.exec(text)
  return match === null ? fail("Expecting value", pos) : pos + match[0].length
}

const scanObject = (text: string, pos: number): number => {
  let i = skip(text, pos)
  if (text.charAt(i) === "}") return i + 1
  for (;;) {
    if (text.charAt(i) !== "\"") return fail("Expecting property name enclosed in double quotes", i)
    i = skip(text, scanString(text, i))
    if (text.charAt(i) !== ":") return fail("Expecting ':' delimiter", i)
    i = skip(text, scanValue(text, skip(text, i + 1)))
    if (text.charAt(i) === "}") return i + 1
    if (text.charAt(i) !== ",") return fail("Expecting ',' delimiter", i)
    i = skip(text, i + 1)
  }
}

const scanArray = (text: string, pos: number): number => {
  let i = skip(text, pos)
  if (text.charAt(i) === "]") return i + 1
  for (;;) {
    i = skip(text, scanValue(text, i))
    if (text.charAt(i) === "]") return i + 1
    if (text.charAt(i) !== ",") return fail("Expecting ',' delimiter", i)
    i = skip(text, i + 1)
  }
}

/**
 * The first error CPython's `json.loads` would raise for `text`, or `None` if it decodes.
 *
 * @example
 * ```ts
 * import { PythonJson } from "galileo-effect/testing"
 *
 * PythonJson.firstError("{\"api_key\": }") // Some({ msg: "Expecting value", pos: 12 })
 * ```
 * @since 0.1.0
 */
export const firstError = (text: string): Option.Option<JsonError> => {
  try {
    const end = skip(text, scanValue(text, skip(text, 0)))
    return end < text.length ? Option.some({ msg: "Extra data", pos: end }) : Option.none()
  } catch (u) {
    if (u instanceof Failure) return Option.some(u.error)
    throw u
  }
}
