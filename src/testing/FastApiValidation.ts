/**
 * How FastAPI with pydantic v2 validates a JSON body of the shape `{ api_key: string }`, with
 * its exact 422 error entries (`type`, `loc`, `msg`, `input`, `ctx`), for the embedded server.
 *
 * @since 0.1.0
 */
import { Either, Option } from "effect"
import * as PythonJson from "./PythonJson.js"

/**
 * One error entry as FastAPI sends it.
 *
 * @since 0.1.0
 */
export interface FastApiError {
  readonly type: string
  readonly loc: ReadonlyArray<string | number>
  readonly msg: string
  readonly input: unknown
  readonly ctx?: Readonly<Record<string, string>>
}

const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> =>
  typeof u === "object" && u !== null && !Array.isArray(u)

/**
 * Validates a raw request body as FastAPI would for a model with one required string field.
 *
 * @since 0.1.0
 */
export const validateStringField = (
  text: string,
  field: string
): Either.Either<string, ReadonlyArray<FastApiError>> => {
  if (text.trim() === "") return Either.left([{ type: "missing", loc: ["body"], msg: "Field required", input: null }])
  const invalid = PythonJson.firstError(text)
  if (Option.isSome(invalid)) {
    return Either.left([{
      type: "json_invalid",
      loc: ["body", invalid.value.pos],
      msg: "JSON decode error",
      input: {},
      ctx: { error: invalid.value.msg }
    }])
  }
  const body: unknown = Either.getOrNull(Either.try(() => JSON.parse(text)))
  if (body === null) return Either.left([{ type: "missing", loc: ["body"], msg: "Field required", input: null }])
  if (!isRecord(body)) {
    return Either.left([{
      type: "model_attributes_type",
      loc: ["body"],
      msg: "Input should be a valid dictionary or object to extract fields from",
      input: body
    }])
  }
  const value = body[field]
  if (value === undefined) {
    return Either.left([{ type: "missing", loc: ["body", field], msg: "Field required", input: body }])
  }
  if (typeof value !== "string") {
    return Either.left([{
      type: "string_type",
      loc: ["body", field],
      msg: "Input should be a valid string",
      input: value
    }])
  }
  return Either.right(value)
}
