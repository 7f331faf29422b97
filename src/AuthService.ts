/**
 * The Galileo authentication service: logs in with an API key at `POST /v1/login/api_key`,
 * caches the access token, refreshes it ahead of expiry and shares one login among concurrent
 * callers. Built on `@effect/platform`'s `HttpClient`; provide a Node or fetch client.
 *
 * @example
 * ```ts
 * import { FetchHttpClient } from "@effect/platform"
 * import { Effect, Redacted } from "effect"
 * import { AuthService } from "galileo-effect"
 *
 * const program = Effect.gen(function*() {
 *   const auth = yield* AuthService.AuthService
 *   const token = yield* auth.token
 *   return token.expiresAt
 * }).pipe(
 *   Effect.provide(AuthService.layer({ apiKey: Redacted.make("my-key") })),
 *   Effect.provide(FetchHttpClient.layer)
 * )
 * ```
 * @since 0.1.0
 */
import { HttpClient, HttpClientRequest } from "@effect/platform"
import { Clock, Context, Effect, Layer, Option, Redacted, Ref } from "effect"
import type { ConfigError } from "effect/ConfigError"
import * as AccessToken from "./AccessToken.js"
import * as AuthConfig from "./AuthConfig.js"
import * as Contract from "./Contract.js"
import type { GalileoError } from "./GalileoError.js"
import * as GalileoResponse from "./GalileoResponse.js"
import * as RefreshPolicy from "./RefreshPolicy.js"
import * as RetryPolicy from "./RetryPolicy.js"
import * as TokenCache from "./TokenCache.js"

/**
 * Where and how other Galileo calls are made: the non-secret part of the configuration, shared
 * with `GalileoHttpClient`.
 *
 * @since 0.1.0
 */
export interface ApiSettings {
  readonly baseUrl: string
  readonly retryPolicy: RetryPolicy.RetryPolicy
  readonly maxResponseBytes: number
  /** Secrets (the API key) to scrub from any text an error keeps of a response. */
  readonly secrets: ReadonlyArray<Redacted.Redacted<string>>
}

/**
 * What the service offers.
 *
 * @since 0.1.0
 */
export interface Service {
  /** Logs in now with the configured key (retry policy applied) and caches the token. */
  readonly login: Effect.Effect<AccessToken.AccessToken, GalileoError>
  /**
   * The current access token: from the cache, or after one login shared by all concurrent
   * callers. Inside the refresh-ahead window it is returned at once while one background
   * refresh runs.
   */
  readonly token: Effect.Effect<AccessToken.AccessToken, GalileoError>
  /**
   * Drops the cached token if it is still `rejected` (compare-and-swap), so a burst of 401s for
   * one stale token causes one new login. Returns whether it dropped it.
   */
  readonly invalidate: (rejected: AccessToken.AccessToken) => Effect.Effect<boolean>
  /** Where other Galileo calls go. */
  readonly api: ApiSettings
}

/**
 * The service tag.
 *
 * @since 0.1.0
 */
export class AuthService extends Context.Tag("galileo-effect/AuthService")<AuthService, Service>() {}

/**
 * Builds the service on top of the cache and a login effect (used by the test Layer too).
 *
 * @since 0.1.0
 */
export const fromLogin = (
  login: Effect.Effect<AccessToken.AccessToken, GalileoError>,
  settings: ApiSettings & { readonly refreshPolicy: RefreshPolicy.RefreshPolicy }
) =>
  Effect.map(TokenCache.make(login, settings.refreshPolicy, "AuthService.token"), (cache): Service => ({
    login: cache.refresh,
    token: cache.get,
    invalidate: cache.invalidate,
    api: {
      baseUrl: settings.baseUrl,
      retryPolicy: settings.retryPolicy,
      maxResponseBytes: settings.maxResponseBytes,
      secrets: settings.secrets
    }
  }))

/**
 * One login against `config.loginUrl` through the given client, retry policy applied.
 *
 * @since 0.1.0
 */
export const loginWith = (client: HttpClient.HttpClient, config: AuthConfig.Resolved) => {
  const read = { maxBytes: config.maxResponseBytes, secrets: [config.apiKey] }
  const decodeToken = GalileoResponse.decode(Contract.Token, read)
  const encodeBody = HttpClientRequest.schemaBodyJson(Contract.ApiKeyLoginRequest)
  const attempt = (n: number) =>
    encodeBody(HttpClientRequest.acceptJson(HttpClientRequest.post(config.loginUrl)), { api_key: config.apiKey }).pipe(
      Effect.orDie,
      Effect.flatMap((request) => Effect.mapError(client.execute(request), GalileoResponse.fromHttpClientError)),
      Effect.tap((response) => Effect.annotateCurrentSpan("http.response.status_code", response.status)),
      Effect.flatMap(decodeToken),
      Effect.withSpan("AuthService.login.attempt", { attributes: { "galileo.attempt": n }, captureStackTrace: false })
    )
  return RetryPolicy.retry(config.retryPolicy, attempt).pipe(
    Effect.flatMap((token) =>
      Effect.map(Clock.currentTimeMillis, (now) => AccessToken.make(token.access_token, token.token_type, now))
    ),
    Effect.tap((token) => Effect.annotateCurrentSpan("galileo.token.expires", Option.isSome(token.expiresAt))),
    Effect.withSpan("AuthService.login", { attributes: { "galileo.url": config.loginUrl }, captureStackTrace: false })
  )
}

/**
 * The platform client as Galileo calls use it: its own `http.client` span is off (that span's
 * exit holds the request, body and headers included, i.e. the key or the token), so no
 * `traceparent` goes to Galileo either; the services record spans of their own instead.
 *
 * @since 0.1.0
 */
export const untraced = (client: HttpClient.HttpClient): HttpClient.HttpClient =>
  HttpClient.withTracerDisabledWhen(client, () => true)

/**
 * Builds the service from a validated configuration. Needs an `HttpClient` and a `Scope`
 * (background refreshes and in-flight logins end with it). No `traceparent` is sent to Galileo.
 *
 * @since 0.1.0
 */
export const makeResolved = (config: AuthConfig.Resolved) =>
  Effect.flatMap(
    HttpClient.HttpClient,
    (client) =>
      fromLogin(loginWith(untraced(client), config), {
        baseUrl: config.baseUrl,
        retryPolicy: config.retryPolicy,
        refreshPolicy: config.refreshPolicy,
        maxResponseBytes: config.maxResponseBytes,
        secrets: [config.apiKey]
      })
  )

/**
 * Validates options and builds the service; fails with a `ConfigError` before any request when
 * the options are invalid.
 *
 * @since 0.1.0
 */
export const make = (options: AuthConfig.Options) => Effect.flatMap(AuthConfig.resolve(options), makeResolved)

/**
 * The service as a scoped Layer from explicit options.
 *
 * @example
 * ```ts
 * import { NodeHttpClient } from "@effect/platform-node"
 * import { Layer, Redacted } from "effect"
 * import { AuthService } from "galileo-effect"
 *
 * const Live = AuthService.layer({ apiKey: Redacted.make("my-key") }).pipe(
 *   Layer.provide(NodeHttpClient.layerUndici)
 * )
 * ```
 * @since 0.1.0
 */
export const layer = (options: AuthConfig.Options): Layer.Layer<AuthService, ConfigError, HttpClient.HttpClient> =>
  Layer.scoped(AuthService, make(options))

/**
 * The service as a scoped Layer configured from `GALILEO_API_KEY`, `GALILEO_API_URL` /
 * `GALILEO_CONSOLE_URL` and `GALILEO_ALLOW_INSECURE_HTTP` (see {@link AuthConfig.fromEnv}).
 *
 * @since 0.1.0
 */
export const layerConfig = (
  overrides: Omit<AuthConfig.Options, "apiKey" | "baseUrl"> = {}
): Layer.Layer<AuthService, ConfigError, HttpClient.HttpClient> =>
  Layer.scoped(AuthService, Effect.flatMap(AuthConfig.fromEnv(overrides), makeResolved))

/**
 * What the test Layer lets a spec observe.
 *
 * @since 0.1.0
 */
export class AuthServiceTest extends Context.Tag("galileo-effect/AuthServiceTest")<AuthServiceTest, {
  /** How many logins ran. */
  readonly logins: Effect.Effect<number>
  /** How many `invalidate` calls dropped the cached token. */
  readonly invalidations: Effect.Effect<number>
}>() {}

/**
 * Options of {@link layerTest}.
 *
 * @since 0.1.0
 */
export interface TestOptions {
  /** Token values handed out by successive logins; the last one repeats. Default `test-token-<n>`. */
  readonly tokens?: ReadonlyArray<string> | undefined
  /** When set, every login fails with it. */
  readonly error?: GalileoError | undefined
  /** Default `http://galileo.test`. */
  readonly baseUrl?: string | undefined
  readonly retryPolicy?: RetryPolicy.RetryPolicy | undefined
  readonly refreshPolicy?: RefreshPolicy.RefreshPolicy | undefined
}

/**
 * An in-memory `AuthService` for specs: no HTTP, given tokens or a given error, the same cache
 * semantics as the real one (single-flight, refresh-ahead, compare-and-swap), and an
 * {@link AuthServiceTest} that counts logins.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { AuthService } from "galileo-effect"
 *
 * const spec = Effect.gen(function*() {
 *   const auth = yield* AuthService.AuthService
 *   yield* auth.token
 *   return yield* (yield* AuthService.AuthServiceTest).logins // 1
 * }).pipe(Effect.provide(AuthService.layerTest({ tokens: ["t1"] })))
 * ```
 * @since 0.1.0
 */
export const layerTest = (options: TestOptions = {}): Layer.Layer<AuthService | AuthServiceTest> =>
  Layer.scopedContext(Effect.gen(function*() {
    const logins = yield* Ref.make(0)
    const invalidations = yield* Ref.make(0)
    const tokens = options.tokens ?? []
    const login = Effect.flatMap(Ref.getAndUpdate(logins, (n) => n + 1), (n) =>
      options.error !== undefined
        ? Effect.fail(options.error)
        : Effect.map(Clock.currentTimeMillis, (now) =>
          AccessToken.make(
            Redacted.make(tokens[Math.min(n, tokens.length - 1)] ?? `test-token-${n + 1}`),
            "bearer",
            now
          )))
    const service = yield* fromLogin(login, {
      baseUrl: options.baseUrl ?? "http://galileo.test",
      retryPolicy: options.retryPolicy ?? RetryPolicy.defaultPolicy,
      refreshPolicy: options.refreshPolicy ?? RefreshPolicy.defaultPolicy,
      maxResponseBytes: AuthConfig.defaultMaxResponseBytes,
      secrets: []
    })
    const invalidate = (rejected: AccessToken.AccessToken) =>
      Effect.tap(
        service.invalidate(rejected),
        (dropped) => dropped ? Ref.update(invalidations, (n) => n + 1) : Effect.void
      )
    return Context.make(AuthService, { ...service, invalidate }).pipe(
      Context.add(AuthServiceTest, { logins: Ref.get(logins), invalidations: Ref.get(invalidations) })
    )
  }))
