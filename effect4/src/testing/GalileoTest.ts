/**
 * Specs in a few lines: one Layer that starts the embedded server on loopback and provides the
 * whole client (`GalileoConfig`, `AuthService`, `GalileoHttpClient`) configured against it, with
 * the server's controls (`GalileoServer`) to inject faults, add routes and read what was sent.
 * The server keeps the projects, log streams, experiments, traces and datasets the client creates
 * (`server.resources` counts them, `GalileoServer.reset` forgets them), so a spec can use the API
 * group services (`Projects`, `LogStreams`, `Traces`, ...) without routes of its own.
 *
 * Its retry policy retries at once (no waits), so specs under `it.effect` (whose
 * `TestClock` does not move by itself) do not hang on a retried fault. To test real backoff with a
 * `retryPolicy` of your own, use `it.live`: `TestClock.adjust` does not wait for a request on
 * a real socket (it suits an `HttpClient` that answers from memory).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { SystemService } from "galileo-effect"
 * import { GalileoTest } from "galileo-effect/testing"
 *
 * // the current user, through a real login against the embedded server
 * export const spec = Effect.flatMap(SystemService.SystemService, (system) => system.currentUser).pipe(
 *   Effect.provide(SystemService.SystemService.Default),
 *   Effect.provide(GalileoTest.layer())
 * )
 * ```
 * @since 0.2.0
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import type * as Config from "effect/Config"
import * as Effect from "effect/Effect"
import type * as HttpClient from "effect/http/HttpClient"
import type * as HttpServerError from "effect/http/HttpServerError"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import * as Galileo from "../Galileo.js"
import * as GalileoConfig from "../GalileoConfig.js"
import * as RetryPolicy from "../RetryPolicy.js"
import * as GalileoServer from "./GalileoServer.js"

/**
 * Options of {@link layer}.
 *
 * @since 0.2.0
 * @category models
 */
export interface Options {
  /** The embedded server's options (routes, keys, users, token lifetime...). */
  readonly server?: GalileoServer.Options | undefined
  /** The client's options; `baseUrl` is the server's; the credential defaults to the demo key. */
  readonly client?: Omit<GalileoConfig.Options, "baseUrl"> | undefined
  /** The platform client to use; default undici. */
  readonly httpClient?: Layer.Layer<HttpClient.HttpClient> | undefined
}

/**
 * Retries at once, three times: no waits, so `TestClock` specs never hang on a retry.
 *
 * @since 0.2.0
 * @category constants
 */
export const immediateRetries: RetryPolicy.RetryPolicy = RetryPolicy.make({ schedule: Schedule.recurs(3) })

/**
 * The embedded server and the whole client configured against it.
 *
 * @since 0.2.0
 * @category layers
 */
export const layer = (
  options: Options = {}
): Layer.Layer<GalileoServer.GalileoServer | Galileo.Services, Config.ConfigError | HttpServerError.ServeError> =>
  Layer.unwrap(
    Effect.map(GalileoServer.GalileoServer, (server) =>
      Galileo.layerWith(
        GalileoConfig.layer({
          apiKey: Redacted.make(GalileoServer.demoApiKey),
          retryPolicy: immediateRetries,
          ...options.client,
          baseUrl: server.url
        }),
        options.httpClient ?? NodeHttpClient.layerUndici
      ))
  ).pipe(Layer.provideMerge(GalileoServer.layer(options.server)))
