/**
 * The authenticated client as a pipe of platform combinators over the user's `HttpClient`:
 *
 * 1. `mapRequestEffect`: the URL under the API base (relative paths joined with `prependUrl`;
 *    an absolute URL elsewhere is refused, so credentials go nowhere else), then `mapRequest`:
 *    `Accept: application/json` and `X-Galileo-SDK`;
 * 2. per logical request: one span (`GalileoHttpClient <METHOD>`) and the retry policy (POST
 *    and PATCH only with `retryNonIdempotent`, both built once per client), each attempt running
 * 3. `mapRequestEffect`: `HttpClientRequest.bearerToken` with a fresh `Redacted` token;
 *    `transformResponse`: a 401 drops exactly the token that was sent and replays once; then
 *    status → error, in one place. The answer keeps its attempt's bound (`Retry.bounds`):
 *    `decode` reads its body within what remains of the attempt timeout and the deadline.
 *    `getJson` and `sendJson` ({@link executeDecode}) read and decode it in the attempt's own
 *    fiber instead, under its timer: one fiber and one timer per attempt, the same bound, and
 *    still no retry for what reading the body ends with.
 *
 * @internal
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientError from "@effect/platform/HttpClientError"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as HttpTraceContext from "@effect/platform/HttpTraceContext"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import type * as Schema from "effect/Schema"
import type { AuthService } from "../AuthService.js"
import type * as GalileoConfig from "../GalileoConfig.js"
import { type GalileoError, GalileoTransportError } from "../GalileoError.js"
import type * as GalileoHttpClient from "../GalileoHttpClient.js"
import * as RetryPolicy from "../RetryPolicy.js"
import { version } from "../version.js"
import * as Response from "./response.js"
import * as Retry from "./retry.js"
import { annotate, spanned } from "./span.js"

export const sdkHeader = `galileo-effect/${version}`

const idempotent: ReadonlySet<string> = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"])

const offBase = (apiUrl: string, request: HttpClientRequest.HttpClientRequest) =>
  new GalileoTransportError({
    reason: "OffBaseUrl",
    description: `refusing to send Galileo credentials outside ${apiUrl}`,
    ...Response.requestInfo(request)
  })

/**
 * Joins a request URL onto the API URL: a relative path (`current_user`, `/current_user`) is
 * resolved under it as a URL parser would (dot segments, `%2e%2e` included, removed) and must
 * stay under it; an absolute URL must already be under it. A scheme-relative `//host` or a
 * backslash is refused outright. The refusal names the normalised path; nothing is sent.
 */
export const resolveUrl = (
  apiUrl: string,
  request: HttpClientRequest.HttpClientRequest
): Either.Either<HttpClientRequest.HttpClientRequest, GalileoTransportError> => {
  const url = request.url
  const under = (href: string) => href === apiUrl || href.startsWith(`${apiUrl}/`) || href.startsWith(`${apiUrl}?`)
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    return under(url)
      ? Either.right(request)
      : Either.left(offBase(apiUrl, request))
  }
  const relative = url.startsWith("/") && !url.startsWith("//") ? url.slice(1) : url
  let resolved: string | undefined
  try {
    resolved = new URL(relative, `${apiUrl}/`).href
  } catch {
    // not a URL under the API URL: refused below
  }
  if (resolved === undefined || url.startsWith("//") || url.includes("\\")) {
    return Either.left(offBase(apiUrl, HttpClientRequest.setUrl(request, resolved ?? `${apiUrl}/${relative}`)))
  }
  const next = HttpClientRequest.setUrl(request, resolved)
  return under(resolved) ? Either.right(next) : Either.left(offBase(apiUrl, next))
}

/** The token value a request carried (`Authorization: <type> <token>`). */
const sentToken = (request: HttpClientRequest.HttpClientRequest): Redacted.Redacted<string> =>
  Redacted.make((request.headers["authorization"] ?? "").replace(/^\S+ /, ""))

/**
 * The platform client as every request of the library goes out: untraced by the platform (the
 * library's own spans stand for it), the configuration's extra headers under the request's own
 * (which win, any case: platform headers are lowercase), and fetch told never to follow a
 * redirect, whoever built it (a 3xx is the answer, and never takes a token elsewhere).
 */
export const outgoing = (config: GalileoConfig.Service) => (client: HttpClient.HttpClient): HttpClient.HttpClient => {
  const untraced = HttpClient.withTracerDisabledWhen(client, () => true)
  return HttpClient.transformResponse(
    // no extra headers (the default): no step for them
    Object.keys(config.extraHeaders).length === 0 ? untraced : HttpClient.mapRequest(
      untraced,
      (request) => HttpClientRequest.setHeaders(request, { ...config.extraHeaders, ...request.headers })
    ),
    (effect) =>
      Effect.mapInputContext(
        effect,
        (context: Context.Context<never>) =>
          Context.add(context, FetchHttpClient.RequestInit, {
            ...Option.getOrUndefined(Context.getOption(context, FetchHttpClient.RequestInit)),
            redirect: "manual"
          })
      )
  )
}

/** `execute` then `decode`, as one request, for the clients {@link make} built. */
type Decoding = <A, I, R>(
  request: HttpClientRequest.HttpClientRequest,
  schema: Schema.Schema<A, I, R>
) => Effect.Effect<A, GalileoError, R>

const decoding = new WeakMap<GalileoHttpClient.Service, Decoding>()

/**
 * Sends `request` and decodes its 2xx answer with `schema`: as `Effect.flatMap(client.execute(request),
 * client.decode(schema))` does, with the body read in the attempt's own fiber when `client` is
 * one {@link make} built (any other client: those two calls).
 */
export const executeDecode = <A, I, R>(
  client: GalileoHttpClient.Service,
  request: HttpClientRequest.HttpClientRequest,
  schema: Schema.Schema<A, I, R>
): Effect.Effect<A, GalileoError, R> => {
  const fused = decoding.get(client)
  return fused === undefined ? Effect.flatMap(client.execute(request), client.decode(schema)) : fused(request, schema)
}

export const make = (
  config: GalileoConfig.Service,
  auth: AuthService["Type"],
  http: HttpClient.HttpClient
): GalileoHttpClient.Service => {
  const read = Response.readOptions(config)
  const ensureOk = Response.ensureOk(read)

  const attempt = http.pipe(
    outgoing(config),
    HttpClient.mapRequestEffect((request) =>
      Effect.map(auth.token, (token) =>
        config.credential._tag === "O11y"
          ? HttpClientRequest.setHeader(request, "x-sf-token", Redacted.value(token.value))
          : HttpClientRequest.bearerToken(request, token.value))
    ),
    // one transformation per attempt: transport errors mapped, a 401 replayed once with a fresh
    // token (the first one dropped by compare-and-swap), then status → error
    HttpClient.transformResponse((execute) => {
      const send = Effect.mapError(
        execute,
        (e) => HttpClientError.isHttpClientError(e) ? Response.fromHttpClientError(e, read.secrets) : e
      )
      return Effect.flatMap(
        send,
        (response): Effect.Effect<HttpClientResponse.HttpClientResponse, GalileoError> =>
          response.status === 401
            ? Response.readCapped(response, read.maxBytes).pipe(
              Effect.ignore,
              Effect.zipRight(auth.invalidate(sentToken(response.request))),
              Effect.zipRight(annotate("galileo.replayed", true)),
              Effect.zipRight(send),
              Effect.flatMap(ensureOk)
            )
            : ensureOk(response)
      )
    })
  )

  const single = RetryPolicy.withoutRetries(config.retryPolicy)

  /**
   * One logical request: its span, its policy, and its attempts; `body` is what an attempt does
   * with its answer, in the attempt's own fiber and within its bound (no second fiber and timer
   * for reading it), and what it ends with is the attempt's value. A body that fails, or whose
   * time runs out while it is read, is never retried (as with `decode` after `execute`): the
   * attempt's policy retries no error once an answer came.
   */
  const send = <A, R>(
    request: HttpClientRequest.HttpClientRequest,
    body: (response: HttpClientResponse.HttpClientResponse, bound: Retry.Bound) => Effect.Effect<A, GalileoError, R>
  ): Effect.Effect<A, GalileoError, R> =>
    Effect.suspend(() => {
      const where = Response.requestInfo(request)
      const policy = idempotent.has(request.method) || config.retryNonIdempotent ? config.retryPolicy : single
      /** The answer of the attempt under way, once it came. */
      let answer: HttpClientResponse.HttpClientResponse | undefined
      return Effect.flatten(
        spanned(
          config.tracing,
          `GalileoHttpClient ${request.method}`,
          { "http.request.method": where.method, "url.path": where.path },
          () => answer?.status,
          (span) =>
            Effect.catchAll(
              Retry.retry(
                { ...policy, retryable: (error) => answer === undefined && policy.retryable(error) },
                where,
                (n, bound) => {
                  span?.attribute("galileo.attempt", n)
                  answer = undefined
                  return Effect.flatMap(
                    attempt.execute(
                      config.propagateTracing && span !== undefined
                        ? HttpClientRequest.setHeaders(request, HttpTraceContext.toHeaders(span))
                        : request
                    ),
                    (response) => {
                      answer = response
                      span?.attribute("http.response.status_code", response.status)
                      return Effect.either(body(response, bound))
                    }
                  )
                }
              ),
              // the time ran out while the body was read: what reading it ended with
              (error) => answer === undefined ? Effect.fail(error) : Effect.succeed(Either.left(error))
            ),
          true,
          config.propagateTracing
        )
      )
    })

  const headers = { accept: "application/json", "x-galileo-sdk": sdkHeader }
  const prepare = (request: HttpClientRequest.HttpClientRequest) =>
    Either.map(resolveUrl(config.apiUrl, request), HttpClientRequest.setHeaders(headers))
  const client = HttpClient.makeWith<GalileoError, never, GalileoError, never>(
    (request) =>
      Effect.flatMap(request, (request) =>
        // the body is read later (`decode`), still within this attempt's bound
        send(request, (response, bound) => {
          Retry.bounds.set(response, bound)
          return Effect.succeed(response)
        })),
    Effect.succeed
  ).pipe(HttpClient.mapRequestEffect(prepare))
  const service = Object.assign(client, {
    decode: <A, I, R>(schema: Schema.Schema<A, I, R>) => Response.decode(schema, read)
  })
  decoding.set(
    service,
    (request, schema) => Effect.flatMap(prepare(request), (prepared) => send(prepared, Response.decode(schema, read)))
  )
  return service
}
