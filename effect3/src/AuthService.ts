/**
 * The Galileo authentication service: logs in with the configured credential (API key,
 * username and password, SSO ID token, or a pre-issued JWT), caches the access token, renews
 * it ahead of expiry (through the server's `refresh_token` cookie when it set one) and shares
 * one login among concurrent callers. It reads `GalileoConfig` and a platform `HttpClient`;
 * its service offers tokens and nothing that holds the credential.
 *
 * @example
 * ```ts
 * import { FetchHttpClient } from "@effect/platform"
 * import { Effect, Layer, Redacted } from "effect"
 * import { AuthService, GalileoConfig } from "galileo-effect"
 *
 * const program = Effect.gen(function*() {
 *   const auth = yield* AuthService.AuthService
 *   const token = yield* auth.token
 *   return token.expiresAt
 * }).pipe(
 *   Effect.provide(AuthService.layer.pipe(
 *     Layer.provide(GalileoConfig.layer({ apiKey: Redacted.make("my-key") })),
 *     Layer.provide(FetchHttpClient.layer)
 *   ))
 * )
 * ```
 * @since 0.1.0
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Ref from "effect/Ref"
import type * as Scope from "effect/Scope"
import * as AccessToken from "./AccessToken.js"
import { GalileoConfig } from "./GalileoConfig.js"
import type { GalileoError } from "./GalileoError.js"
import { outgoing } from "./internal/httpClient.js"
import * as Login from "./internal/login.js"
import * as TokenCache from "./internal/tokenCache.js"
import * as RefreshPolicy from "./RefreshPolicy.js"

/**
 * What the service offers.
 *
 * @since 0.1.0
 * @category models
 */
export interface Service {
  /** Logs in now (retry policy applied) and caches the token. */
  readonly login: Effect.Effect<AccessToken.AccessToken, GalileoError>
  /**
   * The current access token: from the cache, or after one login shared by all concurrent
   * callers. Inside the refresh-ahead window it is returned at once while one background
   * refresh runs.
   */
  readonly token: Effect.Effect<AccessToken.AccessToken, GalileoError>
  /**
   * Drops the cached token if it is still `rejected` (compare-and-swap on the token's value),
   * so a burst of 401s for one stale token causes one new login. Returns whether it dropped it.
   */
  readonly invalidate: (rejected: AccessToken.AccessToken | Redacted.Redacted<string>) => Effect.Effect<boolean>
}

/**
 * The service tag.
 *
 * @since 0.1.0
 * @category tags
 */
export class AuthService extends Context.Tag("galileo-effect/AuthService")<AuthService, Service>() {}

/**
 * Builds the service on a login effect: the token cache (single-flight, refresh-ahead,
 * compare-and-swap invalidation, cooldown after `GalileoUnauthorized`) over it. Used by the real
 * service and by {@link layerTest}.
 *
 * @since 0.2.0
 * @category constructors
 */
export const fromLogin = (
  login: Effect.Effect<AccessToken.AccessToken, GalileoError>,
  refreshPolicy: RefreshPolicy.RefreshPolicy
): Effect.Effect<Service, never, Scope.Scope> => fromCache(TokenCache.make(() => login, refreshPolicy, "fiber"))

const fromCache = <R>(cache: Effect.Effect<TokenCache.TokenCache, never, R>): Effect.Effect<Service, never, R> =>
  Effect.map(cache, (cache): Service => ({
    login: cache.refresh,
    token: cache.get,
    invalidate: (rejected) => cache.invalidate(rejected instanceof AccessToken.AccessToken ? rejected.value : rejected)
  }))

/**
 * Builds the service from `GalileoConfig` and a platform `HttpClient` (whose own `http.client`
 * span is turned off: its exit holds the request, i.e. the credential). Background refreshes
 * and in-flight logins end with the `Scope`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make: Effect.Effect<Service, never, GalileoConfig | HttpClient.HttpClient | Scope.Scope> = Effect.flatMap(
  GalileoConfig,
  (config) =>
    Effect.flatMap(HttpClient.HttpClient, (http) =>
      // the caller that claims a login runs it (its attempts and backoffs run in fibers of the scope)
      fromCache(TokenCache.make(Login.make(outgoing(config)(http), config), config.refreshPolicy, "caller")))
)

/**
 * The service as a scoped Layer.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<AuthService, never, GalileoConfig | HttpClient.HttpClient> = Layer.scoped(
  AuthService,
  make
)

/**
 * What the test Layer lets a spec observe.
 *
 * @since 0.1.0
 * @category tags
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
 * @category models
 */
export interface TestOptions {
  /** Token values handed out by successive logins; the last one repeats. Default `test-token-<n>`. */
  readonly tokens?: ReadonlyArray<string> | undefined
  /** When set, every login fails with it. */
  readonly error?: GalileoError | undefined
  /** Default `RefreshPolicy.defaultPolicy`. */
  readonly refreshPolicy?: RefreshPolicy.RefreshPolicy | undefined
}

/**
 * An in-memory `AuthService` for specs: no HTTP and no configuration, given tokens or a given
 * error, the same cache semantics as the real one (single-flight, refresh-ahead,
 * compare-and-swap), and an {@link AuthServiceTest} that counts logins.
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
 * @category layers
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
    const service = yield* fromLogin(login, options.refreshPolicy ?? RefreshPolicy.defaultPolicy)
    const invalidate: Service["invalidate"] = (rejected) =>
      Effect.tap(
        service.invalidate(rejected),
        (dropped) => dropped ? Ref.update(invalidations, (n) => n + 1) : Effect.void
      )
    return Context.make(AuthService, { ...service, invalidate }).pipe(
      Context.add(AuthServiceTest, { logins: Ref.get(logins), invalidations: Ref.get(invalidations) })
    )
  }))
