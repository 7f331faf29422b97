/**
 * One Layer for the whole client: `GalileoConfig`, `AuthService` and `GalileoHttpClient` on a
 * platform `HttpClient` (fetch by default, or any client Layer you pass), so a program needs one
 * `Effect.provide`. For Node's undici client and TLS settings see `galileo-effect/node`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Contract, Galileo, GalileoHttpClient } from "galileo-effect"
 *
 * export const program = GalileoHttpClient.getJson("current_user", Contract.CurrentUser).pipe(
 *   Effect.provide(Galileo.layerConfig())
 * )
 * ```
 * @since 0.1.0
 */
import * as FetchHttpClient from "@effect/platform/FetchHttpClient"
import type * as HttpClient from "@effect/platform/HttpClient"
import type * as Config from "effect/Config"
import * as ConfigError from "effect/ConfigError"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as AuthService from "./AuthService.js"
import * as GalileoConfig from "./GalileoConfig.js"
import * as GalileoHttpClient from "./GalileoHttpClient.js"

/**
 * What the Layers here provide.
 *
 * @since 0.1.0
 * @category models
 */
export type Services = GalileoConfig.GalileoConfig | AuthService.AuthService | GalileoHttpClient.GalileoHttpClient

/**
 * Wires `AuthService` and `GalileoHttpClient` on a configuration Layer and an `HttpClient` Layer.
 *
 * @since 0.1.0
 * @category layers
 */
export const layerWith = <E, R, E2, R2>(
  config: Layer.Layer<GalileoConfig.GalileoConfig, E, R>,
  httpClient: Layer.Layer<HttpClient.HttpClient, E2, R2>
): Layer.Layer<Services, E | E2, R | R2> =>
  // new Layer values on every call: Effect memoizes Layers by reference within one build, so the
  // shared `AuthService.layer` / `GalileoHttpClient.layer` values would make two configurations
  // in one graph one client
  Layer.effect(GalileoHttpClient.GalileoHttpClient, GalileoHttpClient.make).pipe(
    Layer.provideMerge(Layer.scoped(AuthService.AuthService, AuthService.make)),
    Layer.provideMerge(config),
    Layer.provide(httpClient)
  )

/**
 * Fails when TLS settings are given: a portable client cannot apply them.
 *
 * @since 0.2.0
 * @category layers
 */
export const withoutTls = <E, R>(
  config: Layer.Layer<GalileoConfig.GalileoConfig, E, R>
): Layer.Layer<GalileoConfig.GalileoConfig, E | ConfigError.ConfigError, R> =>
  Layer.effect(
    GalileoConfig.GalileoConfig,
    Effect.flatMap(GalileoConfig.GalileoConfig, (service) => {
      const names = Option.getOrUndefined(service.tls)?.names
      return names === undefined ? Effect.succeed(service) : Effect.fail(
        ConfigError.Unsupported(
          [names.tlsCaCert],
          `TLS settings (${names.tlsCaCert}, ${names.tlsClientCert}, ${names.tlsClientKey}, ` +
            "GALILEO_REJECT_UNAUTHORIZED) cannot be applied to the fetch client: use NodeGalileo from galileo-effect/node"
        )
      )
    })
  ).pipe(Layer.provide(config))

/**
 * The client from explicit options, on the fetch `HttpClient` (or `httpClient` when given). The
 * fetch client follows no redirect: a 3xx answer is a `GalileoHttpError` naming its status.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer = <E = never, R = never>(
  options: GalileoConfig.Options,
  httpClient?: Layer.Layer<HttpClient.HttpClient, E, R>
): Layer.Layer<Services, ConfigError.ConfigError | E, R> =>
  layerWith(withoutTls(GalileoConfig.layer(options)), httpClient ?? FetchHttpClient.layer)

/**
 * The client configured from the environment (see `GalileoConfig.layerConfig`; a `Config` per
 * field in `overrides` wins), on the fetch `HttpClient` (or `httpClient` when given).
 *
 * @since 0.1.0
 * @category layers
 */
export const layerConfig = <E = never, R = never>(
  overrides: Config.Config.Wrap<GalileoConfig.Options> = {},
  httpClient?: Layer.Layer<HttpClient.HttpClient, E, R>
): Layer.Layer<Services, ConfigError.ConfigError | E, R> =>
  layerWith(withoutTls(GalileoConfig.layerConfig(overrides)), httpClient ?? FetchHttpClient.layer)
