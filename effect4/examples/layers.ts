import { NodeHttpClient } from "@effect/platform-node"
import { Config, Effect, Layer } from "effect"
import { AuthService, GalileoConfig, GalileoHttpClient, RetryPolicy } from "galileo-effect"

export const GalileoLive = GalileoHttpClient.layer.pipe(
  Layer.provideMerge(AuthService.layer),
  Layer.provideMerge(GalileoConfig.layerConfig({
    apiKey: Config.Redacted("MY_GALILEO_KEY"),
    retryPolicy: Config.succeed(RetryPolicy.make({ maxRetries: 5, deadline: "1 minute" }))
  })),
  Layer.provide(NodeHttpClient.layerUndici)
)

export const token = Effect.flatMap(AuthService.AuthService, (auth) => auth.token).pipe(Effect.provide(GalileoLive))
