/**
 * The library's embedded Galileo-compatible server in its own process, for the benchmark's
 * "embedded server" section (`node --import tsx bench/servers/embedded.ts`). Prints its URL as
 * the first line of stdout and the API key it accepts as the second, then runs until
 * SIGTERM/SIGINT or until its stdin closes.
 */
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as Effect from "effect/Effect"
import { GalileoServer } from "../../src/testing/index.js"

const program = Effect.gen(function*() {
  const server = yield* GalileoServer.GalileoServer
  yield* Effect.sync(() => process.stdout.write(`${server.url}\n${GalileoServer.demoApiKey}\n`))
  return yield* Effect.never
}).pipe(Effect.provide(GalileoServer.layer({ port: 0, logLimit: 0 })))

process.stdin.on("end", () => process.kill(process.pid, "SIGTERM"))
process.stdin.resume()

NodeRuntime.runMain(program)
