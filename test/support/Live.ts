/** Real HTTP clients and the embedded server, for integration tests on loopback. */
import { FetchHttpClient, type HttpClient } from "@effect/platform"
import { NodeHttpClient } from "@effect/platform-node"
import { Duration, Effect, Layer, Redacted } from "effect"
import { AuthService, RetryPolicy } from "../../src/index.js"
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

/** The embedded server's URL and controls, plus an AuthService pointed at it. */
export const withAuth = (
  options: { readonly apiKey?: string; readonly retryPolicy?: RetryPolicy.RetryPolicy } = {}
) =>
  Effect.gen(function*() {
    const server = yield* GalileoServer.GalileoServer
    const auth = yield* AuthService.make({
      apiKey: Redacted.make(options.apiKey ?? GalileoServer.demoApiKey),
      baseUrl: server.url,
      retryPolicy: options.retryPolicy ?? fastRetry
    })
    return { server, auth }
  })

/** Provides a fresh embedded server and the given client to an effect. */
export const provide = (
  client: Layer.Layer<HttpClient.HttpClient>,
  serverOptions: GalileoServer.Options = {}
) =>
<A, E, R>(effect: Effect.Effect<A, E, R>) =>
  effect.pipe(Effect.provide(Layer.merge(GalileoServer.layer(serverOptions), client)))
