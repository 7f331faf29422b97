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
 * Galileo's standard error, as an error answer carried it (`standard_error`), scrubbed: what
 * went wrong (`code`, `type`, `group`, `severity`, `message`), whether trying again can help
 * (`retriable`; `false` is never retried by the default policy), whether it needs the user
 * (`blocking`), and what to do (`userAction`, `documentationLink`).
 *
 * @since 0.3.0
 * @category models
 */
export const StandardError = /* @__PURE__ */ Schema.Struct({
  code: Schema.Number,
  type: Schema.String,
  group: Schema.String,
  severity: Schema.String,
  message: Schema.String,
  retriable: Schema.Boolean,
  blocking: Schema.Boolean,
  userAction: Schema.optional(Schema.String),
  documentationLink: Schema.optional(Schema.String)
})

/**
 * A standard error.
 *
 * @since 0.3.0
 * @category models
 */
export interface StandardError extends Schema.Schema.Type<typeof StandardError> {}

/**
 * Renders a standard error as `Dataset not found (1006 not_found_error, shared, medium). Verify
 * the identifier. See https://...`.
 *
 * @since 0.3.0
 * @category formatting
 */
export const formatStandardError = (error: StandardError): string => {
  const action = error.userAction === undefined || error.userAction === "" ? "" : ` ${error.userAction}`
  const link = error.documentationLink === undefined || error.documentationLink === ""
    ? ""
    : ` See ${error.documentationLink}`
  return `${error.message} (${error.code} ${error.type}, ${error.group}, ${error.severity})${action}${link}`
}

const standard = (self: { readonly standardError?: StandardError | undefined }, text: string): string =>
  self.standardError === undefined ? text : formatStandardError(self.standardError)

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
  standardError: Schema.optional(StandardError),
  ...RequestInfo
}) {
  override get message(): string {
    const problems = this.detail.map(formatValidationError).join("; ")
    const text = problems !== "" ? problems : this.description ?? "no detail given"
    const std = this.standardError === undefined ? "" : ` (${formatStandardError(this.standardError)})`
    return `Galileo rejected the request${where(this)} with ${this.status}: ${text}${std}`
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
  standardError: Schema.optional(StandardError),
  ...RequestInfo
}) {
  override get message(): string {
    return `Galileo refused the credentials${where(this)} with ${this.status}: ${standard(this, this.detail)}`
  }
}

/**
 * Galileo answered with another non-2xx status, once retries were spent. `body` is a bounded
 * (512 characters), scrubbed excerpt of what it sent; `retryAfter` is the server's
 * `Retry-After`, when it sent one; `standardError` is Galileo's standard error, when the body
 * held one.
 *
 * @since 0.1.0
 * @category errors
 */
export class GalileoHttpError extends Schema.TaggedError<GalileoHttpError>()("GalileoHttpError", {
  status: Schema.Number,
  body: Schema.String,
  retryAfter: Schema.optional(Schema.Duration),
  standardError: Schema.optional(StandardError),
  ...RequestInfo
}) {
  override get message(): string {
    const after = this.retryAfter === undefined ? "" : ` (retry after ${Duration.format(this.retryAfter)})`
    const text = standard(this, this.body)
    const body = text === "" ? "" : `: ${text}`
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
  reason: Schema.Literals(["Transport", "Timeout", "OffBaseUrl"]),
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
export const GalileoError = /* @__PURE__ */ Schema.Union([
  GalileoValidationError,
  GalileoUnauthorized,
  GalileoHttpError,
  GalileoDecodeError,
  GalileoTransportError,
  GalileoCredentialExpired
])

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
