/** Real HTTP clients and the embedded server, for integration tests on loopback. */
import { FetchHttpClient, type HttpClient } from "@effect/platform"
import { NodeHttpClient } from "@effect/platform-node"
import { Duration, Effect, Layer, Redacted } from "effect"
import { AuthService, GalileoHttpClient, RetryPolicy } from "../../src/index.js"
import { GalileoServer } from "../../src/testing/index.js"

/** The three platform clients users provide. */
export const clients: ReadonlyArray<readonly [string, Layer.Layer<HttpClient.HttpClient>]> = [
  ["node:http", NodeHttpClient.layer],
  ["undici", NodeHttpClient.layerUndici],
  ["fetch", FetchHttpClient.layer]
]

/** A retry policy with short real delays, for tests that run on the real clock. */
export const fastRetry = RetryPolicy.make({
  baseDelay: Duration.millis(2),
  maxDelay: Duration.millis(10),
  attemptTimeout: Duration.seconds(5),
  deadline: Duration.seconds(10)
})

export interface AuthOptions {
  readonly apiKey?: string
  readonly retryPolicy?: RetryPolicy.RetryPolicy
  /** The base URL from the server's URL (default: the URL itself). */
  readonly baseUrl?: (url: string) => string
  readonly pathPrefix?: string
}

/** The embedded server's URL and controls, plus an AuthService pointed at it. */
export const withAuth = (options: AuthOptions = {}) =>
  Effect.gen(function*() {
    const server = yield* GalileoServer.GalileoServer
    const auth = yield* AuthService.make({
      apiKey: Redacted.make(options.apiKey ?? GalileoServer.demoApiKey),
      baseUrl: options.baseUrl?.(server.url) ?? server.url,
      pathPrefix: options.pathPrefix,
      retryPolicy: options.retryPolicy ?? fastRetry
    })
    return { server, auth }
  })

/** {@link withAuth} plus a GalileoHttpClient on it, and `run` to provide that client to an effect. */
export const withClient = (options: AuthOptions & GalileoHttpClient.Options = {}) =>
  Effect.gen(function*() {
    const { auth, server } = yield* withAuth(options)
    const client = yield* GalileoHttpClient.make(options).pipe(Effect.provideService(AuthService.AuthService, auth))
    const run = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
      Effect.provideService(effect, GalileoHttpClient.GalileoHttpClient, client)
    return { server, auth, client, run }
  })

/** Provides a fresh embedded server and the given client to an effect. */
export const provide = (
  client: Layer.Layer<HttpClient.HttpClient>,
  serverOptions: GalileoServer.Options = {}
) =>
<A, E, R>(effect: Effect.Effect<A, E, R>) =>
  effect.pipe(Effect.provide(Layer.merge(GalileoServer.layer(serverOptions), client)))
