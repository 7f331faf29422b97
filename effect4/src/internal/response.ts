/**
 * How the client reads Galileo's answers, in one place: a size-capped body read, the mapping of
 * non-2xx answers and transport failures to `GalileoError`s (naming the request), `Retry-After`
 * parsing, and Schema decoding of 2xx bodies. Shared by the logins and every authenticated call.
 *
 * @internal
 */
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as HttpClientError from "effect/http/HttpClientError"
import type * as HttpClientRequest from "effect/http/HttpClientRequest"
import type * as HttpClientResponse from "effect/http/HttpClientResponse"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import type * as SchemaIssue from "effect/SchemaIssue"
import * as Stream from "effect/Stream"
import * as Contract from "../Contract.js"
import * as CoreRetry from "../core/client/retry.js"
import * as Scrub from "../core/client/scrub.js"
import * as Credential from "../Credential.js"
import type * as GalileoConfig from "../GalileoConfig.js"
import {
  GalileoDecodeError,
  type GalileoError,
  GalileoHttpError,
  GalileoTransportError,
  GalileoUnauthorized,
  GalileoValidationError,
  type StandardError
} from "../GalileoError.js"
import * as Retry from "./retry.js"

/** What a response is read with: the byte cap, and the secrets no error may show. */
export interface ReadOptions {
  readonly maxBytes: number
  readonly secrets: ReadonlyArray<Redacted.Redacted<string>>
}

/** How every answer under a configuration is read: its body cap, its credential's secrets. */
export const readOptions = (config: GalileoConfig.Service): ReadOptions => ({
  maxBytes: config.maxResponseBytes,
  secrets: Credential.secrets(config.credential)
})

/** The longest excerpt of an error body kept in an error, ellipsis included. */
export const maxExcerptLength = Scrub.maxExcerptLength

export interface CappedBody {
  readonly text: string
  readonly truncated: boolean
}

/** Which request an error is about: its method and path (never the query string). */
export const requestInfo = (request: HttpClientRequest.HttpClientRequest) => ({
  method: request.method,
  path: pathOf(request.url)
})

/** The path of a URL (no query, no fragment), by string operations: this runs on every request. */
const pathOf = (url: string): string => {
  const scheme = url.indexOf("://")
  const start = scheme < 0 ? 0 : url.indexOf("/", scheme + 3)
  if (start < 0) return "/"
  const end = url.slice(start).search(/[?#]/)
  return end < 0 ? url.slice(start) : url.slice(start, start + end)
}

/**
 * Reads at most `maxBytes` of a body: a huge body costs no more memory than the cap. A body with
 * no `Content-Encoding` whose `Content-Length` is within the cap (the HTTP framing holds it to
 * that length) is read whole, at once; any other body is streamed with a running count (a
 * compressed body is counted as it inflates: a client may inflate it, so its `Content-Length`
 * says nothing of what is read) and the read stops at the cap. Either way the bytes past the cap
 * are dropped and the body is `truncated`.
 */
export const readCapped = (
  response: HttpClientResponse.HttpClientResponse,
  maxBytes: number
): Effect.Effect<CappedBody, HttpClientError.HttpClientError> =>
  Effect.suspend(() => {
    const utf8 = new TextDecoder()
    const headers = response.headers
    if (!headers["content-encoding"] && Number(headers["content-length"]) <= maxBytes) {
      return Effect.map(response.arrayBuffer, (buffer) => ({
        text: utf8.decode(buffer.byteLength > maxBytes ? buffer.slice(0, maxBytes) : buffer),
        truncated: buffer.byteLength > maxBytes
      }))
    }
    let size = 0
    let text = ""
    return response.stream.pipe(
      Stream.runForEachWhile((chunk) =>
        Effect.sync(() => {
          text += utf8.decode(chunk.subarray(0, Math.max(0, maxBytes - size)), { stream: true })
          size += chunk.length
          return size <= maxBytes
        })
      ),
      Effect.map(() => ({ text: text + utf8.decode(), truncated: size > maxBytes }))
    )
  })

/**
 * Replaces every secret in a text (as is, percent-encoded, JSON-escaped), anything shaped like a
 * JWT and every `Bearer`/`Basic` value by `<redacted>`, in linear time (the core's
 * `client/scrub.ts`, given the secrets' values).
 */
export const scrub = (text: string, secrets: ReadonlyArray<Redacted.Redacted<string>>): string =>
  Scrub.make(secrets.map(Redacted.value))(text)

/**
 * A short (at most {@link maxExcerptLength} characters), single-line, scrubbed excerpt (the
 * core's, given the secrets' values); of a text that was itself cut short (`truncated`), the
 * last word is dropped.
 */
export const excerpt = (
  text: string,
  secrets: ReadonlyArray<Redacted.Redacted<string>>,
  truncated = false
): string => Scrub.excerpt(text, secrets.map(Redacted.value), truncated)

/**
 * The secrets to scrub from what a request's answer says, as plain values for the core's
 * scrubber (unwrapped here, just before it runs): the configuration's, plus what the request
 * itself carried (its `Authorization` value, its cookies' values), so an access token the server
 * echoes is scrubbed whatever its shape.
 */
const secretsOf = (
  secrets: ReadonlyArray<Redacted.Redacted<string>>,
  request: HttpClientRequest.HttpClientRequest
): ReadonlyArray<string> => [
  ...secrets.map(Redacted.value),
  ...Scrub.sentSecrets(request.headers["authorization"], request.headers["cookie"])
]

/**
 * Parses a `Retry-After` header: delay-seconds or an HTTP-date, relative to `now` (epoch
 * millis). A date in the past gives zero; anything else unreadable gives `None`.
 */
export const parseRetryAfter = (header: string, now: number): Option.Option<Duration.Duration> =>
  Option.map(Option.fromNullishOr(CoreRetry.parseRetryAfter(header, now)), Duration.millis)

const parseJson = (text: string): Option.Option<unknown> =>
  Result.getSuccess(Result.try((): unknown => JSON.parse(text)))

const decodeErrorBody = Schema.decodeUnknownOption(Contract.ErrorBody)

const scrubDetail = (
  detail: ReadonlyArray<Contract.ValidationError>,
  secrets: ReadonlyArray<string>
): ReadonlyArray<Contract.ValidationError> => {
  const clean = Scrub.make(secrets)
  return detail.map((e) => ({
    loc: e.loc.map((part) => typeof part === "string" ? clean(part) : part),
    msg: clean(e.msg),
    type: clean(e.type)
  }))
}

const decodeStandardBody = Schema.decodeUnknownOption(Contract.StandardErrorBody)

/** The standard error of a parsed body, when it holds one, scrubbed. */
const standardErrorOf = (
  json: Option.Option<unknown>,
  secrets: ReadonlyArray<string>
): { readonly standardError?: StandardError } =>
  Option.match(Option.flatMap(json, decodeStandardBody), {
    onNone: () => ({}),
    onSome: ({ standard_error: e }) => {
      const clean = (text: string) => Scrub.excerpt(text, secrets)
      return {
        standardError: {
          code: e.error_code,
          type: clean(e.error_type),
          group: clean(e.error_group),
          severity: clean(e.severity),
          message: clean(e.message),
          retriable: e.retriable,
          blocking: e.blocking,
          ...(e.user_action == null ? {} : { userAction: clean(e.user_action) }),
          ...(e.documentation_link == null ? {} : { documentationLink: clean(e.documentation_link) })
        }
      }
    }
  })

/**
 * Maps a non-2xx answer to its error: 422 → `GalileoValidationError`, 401/403 →
 * `GalileoUnauthorized`, anything else →
 * `GalileoHttpError` (with `Retry-After` when sent). Every text is scrubbed of the
 * configuration's secrets and of what the request carried.
 */
export const toError = (
  response: HttpClientResponse.HttpClientResponse,
  options: ReadOptions
): Effect.Effect<GalileoError> =>
  Effect.gen(function*() {
    const body = yield* Effect.orElseSucceed(
      readCapped(response, options.maxBytes),
      () => ({ text: "", truncated: true })
    )
    const secrets = secretsOf(options.secrets, response.request)
    const status = response.status
    const where = requestInfo(response.request)
    const json = body.truncated ? Option.none() : parseJson(body.text)
    const standard = standardErrorOf(json, secrets)
    const parsed = Option.flatMap(json, decodeErrorBody)
    const detail = Option.flatMap(parsed, (b) => Option.fromNullishOr(b.detail))
    if (status === 422 && Option.isSome(detail)) {
      return typeof detail.value === "string"
        ? new GalileoValidationError({
          status,
          detail: [],
          description: Scrub.excerpt(detail.value, secrets),
          ...standard,
          ...where
        })
        : new GalileoValidationError({ status, detail: scrubDetail(detail.value, secrets), ...standard, ...where })
    }
    if (status === 401 || status === 403) {
      const text = Option.match(detail, {
        onNone: () => body.text === "" ? "Not authenticated" : body.text,
        onSome: (d) => typeof d === "string" ? d : d.map((e) => e.msg).join("; ")
      })
      return new GalileoUnauthorized({
        status,
        detail: Scrub.excerpt(text, secrets, Option.isNone(detail) && body.truncated),
        ...standard,
        ...where
      })
    }
    const now = yield* Clock.currentTimeMillis
    const retryAfter = Option.flatMap(Option.fromNullishOr(response.headers["retry-after"]), (h) =>
      parseRetryAfter(h, now))
    return new GalileoHttpError({
      status,
      body: Scrub.excerpt(body.text, secrets, body.truncated),
      ...(Option.isSome(retryAfter) ? { retryAfter: retryAfter.value } : {}),
      ...standard,
      ...where
    })
  })

/** A 2xx answer as is; any other status as its error. */
export const ensureOk = (options: ReadOptions) =>
(
  response: HttpClientResponse.HttpClientResponse
): Effect.Effect<HttpClientResponse.HttpClientResponse, GalileoError> =>
  response.status >= 200 && response.status < 300 ? Effect.succeed(response) : Effect.flip(toError(response, options))

/**
 * The leaves of a schema issue as short texts, by path: what Effect's standard formatter lists,
 * without its message lookups (the texts never quote a value). A failed filter or transformation
 * says the value is not valid; a value of another type (on either side of a transformation), that
 * it has the wrong type.
 */
const issueTexts = (
  issue: SchemaIssue.Issue,
  path: ReadonlyArray<PropertyKey>,
  refined = false
): ReadonlyArray<string> => {
  const at = path.length === 0 ? "the body" : path.map(String).join(".")
  switch (issue._tag) {
    case "Pointer":
      return issueTexts(issue.issue, path.concat(issue.path), refined)
    case "Composite":
      return issue.issues.flatMap((i) => issueTexts(i, path))
    case "AnyOf":
      return issue.issues.length === 0
        ? [`${at} has the wrong type`]
        : issue.issues.flatMap((i) => issueTexts(i, path))
    case "Filter":
      return issueTexts(issue.issue, path, true)
    case "Encoding":
      return issueTexts(issue.issue, path, refined)
    case "MissingKey":
      return [`${at} is missing`]
    case "UnexpectedKey":
      return [`${at} is not expected`]
    case "InvalidType":
      return [`${at} ${refined ? "is not valid" : "has the wrong type"}`]
    case "InvalidValue":
    case "Forbidden":
    case "OneOf":
      return [`${at} is not valid`]
  }
}

/** Says what is wrong with a decoded value by paths only: never the value itself. */
export const describeParseError = (error: Schema.SchemaError): string => issueTexts(error.issue, []).join("; ")

/**
 * Reads a 2xx answer as JSON and decodes it with `schema`; any other status goes through
 * {@link toError}. A body over the cap, not JSON, or not of the schema is a
 * `GalileoDecodeError`; a connection lost while reading is a `GalileoTransportError`. The answer
 * of an attempt is read within what remains of that attempt's timeout and the deadline (a body
 * that drips in is a `Timeout`).
 */
export const decode = <A, R>(schema: Schema.Decoder<A, R>, options: ReadOptions) => {
  const decodeBody = Schema.decodeUnknownEffect(schema, { errors: "all" })
  return (response: HttpClientResponse.HttpClientResponse): Effect.Effect<A, GalileoError, R> => {
    const status = response.status
    if (status < 200 || status >= 300) return Effect.flip(toError(response, options))
    const where = requestInfo(response.request)
    const read = readCapped(response, options.maxBytes).pipe(
      Effect.mapError((e) => fromHttpClientError(e, options.secrets)),
      Effect.flatMap((body) => {
        if (body.truncated) {
          return Effect.fail(
            new GalileoDecodeError({ status, reason: `the body is larger than ${options.maxBytes} bytes`, ...where })
          )
        }
        return Option.match(parseJson(body.text), {
          onNone: () => Effect.fail(new GalileoDecodeError({ status, reason: "the body is not JSON", ...where })),
          onSome: (json) =>
            Effect.mapError(
              decodeBody(json),
              (error) => new GalileoDecodeError({ status, reason: describeParseError(error), ...where })
            )
        })
      })
    )
    // an answer of an attempt: read and decoded within what remains of the attempt's bound
    const bound = Retry.bounds.get(response)
    return bound === undefined ?
      read :
      Effect.clockWith((clock) =>
        Retry.withTimeout(read, bound[0] - clock.currentTimeMillisUnsafe(), bound[1], where, clock)
      )
  }
}

/**
 * Maps a platform `HttpClientError` (no answer, or the connection lost mid-body) to a
 * `GalileoTransportError` naming the request. Only the failure's own message is kept, scrubbed
 * of the secrets and of anything that looks like a credential; never the request itself.
 */
export const fromHttpClientError = (
  error: HttpClientError.HttpClientError,
  secrets: ReadonlyArray<Redacted.Redacted<string>>
): GalileoTransportError => {
  const reason = error.reason
  const cause = reason.cause instanceof Error
    ? [reason.cause.message, reason.cause.cause instanceof Error ? reason.cause.cause.message : ""]
      .filter((m) => m !== "").join(": ")
    : reason._tag.replace(/Error$/, "")
  const what = "response" in reason ? "the connection failed while reading the answer" : "the request failed"
  const description = Scrub.make(secretsOf(secrets, error.request))(`${what}: ${cause}`)
  return new GalileoTransportError({ reason: "Transport", description, ...requestInfo(error.request) })
}
