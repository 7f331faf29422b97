// Type-checked against the shipped .d.ts files: what a user's program looks like.
import type { Layer } from "effect"
import { Effect, Redacted } from "effect"
import type { Galileo } from "galileo-effect"
import { AuthService, Contract, GalileoError, GalileoHttpClient, RetryPolicy } from "galileo-effect"
import { NodeGalileo } from "galileo-effect/node"
import { GalileoServer } from "galileo-effect/testing"

export const me: Effect.Effect<Contract.CurrentUser | string, never, GalileoHttpClient.GalileoHttpClient> =
  GalileoHttpClient.getJson("current_user", Contract.CurrentUser).pipe(
    Effect.catchTag("GalileoUnauthorized", (e) => Effect.succeed(`unauthorized: ${e.detail}`)),
    Effect.catchTags({
      GalileoValidationError: (e) => Effect.succeed(e.detail.map(GalileoError.formatValidationError).join(", ")),
      GalileoHttpError: (e) => Effect.succeed(`http ${e.status}`),
      GalileoDecodeError: (e) => Effect.succeed(e.reason),
      GalileoTransportError: (e) => Effect.succeed(e.reason)
    })
  )

export const live: Layer.Layer<Galileo.Services, unknown> = NodeGalileo.layer({
  apiKey: Redacted.make("key"),
  retryPolicy: RetryPolicy.make({ maxRetries: 1 })
})

export const spec = Effect.flatMap(AuthService.AuthServiceTest, (t) => t.logins).pipe(
  Effect.provide(AuthService.layerTest({ tokens: ["t"] }))
)

export const server: Layer.Layer<GalileoServer.GalileoServer, unknown> = GalileoServer.layer({ apiKeys: ["k"] })
