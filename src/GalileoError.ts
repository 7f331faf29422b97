/**
 * The closed union of errors a Galileo call can fail with. Every member is a
 * `Schema.TaggedError`, so programs can `Effect.catchTag` on it, has a readable `message` and,
 * when it comes from an HTTP call, names the request (`method` and `path`, never a query string).
 * None of them ever holds a credential or a token.
 *
 * @since 0.1.0
 */
import * as Duration from "effect/Duration"
import * as Schema from "effect/Schema"
import { ValidationError } from "./Contract.js"

/**
 * Which request failed: its method and URL path (no query string, nothing secret).
 *
 * @since 0.2.0
 * @category models
 */
export const RequestInfo = {
  method: Schema.optional(Schema.String),
  path: Schema.optional(Schema.String)
}

const where = (self: { readonly method?: string | undefined; readonly path?: string | undefined }): string =>
  self.method === undefined || self.path === undefined ? "" : ` (${self.method} ${self.path})`

/**
 * Renders one validation problem as `body.api_key: Field required`.
 *
 * @since 0.1.0
 * @category formatting
 */
export const formatValidationError = (error: ValidationError): string =>
  error.loc.length === 0 ? error.msg : `${error.loc.join(".")}: ${error.msg}`

/**
 * Galileo answered 422: the request did not pass FastAPI's validation. `detail` holds every
 * `{ loc, msg, type }` the server sent; a plain-string `detail` is kept as `description` (and
 * `detail` is empty), nothing is made up.
 *
 * @since 0.1.0
 * @category errors
 */
export class GalileoValidationError extends Schema.TaggedError<GalileoValidationError>()("GalileoValidationError", {
  status: Schema.Number,
  detail: Schema.Array(ValidationError),
  description: Schema.optional(Schema.String),
  ...RequestInfo
}) {
  override get message(): string {
    const problems = this.detail.map(formatValidationError).join("; ")
    const text = problems !== "" ? problems : this.description ?? "no detail given"
    return `Galileo rejected the request${where(this)} with ${this.status}: ${text}`
  }
}

/**
 * Galileo answered 401 or 403: the credential (or the access token) was not accepted.
 *
 * @since 0.1.0
 * @category errors
 */
export class GalileoUnauthorized extends Schema.TaggedError<GalileoUnauthorized>()("GalileoUnauthorized", {
  status: Schema.Number,
  detail: Schema.String,
  ...RequestInfo
}) {
  override get message(): string {
    return `Galileo refused the credentials${where(this)} with ${this.status}: ${this.detail}`
  }
}

/**
 * Galileo answered with another non-2xx status, once retries were spent. `body` is a bounded
 * (512 characters), scrubbed excerpt of what it sent; `retryAfter` is the server's
 * `Retry-After`, when it sent one.
 *
 * @since 0.1.0
 * @category errors
 */
export class GalileoHttpError extends Schema.TaggedError<GalileoHttpError>()("GalileoHttpError", {
  status: Schema.Number,
  body: Schema.String,
  retryAfter: Schema.optional(Schema.DurationFromSelf),
  ...RequestInfo
}) {
  override get message(): string {
    const after = this.retryAfter === undefined ? "" : ` (retry after ${Duration.format(this.retryAfter)})`
    const body = this.body === "" ? "" : `: ${this.body}`
    return `Galileo answered HTTP ${this.status}${where(this)}${after}${body}`
  }
}

/**
 * Galileo answered 2xx with a body that is not what the contract promises (not JSON, not of the
 * schema, over the size cap, or an access token that is not a valid bearer token). `reason`
 * says what was wrong by paths only; the body itself is never kept.
 *
 * @since 0.1.0
 * @category errors
 */
export class GalileoDecodeError extends Schema.TaggedError<GalileoDecodeError>()("GalileoDecodeError", {
  status: Schema.Number,
  reason: Schema.String,
  ...RequestInfo
}) {
  override get message(): string {
    return `Galileo answered ${this.status}${where(this)} with an unreadable body: ${this.reason}`
  }
}

/**
 * The request got no answer: a network failure (`"Transport"`), an attempt that ran past its
 * timeout or the overall deadline (`"Timeout"`), or a request the client refused to send
 * because its URL lies outside the configured API base (`"OffBaseUrl"`: credentials go nowhere
 * else).
 *
 * @since 0.1.0
 * @category errors
 */
export class GalileoTransportError extends Schema.TaggedError<GalileoTransportError>()("GalileoTransportError", {
  reason: Schema.Literal("Transport", "Timeout", "OffBaseUrl"),
  description: Schema.String,
  ...RequestInfo
}) {
  override get message(): string {
    const what = this.reason === "OffBaseUrl" ? "was not sent" : `could not be reached (${this.reason})`
    return `Galileo ${what}${where(this)}: ${this.description}`
  }
}

/**
 * The credential can no longer give a token: a pre-issued JWT (`GALILEO_JWT_TOKEN`) has expired
 * and no other credential is configured to log in with.
 *
 * @since 0.2.0
 * @category errors
 */
export class GalileoCredentialExpired extends Schema.TaggedError<GalileoCredentialExpired>()(
  "GalileoCredentialExpired",
  { credential: Schema.String, description: Schema.String }
) {
  override get message(): string {
    return `The ${this.credential} credential has expired: ${this.description}`
  }
}

/**
 * The union of every Galileo error, as a Schema: the one list that both the type and
 * {@link isGalileoError} are derived from.
 *
 * @since 0.2.0
 * @category schemas
 */
export const GalileoError = /* @__PURE__ */ Schema.Union(
  GalileoValidationError,
  GalileoUnauthorized,
  GalileoHttpError,
  GalileoDecodeError,
  GalileoTransportError,
  GalileoCredentialExpired
)

/**
 * Any error of a Galileo call.
 *
 * @since 0.1.0
 * @category models
 */
export type GalileoError = typeof GalileoError.Type

/**
 * Whether a value is one of the {@link GalileoError}s.
 *
 * @since 0.1.0
 * @category guards
 */
export const isGalileoError: (u: unknown) => u is GalileoError = /* @__PURE__ */ Schema.is(GalileoError)
