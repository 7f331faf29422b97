// Copied from core/src/server/fastApi.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * How FastAPI 0.115 (pydantic 2, Starlette) reads and validates a request body, for the embedded
 * server: which content types are parsed as JSON, the 400 for a body Python cannot parse, the
 * exact 422 entries (`type`, `loc`, `msg`, `input`, `ctx`) of a few pydantic field types, the
 * 500 FastAPI answers when a 422 cannot be rendered. Forms are read in `form.ts`.
 *
 * @since 0.2.0
 */
import * as PythonJson from "./pythonJson.js"
import * as PythonRender from "./pythonRender.js"

/**
 * One error entry as FastAPI sends it.
 *
 * @since 0.1.0
 * @category models
 */
export interface FastApiError {
  readonly type: string
  readonly loc: ReadonlyArray<string | number>
  readonly msg: string
  readonly input: PythonRender.Renderable
  readonly ctx?: Readonly<Record<string, string>>
}

/**
 * A request body as `get_request_handler` hands it to validation: nothing (an empty body, or
 * JSON `null`), a parsed JSON value, or the raw bytes (a content type other than JSON).
 *
 * @since 0.2.0
 * @category models
 */
export type Body =
  | { readonly _tag: "None" }
  | { readonly _tag: "Json"; readonly value: PythonJson.Value; readonly unencodable: ReadonlySet<string> }
  | { readonly _tag: "Bytes"; readonly bytes: Uint8Array }

/**
 * What reading a body can end in besides a {@link Body}: FastAPI's 422 `json_invalid` or its
 * 400 "There was an error parsing the body".
 *
 * @since 0.2.0
 * @category models
 */
export type BodyFailure =
  | { readonly _tag: "JsonInvalid"; readonly error: PythonJson.JsonError }
  | { readonly _tag: "ParseError" }

/**
 * Whether FastAPI parses a body with this `Content-Type` as JSON: when there is none (or it is
 * empty), `application/json` or `application/*+json` (parameters and case ignored, as
 * `email.message.Message` reads it).
 *
 * @since 0.2.0
 * @category parsing
 */
export const isJsonContentType = (header: string | undefined): boolean => {
  if (header === undefined || header === "") return true
  const type = (header.split(";")[0] ?? "").trim().toLowerCase()
  const parts = type.split("/")
  if (parts.length !== 2) return false
  const [main = "", sub = ""] = parts
  return main === "application" && (sub === "json" || sub.endsWith("+json"))
}

/**
 * The body of a JSON-model endpoint as FastAPI reads it (`await request.body()`, then
 * `request.json()` when the content type says JSON and the body is not empty).
 *
 * @since 0.2.0
 * @category parsing
 */
export const readBody = (
  bytes: Uint8Array,
  contentType: string | undefined
): { readonly _tag: "Ok"; readonly body: Body } | BodyFailure => {
  if (bytes.length === 0) return { _tag: "Ok", body: { _tag: "None" } }
  if (!isJsonContentType(contentType)) return { _tag: "Ok", body: { _tag: "Bytes", bytes } }
  const decoded = PythonJson.loadsBytes(bytes)
  switch (decoded._tag) {
    case "Invalid":
      return { _tag: "JsonInvalid", error: decoded.error }
    case "Unparsable":
      return { _tag: "ParseError" }
    case "Value":
      return decoded.value === null
        ? { _tag: "Ok", body: { _tag: "None" } }
        : { _tag: "Ok", body: { _tag: "Json", value: decoded.value, unencodable: decoded.unencodable } }
  }
}

/**
 * The 422 entry of a JSON decoding error.
 *
 * @since 0.2.0
 * @category errors
 */
export const jsonInvalid = (error: PythonJson.JsonError): FastApiError => ({
  type: "json_invalid",
  loc: ["body", error.pos],
  msg: "JSON decode error",
  input: {},
  ctx: { error: error.msg }
})

/**
 * pydantic's `missing` entry for `loc`.
 *
 * @since 0.2.0
 * @category errors
 */
export const missing = (loc: ReadonlyArray<string | number>, input: PythonRender.Renderable): FastApiError => ({
  type: "missing",
  loc,
  msg: "Field required",
  input
})

/** Marks raw bytes whose `bytes.decode()` fails in `jsonable_encoder` (FastAPI then answers 500). */
const undecodable = new PythonJson.Float(NaN)

const bytesInput = (bytes: Uint8Array): PythonRender.Renderable => {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return undecodable
  }
}

/**
 * A pydantic field type: `undefined` when the value is valid, else the error's type, message, and
 * context.
 *
 * @since 0.2.0
 * @category models
 */
export type FieldType = (value: PythonJson.Value) => {
  readonly type: string
  readonly msg: string
  readonly ctx?: Readonly<Record<string, string>>
} | undefined

/**
 * pydantic's `str` (lax mode, for a value `json.loads` produced).
 *
 * @since 0.2.0
 * @category models
 */
export const str: FieldType = (value) =>
  typeof value === "string"
    ? undefined
    : { type: "string_type", msg: "Input should be a valid string" }

/**
 * `Optional[T]`: `null` (JSON `null`) is valid too.
 *
 * @since 0.3.0
 * @category models
 */
export const nullable = (type: FieldType): FieldType => (value) => value === null ? undefined : type(value)

/**
 * A `str`-valued `Enum`: pydantic's `enum` error lists the members as Python reprs.
 *
 * @since 0.2.0
 * @category models
 */
export const enumOf = (members: ReadonlyArray<string>): FieldType => {
  const reprs = members.map((m) => `'${m}'`)
  const expected = reprs.length > 1 ? `${reprs.slice(0, -1).join(", ")} or ${reprs[reprs.length - 1]}` : reprs.join("")
  return (value) =>
    typeof value === "string" && members.includes(value)
      ? undefined
      : { type: "enum", msg: `Input should be ${expected}`, ctx: { expected } }
}

/**
 * Validates a body against a pydantic model, in field order, as FastAPI does for a single
 * non-embedded body parameter: every field required unless marked `"optional"` (a default of
 * `None`). Returns the field values or the error entries.
 *
 * @since 0.2.0
 * @category validation
 */
export const validateModel = (
  body: Body,
  fields: ReadonlyArray<readonly [name: string, type: FieldType, optional?: "optional"]>
):
  | { readonly _tag: "Valid"; readonly values: ReadonlyMap<string, PythonJson.Value> }
  | { readonly _tag: "Errors"; readonly errors: ReadonlyArray<FastApiError> } =>
{
  if (body._tag === "None") return { _tag: "Errors", errors: [missing(["body"], null)] }
  const attributes = (input: PythonRender.Renderable) => ({
    _tag: "Errors" as const,
    errors: [{
      type: "model_attributes_type",
      loc: ["body"],
      msg: "Input should be a valid dictionary or object to extract fields from",
      input
    }]
  })
  if (body._tag === "Bytes") return attributes(bytesInput(body.bytes))
  const value = body.value
  if (!(value instanceof PythonJson.Dict)) return attributes(value)
  const errors: Array<FastApiError> = []
  for (const [name, type, optional] of fields) {
    const field = value.entries.get(name)
    if (field === undefined) {
      if (optional === undefined) errors.push(missing(["body", name], value))
      continue
    }
    const error = type(field)
    if (error !== undefined) errors.push({ ...error, loc: ["body", name], input: field, ...ctxOf(error) })
  }
  return errors.length > 0 ? { _tag: "Errors", errors } : { _tag: "Valid", values: value.entries }
}

// keeps `ctx` after `input`, as pydantic orders an error's keys
const ctxOf = (error: { readonly ctx?: Readonly<Record<string, string>> }) =>
  error.ctx === undefined ? {} : { ctx: error.ctx }

/**
 * An HTTP answer the server writes.
 *
 * @since 0.2.0
 * @category models
 */
export interface Answer {
  readonly status: number
  readonly body: string
  readonly headers: Readonly<Record<string, string>>
}

const jsonType = { "content-type": "application/json" }

/**
 * Starlette's answer to an unhandled exception: 500 with a plain-text body.
 *
 * @since 0.2.0
 * @category answers
 */
export const internalServerError: Answer = {
  status: 500,
  body: "Internal Server Error",
  headers: { "content-type": "text/plain; charset=utf-8" }
}

/**
 * FastAPI's 422 for validation errors, rendered as Starlette's `JSONResponse` would; the 500
 * answer instead when Python could not render it (e.g. a `NaN` or a lone surrogate in `input`).
 *
 * @since 0.2.0
 * @category answers
 */
export const unprocessable = (
  errors: ReadonlyArray<FastApiError>,
  unencodable: ReadonlySet<string> = new Set()
): Answer => {
  const entries: ReadonlyArray<PythonRender.Renderable> = errors.map((e) => ({
    type: e.type,
    loc: e.loc,
    msg: e.msg,
    input: e.input,
    ...ctxOf(e)
  }))
  const body = PythonRender.render({ detail: entries }, unencodable)
  return body === undefined ? internalServerError : { status: 422, body, headers: jsonType }
}

/**
 * FastAPI's 400 for a body Python could not parse (bad encoding, nesting too deep, an integer
 * with too many digits).
 *
 * @since 0.2.0
 * @category answers
 */
export const bodyParseError: Answer = {
  status: 400,
  body: "{\"detail\":\"There was an error parsing the body\"}",
  headers: jsonType
}

/**
 * An answer with a JSON body.
 *
 * @since 0.2.0
 * @category answers
 */
export const json = (status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): Answer => ({
  status,
  body: JSON.stringify(body),
  headers: { ...jsonType, ...headers }
})

/**
 * The answer for a {@link BodyFailure}.
 *
 * @since 0.2.0
 * @category answers
 */
export const bodyFailure = (failure: BodyFailure): Answer =>
  failure._tag === "ParseError" ? bodyParseError : unprocessable([jsonInvalid(failure.error)])

// ---------------------------------------------------------------------------------------------
// URL escapes, as Python's urllib.parse reads them (paths, urlencoded forms)
// ---------------------------------------------------------------------------------------------

const utf8Replace = new TextDecoder("utf-8", { ignoreBOM: true })

/**
 * Python's `urllib.parse.unquote`: `%XX` runs decoded as UTF-8 (invalid bytes become U+FFFD),
 * malformed escapes kept as they are.
 *
 * @since 0.2.0
 * @category parsing
 */
export const unquote = (text: string): string => {
  if (!text.includes("%")) return text
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    const bytes = new Uint8Array(run.length / 3)
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(run.slice(3 * i + 1, 3 * i + 3), 16)
    return utf8Replace.decode(bytes)
  })
}

// ---------------------------------------------------------------------------------------------
// Values at a path of a decoded body, as FastAPI's 422 entries show them (`input`)
// ---------------------------------------------------------------------------------------------

/**
 * The value at `path` inside `root` as a 422 entry's `input` (`null` where the path leads nowhere).
 *
 * @since 0.2.0
 * @category validation
 */
export const inputAt = (root: unknown, path: ReadonlyArray<PropertyKey>): PythonRender.Renderable => {
  let node: unknown = root
  for (const key of path) {
    if (typeof node !== "object" || node === null || typeof key === "symbol") return null
    node = Object.getOwnPropertyDescriptor(node, key)?.value
  }
  return toRenderable(node)
}

const toRenderable = (u: unknown): PythonRender.Renderable => {
  if (u === null || typeof u === "boolean" || typeof u === "string" || typeof u === "number") return u
  if (Array.isArray(u)) return u.map(toRenderable)
  if (typeof u === "object") {
    return Object.fromEntries(Object.entries(u).map(([k, v]) => [k, toRenderable(v)]))
  }
  return null
}
