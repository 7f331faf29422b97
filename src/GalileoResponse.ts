/**
 * How the client reads Galileo's answers: a size-capped body read, the mapping of non-2xx
 * answers and transport failures to {@link GalileoError}s, and Schema decoding of 2xx bodies.
 * Shared by the login and by every authenticated call.
 *
 * @since 0.1.0
 */
import type { HttpClientError, HttpClientResponse } from "@effect/platform"
import { Chunk, Clock, Effect, Either, Option, ParseResult, Redacted, Schema, Stream } from "effect"
import * as Contract from "./Contract.js"
import {
  GalileoDecodeError,
  type GalileoError,
  GalileoHttpError,
  GalileoTransportError,
  GalileoUnauthorized,
  GalileoValidationError
} from "./GalileoError.js"
import { parseRetryAfter } from "./RetryPolicy.js"

/**
 * What a response is read with: the most bytes read of a body, and the secrets that must never
 * show up in an error (they are replaced by `<redacted>` in any text kept from a body).
 *
 * @since 0.1.0
 */
export interface ReadOptions {
  readonly maxBytes: number
  readonly secrets: ReadonlyArray<Redacted.Redacted<string>>
}

/**
 * The longest excerpt of an error body kept in an error.
 *
 * @since 0.1.0
 */
export const maxExcerptLength = 512

/**
 * A body read with a cap: its text (at most `maxBytes` bytes of it) and whether it went on.
 *
 * @since 0.1.0
 */
export interface CappedBody {
  readonly text: string
  readonly truncated: boolean
}

const utf8 = new TextDecoder()

const fromBytes = (bytes: Uint8Array, maxBytes: number): CappedBody => ({
  text: utf8.decode(bytes.length > maxBytes ? bytes.subarray(0, maxBytes) : bytes),
  truncated: bytes.length > maxBytes
})

/**
 * Reads at most `maxBytes` of a response body (stops pulling beyond that, so a huge body costs
 * no more memory than the cap).
 *
 * @since 0.1.0
 */
export const readCapped = (
  response: HttpClientResponse.HttpClientResponse,
  maxBytes: number
): Effect.Effect<CappedBody, HttpClientError.ResponseError> => {
  const length = Number(response.headers["content-length"] ?? Number.NaN)
  if (Number.isSafeInteger(length) && length <= maxBytes) {
    return Effect.map(response.arrayBuffer, (buffer) => fromBytes(new Uint8Array(buffer), maxBytes))
  }
  return response.stream.pipe(
    Stream.runFoldWhile(
      { chunks: Chunk.empty<Uint8Array>(), size: 0 },
      (acc) => acc.size <= maxBytes,
      (acc, chunk) => ({ chunks: Chunk.append(acc.chunks, chunk), size: acc.size + chunk.length })
    ),
    Effect.map(({ chunks, size }) => {
      const bytes = new Uint8Array(size)
      Chunk.reduce(chunks, 0, (offset, chunk) => {
        bytes.set(chunk, offset)
        return offset + chunk.length
      })
      return fromBytes(bytes, maxBytes)
    })
  )
}

const jwtLike = /eyJ[\w-]*\.[\w-]+\.[\w-]*/g

/**
 * Replaces every secret in a text, and anything shaped like a JWT, by `<redacted>`.
 *
 * @since 0.1.0
 */
export const scrub = (text: string, secrets: ReadonlyArray<Redacted.Redacted<string>>): string =>
  secrets.reduce((acc, secret) => {
    const value = Redacted.value(secret)
    return value === "" ? acc : acc.split(value).join("<redacted>")
  }, text).replace(jwtLike, "<redacted>")

/**
 * A short, single-line, scrubbed excerpt of a body.
 *
 * @since 0.1.0
 */
export const excerpt = (text: string, secrets: ReadonlyArray<Redacted.Redacted<string>>): string => {
  const line = scrub(text, secrets).replace(/\s+/g, " ").trim()
  return line.length > maxExcerptLength ? `${line.slice(0, maxExcerptLength)}…` : line
}

const parseJson = (text: string): Option.Option<unknown> => Either.getRight(Either.try(() => JSON.parse(text)))

const decodeErrorBody = Schema.decodeUnknownOption(Contract.ErrorBody)

const scrubDetail = (
  detail: ReadonlyArray<Contract.ValidationError>,
  secrets: ReadonlyArray<Redacted.Redacted<string>>
): ReadonlyArray<Contract.ValidationError> =>
  detail.map((e) => ({
    loc: e.loc.map((part) => typeof part === "string" ? scrub(part, secrets) : part),
    msg: scrub(e.msg, secrets),
    type: e.type
  }))

/**
 * Maps a non-2xx answer to its error: 422 → `GalileoValidationError`, 401/403 →
 * `GalileoUnauthorized`, anything else → `GalileoHttpError` (with `Retry-After` when sent).
 *
 * @since 0.1.0
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
    const status = response.status
    const parsed = body.truncated ? Option.none() : Option.flatMap(parseJson(body.text), decodeErrorBody)
    const detail = Option.flatMap(parsed, (b) => Option.fromNullable(b.detail))
    if (status === 422 && Option.isSome(detail)) {
      const entries = typeof detail.value === "string"
        ? [{ loc: [], msg: detail.value, type: "value_error" }]
        : detail.value
      return new GalileoValidationError({ status, detail: scrubDetail(entries, options.secrets) })
    }
    if (status === 401 || status === 403) {
      const text = Option.match(detail, {
        onNone: () => body.text === "" ? "Not authenticated" : body.text,
        onSome: (d) => typeof d === "string" ? d : d.map((e) => e.msg).join("; ")
      })
      return new GalileoUnauthorized({ status, detail: excerpt(text, options.secrets) })
    }
    const now = yield* Clock.currentTimeMillis
    const retryAfter = Option.flatMap(Option.fromNullable(response.headers["retry-after"]), (h) =>
      parseRetryAfter(h, now))
    return new GalileoHttpError({
      status,
      body: excerpt(body.text, options.secrets),
      ...Option.match(retryAfter, { onNone: () => ({}), onSome: (d) => ({ retryAfter: d }) })
    })
  })

const issueText = (issue: ParseResult.ArrayFormatterIssue): string => {
  const where = issue.path.length === 0 ? "the body" : issue.path.join(".")
  switch (issue._tag) {
    case "Missing":
      return `${where} is missing`
    case "Type":
      return `${where} has the wrong type`
    case "Unexpected":
      return `${where} is not expected`
    default:
      return `${where} is not valid`
  }
}

/**
 * Says what is wrong with a decoded value by paths only: never the value itself.
 *
 * @since 0.1.0
 */
export const describeParseError = (error: ParseResult.ParseError): string =>
  ParseResult.ArrayFormatter.formatErrorSync(error).map(issueText).join("; ")

/**
 * Reads a 2xx answer as JSON and decodes it with `schema`; any other status goes through
 * {@link toError}. A body over the cap, not JSON, or not of the schema is a `GalileoDecodeError`;
 * a connection lost while reading is a `GalileoTransportError`.
 *
 * @since 0.1.0
 */
export const decode = <A, I, R>(schema: Schema.Schema<A, I, R>, options: ReadOptions) => {
  const decodeBody = Schema.decodeUnknown(schema, { errors: "all" })
  return (response: HttpClientResponse.HttpClientResponse): Effect.Effect<A, GalileoError, R> => {
    const status = response.status
    if (status < 200 || status >= 300) return Effect.flip(toError(response, options))
    return readCapped(response, options.maxBytes).pipe(
      Effect.mapError(fromHttpClientError),
      Effect.flatMap((body) => {
        if (body.truncated) {
          return Effect.fail(
            new GalileoDecodeError({ status, reason: `the body is larger than ${options.maxBytes} bytes` })
          )
        }
        return Option.match(parseJson(body.text), {
          onNone: () => Effect.fail(new GalileoDecodeError({ status, reason: "the body is not JSON" })),
          onSome: (json) =>
            Effect.mapError(
              decodeBody(json),
              (error) => new GalileoDecodeError({ status, reason: describeParseError(error) })
            )
        })
      })
    )
  }
}

/**
 * Maps a platform `HttpClientError` (no answer, or the connection lost mid-body) to a
 * `GalileoTransportError`. Only the failure's own message is kept, never the request.
 *
 * @since 0.1.0
 */
export const fromHttpClientError = (error: HttpClientError.HttpClientError): GalileoTransportError => {
  const cause = error.cause instanceof Error
    ? [error.cause.message, error.cause.cause instanceof Error ? error.cause.cause.message : ""]
      .filter((m) => m !== "").join(": ")
    : error.reason
  const what = error._tag === "ResponseError" ? "the connection failed while reading the answer" : "the request failed"
  return new GalileoTransportError({ reason: "Transport", description: `${what}: ${cause}` })
}
