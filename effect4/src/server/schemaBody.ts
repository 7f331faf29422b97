/**
 * Schema validation of a user route's request body, FastAPI-style: the Effect side of the embedded
 * server (the core's `fastApi` reads and answers bodies without Effect; these use Effect Schema's
 * decoder and its issue formatter).
 *
 * A route's Schemas read and write JSON through their JSON codec (`Schema.toCodecJson`), as
 * `HttpApi` does and as the route's operation in `/openapi.json` documents: a `Schema.Date` is an
 * ISO string on the wire, and a `Schema.optional` field may also be `null`.
 *
 * @since 0.2.0
 */
import type * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"
import * as FastApi from "../core/server/fastApi.js"

interface Entry {
  readonly path: ReadonlyArray<PropertyKey>
  readonly message: string
  readonly missing: boolean
}

const format = SchemaIssue.makeFormatterStandardSchemaV1()

/** Every problem of an issue, with its path; a missing key marked as such. */
const entries = (issue: SchemaIssue.Issue, path: ReadonlyArray<PropertyKey>): ReadonlyArray<Entry> => {
  switch (issue._tag) {
    case "Pointer":
      return entries(issue.issue, [...path, ...issue.path])
    case "Composite":
      return issue.issues.flatMap((inner) => entries(inner, path))
    case "Encoding":
      return entries(issue.issue, path)
    case "MissingKey":
      return [{ path, message: "Missing key", missing: true }]
    default:
      return format(issue).issues.map((i) => ({
        path: [...path, ...(i.path ?? []).map((k) => typeof k === "object" ? k.key : k)],
        message: i.message,
        missing: false
      }))
  }
}

/**
 * The FastAPI-style 422 entries of a Schema decoding failure, one per location (the first issue,
 * as pydantic reports one error per field): `missing` ("Field required") for a missing key,
 * otherwise `value_error` with Effect's message; `loc` starts with `"body"`.
 *
 * @since 0.2.0
 * @category validation
 */
export const schemaErrors = (error: Schema.SchemaError, input: unknown): ReadonlyArray<FastApi.FastApiError> => {
  const seen = new Set<string>()
  return entries(error.issue, []).filter((entry) => {
    const key = JSON.stringify(entry.path.map(String))
    if (seen.has(key)) return false
    seen.add(key)
    return true
  }).map((entry) => {
    const loc: ReadonlyArray<string | number> = [
      "body",
      ...entry.path.flatMap((k) => typeof k === "symbol" ? [] : [typeof k === "number" ? k : String(k)])
    ]
    return entry.missing
      ? FastApi.missing(loc, FastApi.inputAt(input, entry.path.slice(0, -1)))
      : { type: "value_error", loc, msg: entry.message, input: FastApi.inputAt(input, entry.path) }
  })
}

/**
 * Decodes a request body with a Schema (all errors, excess properties ignored, inputs in the
 * messages): a body that was sent (parsed JSON, or text) through the Schema's JSON codec; an
 * absent one as `undefined`, through the Schema itself (a Schema that accepts `undefined` lets
 * the handler see it, as on the Effect 3 line).
 *
 * @since 0.2.0
 * @category validation
 */
export const decodeWith = (
  schema: Schema.Codec<unknown, unknown>,
  input: unknown,
  absent: boolean = false
): Result.Result<unknown, Schema.SchemaError> =>
  Schema.decodeUnknownResult(absent ? schema : Schema.toCodecJson(schema))(absent ? undefined : input, {
    errors: "all",
    onExcessProperty: "ignore",
    reportInput: true
  })

/**
 * Encodes a value with a Schema's JSON codec, for the body of an answer.
 *
 * @since 0.3.0
 * @category validation
 */
export const encodeWith = (schema: Schema.Codec<unknown, unknown>) =>
  Schema.encodeUnknownEffect(Schema.toCodecJson(schema))
