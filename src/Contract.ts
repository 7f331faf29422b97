/**
 * The wire contract of Galileo's `POST /v1/login/api_key`, as Effect Schemas.
 *
 * Each schema carries the OpenAPI component title as its identifier. Decoding ignores
 * fields the contract does not name (FastAPI also sends `input`, `ctx`, `url`; `input` can
 * echo the API key, so it is never kept). Secret fields decode to `Redacted<string>` while
 * the encoded side stays the plain wire string.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"

/**
 * Request body of the login: `{ "api_key": string }`. The key is `Redacted` on the type side.
 *
 * @example
 * ```ts
 * import { Redacted, Schema } from "effect"
 * import { Contract } from "galileo-effect"
 *
 * Schema.encodeSync(Contract.ApiKeyLoginRequest)({ api_key: Redacted.make("my-key") })
 * // => { api_key: "my-key" }
 * ```
 * @since 0.1.0
 */
export const ApiKeyLoginRequest = Schema.Struct({
  api_key: Schema.Redacted(Schema.String).annotations({ title: "Api Key" })
}).annotations({ identifier: "ApiKeyLoginRequest", title: "ApiKeyLoginRequest" })

/**
 * Decoded login request.
 *
 * @since 0.1.0
 */
export type ApiKeyLoginRequest = typeof ApiKeyLoginRequest.Type

/**
 * Successful login response: `{ "access_token": string, "token_type"?: string }`;
 * `token_type` defaults to `"bearer"` when absent.
 *
 * @since 0.1.0
 */
export const Token = Schema.Struct({
  access_token: Schema.Redacted(Schema.String).annotations({ title: "Access Token" }),
  token_type: Schema.optionalWith(Schema.String.annotations({ title: "Token Type", default: "bearer" }), {
    default: () => "bearer"
  })
}).annotations({ identifier: "Token", title: "Token" })

/**
 * Decoded login response.
 *
 * @since 0.1.0
 */
export type Token = typeof Token.Type

/**
 * One FastAPI validation problem: where (`loc`, e.g. `["body", "api_key"]`), what (`msg`) and
 * its machine-readable `type` (e.g. `"missing"`).
 *
 * @since 0.1.0
 */
export const ValidationError = Schema.Struct({
  loc: Schema.Array(Schema.Union(Schema.String, Schema.Int)).annotations({ title: "Location" }),
  msg: Schema.String.annotations({ title: "Message" }),
  type: Schema.String.annotations({ title: "Error Type" })
}).annotations({ identifier: "ValidationError", title: "ValidationError" })

/**
 * Decoded validation problem.
 *
 * @since 0.1.0
 */
export type ValidationError = typeof ValidationError.Type

/**
 * FastAPI's 422 body: `{ "detail"?: ValidationError[] }`.
 *
 * @since 0.1.0
 */
export const HTTPValidationError = Schema.Struct({
  detail: Schema.optional(Schema.Array(ValidationError).annotations({ title: "Detail" }))
}).annotations({ identifier: "HTTPValidationError", title: "HTTPValidationError" })

/**
 * Decoded 422 body.
 *
 * @since 0.1.0
 */
export type HTTPValidationError = typeof HTTPValidationError.Type

/**
 * The body of any FastAPI error answer as the client reads it: `detail` is either the list of
 * validation problems or a plain string (FastAPI's `HTTPException(detail="...")`).
 *
 * @since 0.1.0
 */
export const ErrorBody = Schema.Struct({
  detail: Schema.optional(Schema.Union(Schema.Array(ValidationError), Schema.String))
}).annotations({ identifier: "ErrorBody" })

/**
 * Decoded error body.
 *
 * @since 0.1.0
 */
export type ErrorBody = typeof ErrorBody.Type

/**
 * Galileo's `GET /healthcheck` answer (the fields the client reads).
 *
 * @since 0.1.0
 */
export const Healthcheck = Schema.Struct({
  api_version: Schema.String,
  message: Schema.String,
  version: Schema.String
}).annotations({ identifier: "HealthcheckResponse", title: "HealthcheckResponse" })

/**
 * Decoded healthcheck answer.
 *
 * @since 0.1.0
 */
export type Healthcheck = typeof Healthcheck.Type

/**
 * Galileo's `GET /current_user` answer (the fields the client reads).
 *
 * @since 0.1.0
 */
export const CurrentUser = Schema.Struct({
  id: Schema.String,
  email: Schema.String,
  role: Schema.String
}).annotations({ identifier: "UserDB", title: "UserDB" })

/**
 * Decoded current user.
 *
 * @since 0.1.0
 */
export type CurrentUser = typeof CurrentUser.Type

/**
 * A plain FastAPI error answer, e.g. 401 `{ "detail": "Invalid API key" }`.
 *
 * @since 0.1.0
 */
export const DetailMessage = Schema.Struct({
  detail: Schema.String
}).annotations({ identifier: "DetailMessage", title: "DetailMessage" })
