/**
 * The example services in one program, configured from GALILEO_API_KEY / GALILEO_API_URL.
 * Run: GALILEO_API_KEY=... npx tsx examples/current-user.ts
 */
import { NodeHttpClient, NodeRuntime } from "@effect/platform-node"
import { Console, Effect, Layer } from "effect"
import { AuthService, GalileoHttpClient } from "galileo-effect"
import { HealthService, UserService } from "./UserService.js"

export const program = Effect.gen(function*() {
  const health = yield* (yield* HealthService).check
  const user = yield* (yield* UserService).currentUser
  yield* Console.log(`Galileo ${health.api_version} is ${health.message}; logged in as ${user.email}`)
  return user
})

export const MainLive = Layer.mergeAll(HealthService.Default, UserService.Default).pipe(
  Layer.provide(GalileoHttpClient.layer()),
  Layer.provide(AuthService.layerConfig()),
  Layer.provide(NodeHttpClient.layerUndici)
)

if (import.meta.url === `file://${process.argv[1]}`) {
  program.pipe(Effect.provide(MainLive), NodeRuntime.runMain)
}
