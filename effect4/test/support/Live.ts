/** Real HTTP clients and the embedded server, for integration tests on loopback. */
import { NodeHttpClient } from "@effect/platform-node"
import { Context, Effect, Layer, Redacted, type Scope } from "effect"
import { FetchHttpClient, HttpClient } from "effect/http"
import { AuthService, GalileoConfig, GalileoHttpClient, RetryPolicy } from "../../src/index.js"
import { GalileoServer } from "../../src/testing/index.js"

/** The three platform clients users provide. */
export const clients: ReadonlyArray<readonly [string, Layer.Layer<HttpClient.HttpClient>]> = [
  ["node:http", NodeHttpClient.layerNodeHttp],
  ["undici", NodeHttpClient.layerUndici],
  ["fetch", FetchHttpClient.layer]
]

/**
 * A retry policy with short real delays, for tests that run on the real clock. Its attempt timeout
 * and deadline are hang guards only: tests count requests, and on a busy machine a 5 s attempt
 * timeout fired and retried (201-226 requests counted where 200 were sent).
 */
export const fastRetry = RetryPolicy.make({
  baseDelay: "2 millis",
  maxDelay: "10 millis",
  attemptTimeout: "30 seconds",
  deadline: "60 seconds"
})

export interface AuthOptions extends Omit<GalileoConfig.Options, "baseUrl" | "apiKey"> {
  readonly apiKey?: string
  /** The base URL from the server's URL (default: the URL itself). */
  readonly baseUrl?: (url: string) => string
}

/** The configuration pointed at the running embedded server. */
export const config = (options: AuthOptions = {}) =>
  Effect.flatMap(GalileoServer.GalileoServer, (server) => {
    const { apiKey, baseUrl, ...rest } = options
    return GalileoConfig.make({
      retryPolicy: fastRetry,
      ...rest,
      apiKey: Redacted.make(apiKey ?? GalileoServer.demoApiKey),
      baseUrl: baseUrl?.(server.url) ?? server.url
    })
  })

/** The embedded server's URL and controls, plus an AuthService pointed at it. */
export const withAuth = (
  options: AuthOptions = {}
): Effect.Effect<
  {
    readonly server: GalileoServer.Service
    readonly auth: AuthService.Service
    readonly config: GalileoConfig.Service
  },
  unknown,
  GalileoServer.GalileoServer | HttpClient.HttpClient | Scope.Scope
> =>
  Effect.gen(function*() {
    const server = yield* GalileoServer.GalileoServer
    const resolved = yield* config(options)
    const auth = yield* AuthService.make.pipe(Effect.provideService(GalileoConfig.GalileoConfig, resolved))
    return { server, auth, config: resolved }
  })

/** {@link withAuth} plus a GalileoHttpClient on it, and `run` to provide that client to an effect. */
export const withClient = (options: AuthOptions = {}) =>
  Effect.gen(function*() {
    const { auth, config: resolved, server } = yield* withAuth(options)
    const client = yield* GalileoHttpClient.make.pipe(
      Effect.provide(
        Context.make(GalileoConfig.GalileoConfig, resolved).pipe(Context.add(AuthService.AuthService, auth))
      )
    )
    const run = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
      Effect.provideService(effect, GalileoHttpClient.GalileoHttpClient, client)
    return { server, auth, client, config: resolved, run }
  })

/** Provides a fresh embedded server and the given client to an effect. */
export const provide = (
  client: Layer.Layer<HttpClient.HttpClient>,
  serverOptions: GalileoServer.Options = {}
) =>
<A, E, R>(effect: Effect.Effect<A, E, R>) =>
  effect.pipe(Effect.provide(Layer.merge(GalileoServer.layer(serverOptions), client)))

/** The platform client as it is, for requests the tests make themselves. */
export const raw = HttpClient.HttpClient
