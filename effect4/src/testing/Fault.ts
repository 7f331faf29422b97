/**
 * Faults the embedded server can be told to apply to its next requests: any status and body,
 * a dropped connection before or during the answer, a delay, or no answer at all.
 *
 * @since 0.1.0
 */
import * as Data from "effect/Data"
import * as Duration from "effect/Duration"

/**
 * A fault.
 *
 * @since 0.1.0
 * @category models
 */
export type Fault = Data.TaggedEnum<{
  /** Answer with this status, body and headers instead of the real handler. */
  Respond: { readonly status: number; readonly body: string; readonly headers: Readonly<Record<string, string>> }
  /** Drop the connection without answering. */
  Reset: {}
  /** Send a 200 head and part of a JSON body, then drop the connection. */
  ResetMidBody: {}
  /** Wait, then answer normally. */
  Delay: { readonly duration: Duration.Duration }
  /** Never answer. */
  Hang: {}
}>

const Faults = Data.taggedEnum<Fault>()

/**
 * Answers with a given status, body and headers.
 *
 * @since 0.1.0
 * @category constructors
 */
export const Respond = Faults.Respond

/**
 * Drops the connection without answering.
 *
 * @since 0.1.0
 * @category constructors
 */
export const Reset = Faults.Reset

/**
 * Sends a 200 head and part of a body, then drops the connection.
 *
 * @since 0.1.0
 * @category constructors
 */
export const ResetMidBody = Faults.ResetMidBody

/**
 * Waits, then answers normally.
 *
 * @since 0.1.0
 * @category constructors
 */
export const Delay = Faults.Delay

/**
 * Never answers.
 *
 * @since 0.1.0
 * @category constructors
 */
export const Hang = Faults.Hang

/**
 * A JSON answer with a status, e.g. `status(503, { detail: "busy" }, { "retry-after": "1" })`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const status = (code: number, body: unknown = {}, headers: Readonly<Record<string, string>> = {}): Fault =>
  Respond({ status: code, body: JSON.stringify(body), headers: { "content-type": "application/json", ...headers } })

/**
 * A 503 with an optional `Retry-After` header value.
 *
 * @since 0.1.0
 * @category constructors
 */
export const unavailable = (retryAfter?: string): Fault =>
  status(503, { detail: "Service Unavailable" }, retryAfter === undefined ? {} : { "retry-after": retryAfter })

/**
 * A 429 with a `Retry-After` header value.
 *
 * @since 0.1.0
 * @category constructors
 */
export const tooManyRequests = (retryAfter: string): Fault =>
  status(429, { detail: "Too Many Requests" }, { "retry-after": retryAfter })

/**
 * An HTML error page, as a proxy in front of the API would send it.
 *
 * @since 0.1.0
 * @category constructors
 */
export const htmlPage = (code = 502): Fault =>
  Respond({
    status: code,
    body: `<html><head><title>${code} Bad Gateway</title></head><body><h1>${code} Bad Gateway</h1></body></html>`,
    headers: { "content-type": "text/html" }
  })

/**
 * A 200 whose body is cut-off JSON.
 *
 * @since 0.1.0
 * @category constructors
 */
export const malformedJson: Fault = Respond({
  status: 200,
  body: "{\"access_token\": \"abc",
  headers: { "content-type": "application/json" }
})

/**
 * A 200 whose body is not JSON at all.
 *
 * @since 0.1.0
 * @category constructors
 */
export const nonJson: Fault = Respond({ status: 200, body: "OK", headers: { "content-type": "text/plain" } })

/**
 * A 200 with a JSON body of any shape (e.g. a `Token` without `access_token`).
 *
 * @since 0.1.0
 * @category constructors
 */
export const okJson = (body: unknown): Fault => status(200, body)

/**
 * Waits `duration`, then answers normally.
 *
 * @since 0.1.0
 * @category constructors
 */
export const delay = (duration: Duration.Input): Fault => Delay({ duration: Duration.fromInputUnsafe(duration) })
