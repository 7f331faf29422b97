/**
 * One Layer for the whole client: `AuthService` and `GalileoHttpClient` on a platform
 * `HttpClient` (fetch by default, or any client Layer you pass), so a program needs one
 * `Effect.provide`. For Node's own clients see `galileo-effect/node`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Contract, Galileo, GalileoHttpClient } from "galileo-effect"
 *
 * const program = GalileoHttpClient.getJson("current_user", Contract.CurrentUser).pipe(
 *   Effect.provide(Galileo.layerConfig())
 * )
 * ```
 * @since 0.1.0
 */
import { FetchHttpClient, type HttpClient } from "@effect/platform"
import { Layer } from "effect"
import type { ConfigError } from "effect/ConfigError"
import type * as AuthConfig from "./AuthConfig.js"
import * as AuthService from "./AuthService.js"
import * as GalileoHttpClient from "./GalileoHttpClient.js"

/**
 * What {@link layer} provides.
 *
 * @since 0.1.0
 */
export type Services = AuthService.AuthService | GalileoHttpClient.GalileoHttpClient

/**
 * Options of {@link layer}: the `AuthService` options plus the `GalileoHttpClient` ones.
 *
 * @since 0.1.0
 */
export interface Options extends AuthConfig.Options, GalileoHttpClient.Options {}

/**
 * Wires `AuthService` and `GalileoHttpClient` on top of a given `HttpClient` Layer.
 *
 * @since 0.1.0
 */
export const layerWith = <E, R>(
  auth: Layer.Layer<AuthService.AuthService, ConfigError, HttpClient.HttpClient>,
  options: GalileoHttpClient.Options,
  httpClient: Layer.Layer<HttpClient.HttpClient, E, R>
): Layer.Layer<Services, ConfigError | E, R> =>
  GalileoHttpClient.layer(options).pipe(Layer.provideMerge(auth), Layer.provide(httpClient))

/**
 * The client from explicit options, on the fetch `HttpClient` (or `httpClient` when given).
 *
 * @since 0.1.0
 */
export const layer = <E = never, R = never>(
  options: Options,
  httpClient?: Layer.Layer<HttpClient.HttpClient, E, R>
): Layer.Layer<Services, ConfigError | E, R> =>
  layerWith(AuthService.layer(options), options, httpClient ?? FetchHttpClient.layer)

/**
 * The client configured from `GALILEO_*` environment variables (see `AuthConfig.fromEnv`), on
 * the fetch `HttpClient` (or `httpClient` when given).
 *
 * @since 0.1.0
 */
export const layerConfig = <E = never, R = never>(
  options: Omit<Options, "apiKey" | "baseUrl"> = {},
  httpClient?: Layer.Layer<HttpClient.HttpClient, E, R>
): Layer.Layer<Services, ConfigError | E, R> =>
  layerWith(AuthService.layerConfig(options), options, httpClient ?? FetchHttpClient.layer)
