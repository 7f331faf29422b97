import { NodeRuntime } from "@effect/platform-node"
import { Effect } from "effect"
import { Contract, GalileoHttpClient } from "galileo-effect"
import { NodeGalileo } from "galileo-effect/node"

// Who am I? One authenticated GET; login, caching, refresh and retries happen underneath.
export const program = Effect.gen(function*() {
  const me = yield* GalileoHttpClient.getJson("current_user", Contract.CurrentUser)
  yield* Effect.log(`Logged in to Galileo as ${me.email}`)
  return me
}).pipe(
  Effect.catchTag("GalileoUnauthorized", (e) => Effect.fail(`Check GALILEO_API_KEY: ${e.detail}`)),
  Effect.catchTag("GalileoValidationError", (e) => Effect.fail(e.detail.map((d) => d.msg).join(", ")))
)

// Runs when loaded, wherever the file is saved. GALILEO_API_KEY and GALILEO_API_URL (or
// GALILEO_CONSOLE_URL) come from the environment.
program.pipe(Effect.provide(NodeGalileo.layerConfig()), NodeRuntime.runMain)
