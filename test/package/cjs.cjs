// Requires the installed package as CommonJS, starts its embedded server and logs in against it.
const { NodeHttpClient } = require("@effect/platform-node")
const { Effect, Layer, Option, Redacted } = require("effect")
const { AuthService } = require("galileo-effect")
const { GalileoServer } = require("galileo-effect/testing")

const program = Effect.gen(function*() {
  const server = yield* GalileoServer.GalileoServer
  const auth = yield* AuthService.make({ apiKey: Redacted.make(GalileoServer.demoApiKey), baseUrl: server.url })
  const token = yield* auth.login
  const failure = yield* Effect.flip(AuthService.make({ apiKey: Redacted.make(""), baseUrl: server.url }))
  console.log(`cjs ok ${Option.getOrElse(token.subject, () => "?")} ${failure._tag}`)
}).pipe(Effect.scoped, Effect.provide(Layer.merge(GalileoServer.layer(), NodeHttpClient.layerUndici)))

Effect.runPromise(program).catch((e) => {
  console.error(e)
  process.exit(1)
})
