/**
 * Schema validation of a user route's request body, FastAPI-style: the Effect side of the embedded
 * server (the core's `fastApi` reads and answers bodies without Effect; these use Effect Schema's
 * decoder and its issue formatter).
 *
 * @since 0.2.0
 */
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as FastApi from "../core/server/fastApi.js"

/**
 * The FastAPI-style 422 entries of a Schema decoding failure, one per location (the first issue,
 * as pydantic reports one error per field): `missing` ("Field required") for a missing key,
 * otherwise `value_error` with Effect's message; `loc` starts with `"body"`.
 *
 * @since 0.2.0
 * @category validation
 */
export const schemaErrors = (error: ParseResult.ParseError, input: unknown): ReadonlyArray<FastApi.FastApiError> => {
  const seen = new Set<string>()
  return ParseResult.ArrayFormatter.formatErrorSync(error).filter((issue) => {
    const key = JSON.stringify(issue.path.map(String))
    if (seen.has(key)) return false
    seen.add(key)
    return true
  }).map((issue) => {
    const loc: ReadonlyArray<string | number> = [
      "body",
      ...issue.path.flatMap((k) => typeof k === "symbol" ? [] : [typeof k === "number" ? k : String(k)])
    ]
    return issue._tag === "Missing"
      ? FastApi.missing(loc, FastApi.inputAt(input, issue.path.slice(0, -1)))
      : { type: "value_error", loc, msg: issue.message, input: FastApi.inputAt(input, issue.path) }
  })
}

/**
 * Decodes an unknown value with a Schema (all errors, excess properties ignored).
 *
 * @since 0.2.0
 * @category validation
 */
export const decodeWith = (schema: Schema.Schema.AnyNoContext, input: unknown) =>
  Schema.decodeUnknownResult(schema)(input, { errors: "all", onExcessProperty: "ignore" })
