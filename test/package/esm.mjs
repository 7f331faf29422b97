// Imports the installed package as ESM, starts its embedded server and logs in against it.
import { NodeHttpClient } from "@effect/platform-node"
import { Effect, Layer, Option, Redacted } from "effect"
import { AuthService, GalileoHttpClient, Contract } from "galileo-effect"
import { GalileoServer } from "galileo-effect/testing"

const program = Effect.gen(function*() {
  const server = yield* GalileoServer.GalileoServer
  const auth = yield* AuthService.make({ apiKey: Redacted.make(GalileoServer.demoApiKey), baseUrl: server.url })
  const token = yield* auth.token
  const user = yield* GalileoHttpClient.getJson("current_user", Contract.CurrentUser).pipe(
    Effect.provide(GalileoHttpClient.layer()),
    Effect.provideService(AuthService.AuthService, auth)
  )
  console.log(`esm ok ${Option.getOrElse(token.subject, () => "?")} ${user.email}`)
}).pipe(Effect.scoped, Effect.provide(Layer.merge(GalileoServer.layer(), NodeHttpClient.layerUndici)))

Effect.runPromise(program).catch((e) => {
  console.error(e)
  process.exit(1)
})
