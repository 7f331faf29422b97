/**
 * The system service in one program, configured from GALILEO_API_KEY / GALILEO_API_URL.
 * Run: GALILEO_API_KEY=... npx tsx examples/current-user.ts
 */
import { NodeRuntime } from "@effect/platform-node"
import { Console, Effect, Layer } from "effect"
import { SystemService } from "galileo-effect"
import { NodeGalileo } from "galileo-effect/node"

export const program = Effect.gen(function*() {
  const system = yield* SystemService.SystemService
  const health = yield* system.healthcheck
  const user = yield* system.currentUser
  yield* Console.log(`Galileo ${health.api_version} is ${health.message}; logged in as ${user.email}`)
  return user
})

export const MainLive = SystemService.SystemService.Default.pipe(Layer.provideMerge(NodeGalileo.layerConfig()))

if (import.meta.url === `file://${process.argv[1]}`) {
  program.pipe(Effect.provide(MainLive), NodeRuntime.runMain)
}
