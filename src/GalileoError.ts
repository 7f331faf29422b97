/**
 * The closed union of errors a Galileo call can fail with. Every member is a
 * `Schema.TaggedError`, so programs can `Effect.catchTag` on it, and has a readable
 * `message`. None of them ever holds the API key or an access token.
 *
 * @since 0.1.0
 */
import { Duration, Schema } from "effect"
import { ValidationError } from "./Contract.js"

/**
 * Renders one validation problem as `body.api_key: Field required`.
 *
 * @since 0.1.0
 */
export const formatValidationError = (error: ValidationError): string =>
  error.loc.length === 0 ? error.msg : `${error.loc.join(".")}: ${error.msg}`

/**
 * Galileo answered 422: the request did not pass FastAPI's validation. `detail` holds every
 * `{ loc, msg, type }` the server sent (a plain-string `detail` becomes one entry with an empty
 * `loc`).
 *
 * @since 0.1.0
 */
export class GalileoValidationError extends Schema.TaggedError<GalileoValidationError>()("GalileoValidationError", {
  status: Schema.Number,
  detail: Schema.Array(ValidationError)
}) {
  override get message(): string {
    const problems = this.detail.map(formatValidationError).join("; ")
    return `Galileo rejected the request (${this.status}): ${problems === "" ? "no detail given" : problems}`
  }
}

/**
 * Galileo answered 401 or 403: the API key (or the access token) was not accepted.
 *
 * @since 0.1.0
 */
export class GalileoUnauthorized extends Schema.TaggedError<GalileoUnauthorized>()("GalileoUnauthorized", {
  status: Schema.Number,
  detail: Schema.String
}) {
  override get message(): string {
    return `Galileo refused the credentials (${this.status}): ${this.detail}`
  }
}

/**
 * Galileo answered with another non-2xx status, once retries were spent. `body` is a bounded
 * excerpt of what it sent; `retryAfter` is the server's `Retry-After`, when it sent one.
 *
 * @since 0.1.0
 */
export class GalileoHttpError extends Schema.TaggedError<GalileoHttpError>()("GalileoHttpError", {
  status: Schema.Number,
  body: Schema.String,
  retryAfter: Schema.optional(Schema.DurationFromSelf)
}) {
  override get message(): string {
    const after = this.retryAfter === undefined ? "" : ` (retry after ${Duration.format(this.retryAfter)})`
    const body = this.body === "" ? "" : `: ${this.body}`
    return `Galileo answered HTTP ${this.status}${after}${body}`
  }
}

/**
 * Galileo answered 2xx with a body that is not what the contract promises. `reason` says what
 * was wrong; the body itself is never kept, as it may hold a token.
 *
 * @since 0.1.0
 */
export class GalileoDecodeError extends Schema.TaggedError<GalileoDecodeError>()("GalileoDecodeError", {
  status: Schema.Number,
  reason: Schema.String
}) {
  override get message(): string {
    return `Galileo answered ${this.status} with an unreadable body: ${this.reason}`
  }
}

/**
 * The request did not get an answer: a network failure (`"Transport"`) or an attempt that ran
 * past its timeout (`"Timeout"`), once retries were spent.
 *
 * @since 0.1.0
 */
export class GalileoTransportError extends Schema.TaggedError<GalileoTransportError>()("GalileoTransportError", {
  reason: Schema.Literal("Transport", "Timeout"),
  description: Schema.String
}) {
  override get message(): string {
    return `Galileo could not be reached (${this.reason}): ${this.description}`
  }
}

/**
 * Any error of a Galileo call.
 *
 * @since 0.1.0
 */
export type GalileoError =
  | GalileoValidationError
  | GalileoUnauthorized
  | GalileoHttpError
  | GalileoDecodeError
  | GalileoTransportError

/**
 * Whether a value is one of the {@link GalileoError}s.
 *
 * @since 0.1.0
 */
export const isGalileoError = (u: unknown): u is GalileoError =>
  u instanceof GalileoValidationError || u instanceof GalileoUnauthorized || u instanceof GalileoHttpError ||
  u instanceof GalileoDecodeError || u instanceof GalileoTransportError
