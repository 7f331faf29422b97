// Copied from core/src/server/resources/validate.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * pydantic 2's validation of a request, as FastAPI runs it (Python mode, lax, `from_attributes`),
 * for the embedded server's resource routes: checks of the field types the reference's models use
 * (strings, integers, booleans, floats, UUID4s, datetimes, enums and literals, lists, dicts,
 * optional values, models with defaults, discriminated and plain unions), each producing the plain
 * value or pydantic's exact error entries (`type`, `loc`, `msg`, `input`, `ctx`).
 *
 * Linear in the body: every value is visited once per union member at most (the unions here are
 * not nested in each other more than two deep), and a location is a linked list, built into an
 * array only for an error.
 *
 * @since 0.3.0
 */
import * as FastApi from "../fastApi.js"
import * as PythonJson from "../pythonJson.js"
import * as PythonRender from "../pythonRender.js"
import { fromUnix, parseDatetime } from "./datetime.js"
import { parseUuid } from "./uuid.js"

/**
 * Where a value is: a linked list from the innermost key out (`undefined` is the root).
 *
 * @since 0.3.0
 * @category models
 */
export type Loc = { readonly parent: Loc; readonly key: string | number } | undefined

/**
 * The location one key further in.
 *
 * @since 0.3.0
 * @category constructors
 */
export const at = (parent: Loc, key: string | number): Loc => ({ parent, key })

/**
 * A location as FastAPI renders it, outermost first.
 *
 * @since 0.3.0
 * @category utils
 */
export const locArray = (loc: Loc): Array<string | number> => {
  const out: Array<string | number> = []
  for (let l = loc; l !== undefined; l = l.parent) out.push(l.key)
  return out.reverse()
}

/**
 * One error entry, as pydantic reports it (`ctx` values may be numbers, unlike the login routes').
 *
 * @since 0.3.0
 * @category models
 */
export interface Issue {
  readonly type: string
  readonly loc: ReadonlyArray<string | number>
  readonly msg: string
  readonly input: PythonRender.Renderable
  readonly ctx?: Readonly<Record<string, PythonRender.Renderable>>
}

/**
 * The mark of a value that did not validate (its issues are already recorded).
 *
 * @since 0.3.0
 * @category models
 */
export class Invalid {
  /** @since 0.3.0 */
  readonly _tag = "Invalid"
}

/**
 * The one {@link Invalid}.
 *
 * @since 0.3.0
 * @category constants
 */
export const invalid: Invalid = new Invalid()

/**
 * A field type: the plain value, or {@link invalid} after pushing its issues.
 *
 * @since 0.3.0
 * @category models
 */
export type Check<A> = (value: PythonJson.Value, loc: Loc, issues: Array<Issue>) => A | Invalid

/**
 * Records an issue and answers {@link invalid}.
 *
 * @since 0.3.0
 * @category utils
 */
export const fail = (
  issues: Array<Issue>,
  loc: Loc,
  type: string,
  msg: string,
  input: PythonRender.Renderable,
  ctx?: Readonly<Record<string, PythonRender.Renderable>>
): Invalid => {
  issues.push(
    ctx === undefined ? { type, loc: locArray(loc), msg, input } : { type, loc: locArray(loc), msg, input, ctx }
  )
  return invalid
}

/**
 * Python's length of a string (code points).
 *
 * @since 0.3.0
 * @category utils
 */
export const pyLength = (s: string): number => {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) n++
    else {
      const d = s.charCodeAt(i + 1)
      n++
      if (d >= 0xdc00 && d <= 0xdfff) i++
    }
  }
  return n
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`

/**
 * `str`, with `min_length` / `max_length` (`Field(min_length=…)`).
 *
 * @since 0.3.0
 * @category checks
 */
export const str = (options: { readonly minLength?: number; readonly maxLength?: number } = {}): Check<string> =>
(
  value,
  loc,
  issues
) => {
  if (typeof value !== "string") return fail(issues, loc, "string_type", "Input should be a valid string", value)
  const { maxLength, minLength } = options
  if (minLength !== undefined || maxLength !== undefined) {
    const length = pyLength(value)
    if (minLength !== undefined && length < minLength) {
      return fail(
        issues,
        loc,
        "string_too_short",
        `String should have at least ${plural(minLength, "character")}`,
        value,
        {
          min_length: minLength
        }
      )
    }
    if (maxLength !== undefined && length > maxLength) {
      return fail(
        issues,
        loc,
        "string_too_long",
        `String should have at most ${plural(maxLength, "character")}`,
        value,
        {
          max_length: maxLength
        }
      )
    }
  }
  return value
}

const intString = /^\s*[+-]?\d+(?:_\d+)*\s*$/
const floatString = /^\s*[+-]?(?:(?:\d+(?:_\d+)*)?\.?\d+(?:_\d+)*(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)\s*$/i

/**
 * `int` (lax: booleans, integral floats and integer strings too).
 *
 * @since 0.3.0
 * @category checks
 */
export const int: Check<number> = (value, loc, issues) => {
  if (value instanceof PythonJson.Int) return Number(value.digits)
  if (typeof value === "boolean") return value ? 1 : 0
  if (value instanceof PythonJson.Float) {
    if (!Number.isFinite(value.value)) {
      return fail(issues, loc, "finite_number", "Input should be a finite number", value)
    }
    return Number.isInteger(value.value) ? value.value : fail(
      issues,
      loc,
      "int_from_float",
      "Input should be a valid integer, got a number with a fractional part",
      value
    )
  }
  if (typeof value === "string") {
    return intString.test(value)
      ? Number(value.trim().replace(/_/g, ""))
      : fail(issues, loc, "int_parsing", "Input should be a valid integer, unable to parse string as an integer", value)
  }
  return fail(issues, loc, "int_type", "Input should be a valid integer", value)
}

/**
 * `float` (lax: integers, booleans and number strings too; `inf` and `nan` allowed).
 *
 * @since 0.3.0
 * @category checks
 */
export const float: Check<number> = (value, loc, issues) => {
  if (value instanceof PythonJson.Int) return Number(value.digits)
  if (value instanceof PythonJson.Float) return value.value
  if (typeof value === "boolean") return value ? 1 : 0
  if (typeof value === "string") {
    if (!floatString.test(value)) {
      return fail(
        issues,
        loc,
        "float_parsing",
        "Input should be a valid number, unable to parse string as a number",
        value
      )
    }
    const text = value.trim().replace(/_/g, "").toLowerCase()
    const sign = text.startsWith("-") ? -1 : 1
    const bare = text.replace(/^[+-]/, "")
    return bare.startsWith("inf") ? sign * Infinity : bare === "nan" ? NaN : Number(text)
  }
  return fail(issues, loc, "float_type", "Input should be a valid number", value)
}

const truthy = new Set(["1", "on", "t", "true", "y", "yes"])
const falsy = new Set(["0", "off", "f", "false", "n", "no"])

/**
 * `bool` (lax: 0 and 1, and pydantic's strings `true`/`false`, `yes`/`no`, `on`/`off`, …).
 *
 * @since 0.3.0
 * @category checks
 */
export const bool: Check<boolean> = (value, loc, issues) => {
  if (typeof value === "boolean") return value
  const parsing = () =>
    fail(issues, loc, "bool_parsing", "Input should be a valid boolean, unable to interpret input", value)
  if (value instanceof PythonJson.Int || value instanceof PythonJson.Float) {
    const n = value instanceof PythonJson.Int ? Number(value.digits) : value.value
    return n === 0 ? false : n === 1 ? true : parsing()
  }
  if (typeof value === "string") {
    const text = value.trim().toLowerCase()
    return truthy.has(text) ? true : falsy.has(text) ? false : parsing()
  }
  return fail(issues, loc, "bool_type", "Input should be a valid boolean", value)
}

/**
 * `UUID4`: any form Python's `uuid.UUID` reads (hyphens or not, braces, `urn:uuid:`), version 4,
 * answered in the canonical lower-case form.
 *
 * @since 0.3.0
 * @category checks
 */
export const uuid4: Check<string> = (value, loc, issues) => {
  if (typeof value !== "string") {
    return fail(issues, loc, "uuid_type", "UUID input should be a string, bytes or UUID object", value)
  }
  const parsed = parseUuid(value)
  if (parsed._tag === "Error") {
    return fail(issues, loc, "uuid_parsing", `Input should be a valid UUID, ${parsed.error}`, value, {
      error: parsed.error
    })
  }
  return parsed.version === 4 ? parsed.uuid : fail(issues, loc, "uuid_version", "UUID version 4 expected", value, {
    expected_version: 4
  })
}

/**
 * `datetime`: an RFC 3339 / ISO 8601 text (a date alone is midnight) or a Unix time (seconds, or
 * milliseconds past 2e10), as epoch milliseconds (an offset is applied; a naive time is UTC).
 *
 * @since 0.3.0
 * @category checks
 */
export const datetime: Check<number> = (value, loc, issues) => {
  const parsed = value instanceof PythonJson.Int
    ? fromUnix(Number(value.digits))
    : value instanceof PythonJson.Float
    ? fromUnix(value.value)
    : typeof value === "string"
    ? parseDatetime(value)
    : undefined
  if (parsed === undefined) return fail(issues, loc, "datetime_type", "Input should be a valid datetime", value)
  if (parsed._tag === "Millis") return parsed.millis
  const what = parsed.type === "datetime_parsing" ? "datetime" : "datetime or date"
  return fail(issues, loc, parsed.type, `Input should be a valid ${what}, ${parsed.error}`, value, {
    error: parsed.error
  })
}

const reprs = (members: ReadonlyArray<string | number>) => {
  const r = members.map((m) => typeof m === "string" ? `'${m}'` : String(m))
  return r.length > 1 ? `${r.slice(0, -1).join(", ")} or ${r[r.length - 1]}` : r.join("")
}

/**
 * A `str`-valued `Enum` (error `enum`).
 *
 * @since 0.3.0
 * @category checks
 */
export const enumOf = <const A extends string>(members: ReadonlyArray<A>): Check<A> => {
  const expected = reprs(members)
  return (value, loc, issues) => {
    const found = members.find((m) => m === value)
    return found !== undefined ? found : fail(issues, loc, "enum", `Input should be ${expected}`, value, { expected })
  }
}

/**
 * A `Literal[...]` of strings (error `literal_error`).
 *
 * @since 0.3.0
 * @category checks
 */
export const literal = <const A extends string>(members: ReadonlyArray<A>): Check<A> => {
  const expected = reprs(members)
  return (value, loc, issues) => {
    const found = members.find((m) => m === value)
    return found !== undefined
      ? found
      : fail(issues, loc, "literal_error", `Input should be ${expected}`, value, { expected })
  }
}

/**
 * A `Literal[...]` of integers (an integral float matches too; a string or a boolean does not).
 *
 * @since 0.3.0
 * @category checks
 */
export const intLiteral = (members: ReadonlyArray<number>): Check<number> => {
  const expected = reprs(members)
  return (value, loc, issues) => {
    const n = value instanceof PythonJson.Int
      ? Number(value.digits)
      : value instanceof PythonJson.Float
      ? value.value
      : NaN
    return members.includes(n)
      ? n
      : fail(issues, loc, "literal_error", `Input should be ${expected}`, value, { expected })
  }
}

/**
 * Any JSON value, kept as plain JavaScript (a field the server stores without looking into it).
 *
 * @since 0.3.0
 * @category checks
 */
export const anything: Check<unknown> = (value) => PythonRender.toJs(value)

/**
 * `Optional[T]`: `None` too.
 *
 * @since 0.3.0
 * @category checks
 */
export const nullable = <A>(check: Check<A>): Check<A | null> => (value, loc, issues) =>
  value === null ? null : check(value, loc, issues)

/**
 * `List[T]`, with `min_length` (error `too_short`).
 *
 * @since 0.3.0
 * @category checks
 */
export const list =
  <A>(item: Check<A>, options: { readonly minItems?: number } = {}): Check<Array<A>> => (value, loc, issues) => {
    if (!Array.isArray(value)) return fail(issues, loc, "list_type", "Input should be a valid list", value)
    const items: ReadonlyArray<PythonJson.Value> = value
    const out: Array<A> = []
    let ok = true
    items.forEach((v, i) => {
      const checked = item(v, at(loc, i), issues)
      if (checked instanceof Invalid) ok = false
      else out.push(checked)
    })
    if (!ok) return invalid
    const min = options.minItems
    if (min !== undefined && out.length < min) {
      return fail(
        issues,
        loc,
        "too_short",
        `List should have at least ${plural(min, "item")} after validation, not ${out.length}`,
        value,
        { field_type: "List", min_length: min, actual_length: out.length }
      )
    }
    return out
  }

/**
 * `Dict[str, T]`.
 *
 * @since 0.3.0
 * @category checks
 */
export const dict = <A>(item: Check<A>): Check<Record<string, A>> => (value, loc, issues) => {
  if (!(value instanceof PythonJson.Dict)) {
    return fail(issues, loc, "dict_type", "Input should be a valid dictionary", value)
  }
  const out: Record<string, A> = {}
  let ok = true
  for (const [k, v] of value.entries) {
    const checked = item(v, at(loc, k), issues)
    if (checked instanceof Invalid) ok = false
    else Object.defineProperty(out, k, { value: checked, enumerable: true, writable: true, configurable: true })
  }
  return ok ? out : invalid
}

const notAnObject = (issues: Array<Issue>, loc: Loc, value: PythonJson.Value) =>
  fail(
    issues,
    loc,
    "model_attributes_type",
    "Input should be a valid dictionary or object to extract fields from",
    value
  )

/**
 * A model field: its check, and its default (none: required).
 *
 * @since 0.3.0
 * @category models
 */
export interface Field<A> {
  readonly check: Check<A>
  readonly default?: () => A
}

/**
 * A required field.
 *
 * @since 0.3.0
 * @category constructors
 */
export const required = <A>(check: Check<A>): Field<A> => ({ check })

/**
 * A field with a default (`None` when `fallback` is `null`).
 *
 * @since 0.3.0
 * @category constructors
 */
export const optional = <A>(check: Check<A>, fallback: () => NoInfer<A>): Field<A> => ({ check, default: fallback })

/**
 * What a model does with keys it does not declare: drops them (pydantic's default), keeps them as
 * given (`extra="allow"`), or refuses each (`extra="forbid"`, error `extra_forbidden`).
 *
 * @since 0.3.0
 * @category models
 */
export type Extra = "ignore" | "allow" | "forbid"

/**
 * A `BaseModel`, its fields in declaration order: the plain object with every field (defaults
 * filled in), and the undeclared keys when `extra` is `"allow"`.
 *
 * @since 0.3.0
 * @category checks
 */
export const model = <F extends Record<string, Field<unknown>>>(
  fields: F,
  extra: Extra = "ignore"
): Check<{ -readonly [K in keyof F]: F[K] extends Field<infer A> ? A : never }> =>
(value, loc, issues) => {
  if (!(value instanceof PythonJson.Dict)) return notAnObject(issues, loc, value)
  const out: Record<string, unknown> = {}
  let ok = true
  for (const [name, field] of Object.entries(fields)) {
    const v = value.entries.get(name)
    let checked: unknown
    if (v === undefined) {
      if (field.default === undefined) {
        fail(issues, at(loc, name), "missing", "Field required", value)
        ok = false
        continue
      }
      checked = field.default()
    } else {
      checked = field.check(v, at(loc, name), issues)
      if (checked instanceof Invalid) {
        ok = false
        continue
      }
    }
    Object.defineProperty(out, name, { value: checked, enumerable: true, writable: true, configurable: true })
  }
  if (extra !== "ignore") {
    for (const [name, v] of value.entries) {
      if (Object.hasOwn(fields, name)) continue
      if (extra === "forbid") {
        fail(issues, at(loc, name), "extra_forbidden", "Extra inputs are not permitted", v)
        ok = false
      } else {
        Object.defineProperty(out, name, {
          value: PythonRender.toJs(v),
          enumerable: true,
          writable: true,
          configurable: true
        })
      }
    }
  }
  return ok ? typed(out) : invalid
}

// the fields were checked one by one above, so the object has the model's type
function typed<A>(out: Record<string, unknown>): A
function typed(out: Record<string, unknown>): unknown {
  return out
}

/**
 * A union discriminated by a string field (`Field(discriminator="type")`): the tag picks the
 * member, whose errors are located under the tag.
 *
 * @since 0.3.0
 * @category checks
 */
export const tagged = <A>(discriminator: string, members: ReadonlyMap<string, Check<A>>): Check<A> => {
  const expectedTags = Array.from(members.keys(), (t) => `'${t}'`).join(", ")
  return (value, loc, issues) => {
    if (!(value instanceof PythonJson.Dict)) return notAnObject(issues, loc, value)
    const tag = value.entries.get(discriminator)
    if (tag === undefined) {
      return fail(
        issues,
        loc,
        "union_tag_not_found",
        `Unable to extract tag using discriminator '${discriminator}'`,
        value,
        {
          discriminator: `'${discriminator}'`
        }
      )
    }
    const member = typeof tag === "string" ? members.get(tag) : undefined
    if (typeof tag !== "string" || member === undefined) {
      const text = tagText(tag)
      return fail(
        issues,
        loc,
        "union_tag_invalid",
        `Input tag '${text}' found using '${discriminator}' does not match any of the expected tags: ${expectedTags}`,
        value,
        { discriminator: `'${discriminator}'`, tag: text, expected_tags: expectedTags }
      )
    }
    return member(value, at(loc, tag), issues)
  }
}

const tagText = (tag: PythonJson.Value): string =>
  typeof tag === "string"
    ? tag
    : tag instanceof PythonJson.Int
    ? tag.digits
    : tag === null
    ? "None"
    : typeof tag === "boolean"
    ? (tag ? "True" : "False")
    : tag instanceof PythonJson.Float
    ? PythonRender.floatRepr(tag.value)
    : PythonRender.render(tag) ?? ""

/**
 * A plain union (smart mode): the first member that validates; else every member's errors, each
 * located under the member's name as pydantic spells it (`str`, `list[…]`).
 *
 * @since 0.3.0
 * @category checks
 */
export const union =
  <A>(members: ReadonlyArray<readonly [label: string, check: Check<A>]>): Check<A> => (value, loc, issues) => {
    const collected: Array<Issue> = []
    for (const [label, check] of members) {
      const scratch: Array<Issue> = []
      const checked = check(value, at(loc, label), scratch)
      if (!(checked instanceof Invalid)) return checked
      collected.push(...scratch)
    }
    issues.push(...collected)
    return invalid
  }

/**
 * FastAPI's 422 for the issues, rendered as Starlette's `JSONResponse` would (500 when Python could
 * not render it, e.g. a `NaN` in `input`).
 *
 * @since 0.3.0
 * @category answers
 */
export const unprocessable = (
  issues: ReadonlyArray<Issue>,
  unencodable: ReadonlySet<string> = new Set()
): FastApi.Answer => {
  const entries: ReadonlyArray<PythonRender.Renderable> = issues.map((e) =>
    e.ctx === undefined
      ? { type: e.type, loc: e.loc, msg: e.msg, input: e.input }
      : { type: e.type, loc: e.loc, msg: e.msg, input: e.input, ctx: e.ctx }
  )
  const body = PythonRender.render({ detail: entries }, unencodable)
  return body === undefined
    ? FastApi.internalServerError
    : { status: 422, body, headers: { "content-type": "application/json" } }
}
