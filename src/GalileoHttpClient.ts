/**
 * The authenticated `HttpClient` other Galileo services build on. Every request gets the API
 * base URL, `Authorization: Bearer <token>` from `AuthService` (fetched anew on every attempt),
 * `Accept: application/json` and `X-Galileo-SDK`. A 401 invalidates exactly the token that was
 * sent and replays the request once; idempotent methods retry transient failures; non-2xx
 * answers fail with the same tagged errors as the login.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Contract, GalileoHttpClient } from "galileo-effect"
 *
 * // a typed endpoint in one line
 * const currentUser = GalileoHttpClient.getJson("current_user", Contract.CurrentUser)
 * ```
 * @since 0.1.0
 */
import { HttpClient, HttpClientRequest, type HttpClientResponse, HttpTraceContext } from "@effect/platform"
import { Clock, Context, Effect, Either, Exit, Layer, type ParseResult, Redacted, Schema, type Tracer } from "effect"
import * as AccessToken from "./AccessToken.js"
import * as AuthService from "./AuthService.js"
import { type GalileoError, GalileoTransportError } from "./GalileoError.js"
import * as GalileoResponse from "./GalileoResponse.js"
import * as RetryPolicy from "./RetryPolicy.js"
import { version } from "./version.js"

/**
 * The client: a platform `HttpClient` whose only errors are {@link GalileoError}s.
 *
 * @since 0.1.0
 */
export interface GalileoClient extends HttpClient.HttpClient.With<GalileoError> {}

/**
 * The service tag.
 *
 * @since 0.1.0
 */
export class GalileoHttpClient extends Context.Tag("galileo-effect/GalileoHttpClient")<
  GalileoHttpClient,
  GalileoClient
>() {}

/**
 * Options of the client.
 *
 * @since 0.1.0
 */
export interface Options {
  /** Retry POST and PATCH too (they are not idempotent; default `false`). */
  readonly retryNonIdempotent?: boolean | undefined
  /** Send `traceparent`/`b3` headers to Galileo (default `false`). */
  readonly propagateTracing?: boolean | undefined
}

/**
 * The `X-Galileo-SDK` header value.
 *
 * @since 0.1.0
 */
export const sdkHeader = `galileo-effect/${version}`

const idempotent: ReadonlySet<string> = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"])

/**
 * Joins a request URL onto the base URL: a relative path (`current_user`, `/current_user`)
 * goes under it; an absolute URL must already be under it (the token goes nowhere else).
 *
 * @since 0.1.0
 */
export const resolveUrl = (baseUrl: string, url: string): Either.Either<string, GalileoTransportError> => {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) return Either.right(`${baseUrl}/${url.replace(/^\/+/, "")}`)
  return url === baseUrl || url.startsWith(`${baseUrl}/`)
    ? Either.right(url)
    : Either.left(
      new GalileoTransportError({
        reason: "Transport",
        description: "refusing to send Galileo credentials to a URL outside the configured base URL"
      })
    )
}

/**
 * Builds the client from `AuthService` and a platform `HttpClient`.
 *
 * @since 0.1.0
 */
export const make = (options: Options = {}) =>
  Effect.gen(function*() {
    const auth = yield* AuthService.AuthService
    const client = AuthService.untraced(yield* HttpClient.HttpClient)
    const { baseUrl, maxResponseBytes, retryPolicy, secrets } = auth.api

    const send = (request: HttpClientRequest.HttpClientRequest, token: AccessToken.AccessToken, span: Tracer.Span) =>
      client.execute(
        request.pipe(
          HttpClientRequest.setHeader("authorization", Redacted.value(AccessToken.authorization(token))),
          options.propagateTracing === true ? HttpClientRequest.setHeaders(HttpTraceContext.toHeaders(span)) : (r) => r
        )
      ).pipe(
        Effect.mapError(GalileoResponse.fromHttpClientError),
        Effect.flatMap((response) =>
          response.status >= 200 && response.status < 300
            ? Effect.succeed(response)
            : Effect.flip(
              GalileoResponse.toError(response, { maxBytes: maxResponseBytes, secrets: [...secrets, token.value] })
            )
        )
      )

    /** One attempt: a fresh token; on 401, drop exactly that token and replay once. */
    const attempt = (request: HttpClientRequest.HttpClientRequest, span: Tracer.Span) => (n: number) =>
      Effect.gen(function*() {
        span.attribute("galileo.attempt", n)
        const token = yield* auth.token
        return yield* send(request, token, span).pipe(
          Effect.catchIf((e) => e._tag === "GalileoUnauthorized" && e.status === 401, () =>
            Effect.gen(function*() {
              span.attribute("galileo.replayed", true)
              yield* auth.invalidate(token)
              return yield* send(request, yield* auth.token, span)
            }))
        )
      })

    const execute = (request: HttpClientRequest.HttpClientRequest) =>
      Either.match(resolveUrl(baseUrl, request.url), {
        onLeft: Effect.fail,
        onRight: (url) => {
          const prepared = request.pipe(
            HttpClientRequest.setUrl(url),
            HttpClientRequest.setHeaders({ accept: "application/json", "x-galileo-sdk": sdkHeader })
          )
          const policy = idempotent.has(request.method) || options.retryNonIdempotent === true
            ? retryPolicy
            : RetryPolicy.make({ ...retryPolicy, maxRetries: 0 })
          return traced(request.method, new URL(url).pathname, (span) =>
            RetryPolicy.retry(policy, attempt(prepared, span)))
        }
      })

    const galileo: GalileoClient = HttpClient.makeWith<never, never, GalileoError, never>(
      (request) =>
        Effect.flatMap(request, execute),
      Effect.succeed
    )
    return galileo
  })

/**
 * Runs a request in a span `GalileoHttpClient <METHOD>` whose exit records only the status or the
 * error tag: never the response (which holds the request and its `Authorization` header), nor
 * the error (which points back at the span).
 */
const traced = (
  method: string,
  path: string,
  run: (span: Tracer.Span) => Effect.Effect<HttpClientResponse.HttpClientResponse, GalileoError>
) =>
  Effect.flatMap(
    Effect.makeSpan(`GalileoHttpClient ${method}`, {
      kind: "client",
      captureStackTrace: false,
      attributes: { "http.request.method": method, "url.path": path }
    }),
    (span) =>
      run(span).pipe(
        Effect.tap((response) => Effect.sync(() => span.attribute("http.response.status_code", response.status))),
        Effect.withParentSpan(span),
        Effect.onExit((exit) =>
          Effect.map(
            Clock.currentTimeNanos,
            (now) => span.end(now, Exit.mapBoth(exit, { onFailure: (e) => e._tag, onSuccess: (r) => r.status }))
          )
        )
      )
  )

/**
 * The client as a Layer on top of `AuthService` and a platform `HttpClient`.
 *
 * @since 0.1.0
 */
export const layer = (
  options: Options = {}
): Layer.Layer<GalileoHttpClient, never, AuthService.AuthService | HttpClient.HttpClient> =>
  Layer.effect(GalileoHttpClient, make(options))

/**
 * Decodes a 2xx answer with a Schema (body capped, never kept in errors).
 *
 * @since 0.1.0
 */
export const decode = <A, I, R>(schema: Schema.Schema<A, I, R>, maxBytes = 1024 * 1024) =>
  GalileoResponse.decode(schema, { maxBytes, secrets: [] })

/**
 * `GET path` and decode the answer with `schema`.
 *
 * @example
 * ```ts
 * import { Contract, GalileoHttpClient } from "galileo-effect"
 *
 * const health = GalileoHttpClient.getJson("healthcheck", Contract.Healthcheck)
 * ```
 * @since 0.1.0
 */
export const getJson = <A, I, R>(
  path: string,
  schema: Schema.Schema<A, I, R>
): Effect.Effect<A, GalileoError, GalileoHttpClient | R> =>
  Effect.flatMap(GalileoHttpClient, (client) => Effect.flatMap(client.get(path), decode(schema)))

/**
 * Encodes `body` with `requestSchema` (a bad body fails with a `ParseError` before any request),
 * sends it with `method` to `path`, and decodes the answer with `responseSchema`.
 *
 * @since 0.1.0
 */
export const sendJson = <A, I, R, B, J, R2>(
  method: "POST" | "PUT" | "PATCH" | "DELETE",
  path: string,
  requestSchema: Schema.Schema<B, J, R2>,
  body: B,
  responseSchema: Schema.Schema<A, I, R>
): Effect.Effect<A, GalileoError | ParseResult.ParseError, GalileoHttpClient | R | R2> =>
  Effect.gen(function*() {
    const client = yield* GalileoHttpClient
    const encoded = yield* Schema.encode(requestSchema)(body)
    const request = HttpClientRequest.bodyUnsafeJson(HttpClientRequest.make(method)(path), encoded)
    return yield* Effect.flatMap(client.execute(request), decode(responseSchema))
  })
