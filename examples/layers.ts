import { NodeHttpClient } from "@effect/platform-node"
import { Effect, Layer, Redacted } from "effect"
import { AuthService, GalileoHttpClient, RetryPolicy } from "galileo-effect"

export const GalileoLive = GalileoHttpClient.layer().pipe(
  Layer.provideMerge(AuthService.layer({
    apiKey: Redacted.make(process.env["GALILEO_API_KEY"] ?? ""),
    retryPolicy: RetryPolicy.make({ maxRetries: 5 })
  })),
  Layer.provide(NodeHttpClient.layerUndici)
)

export const token = Effect.flatMap(AuthService.AuthService, (auth) => auth.token).pipe(Effect.provide(GalileoLive))
