// A first authenticated call from ESM with the installed package: `node esm.mjs <server url>`.
// Prints the current user's email (the user id is the server's business).
import { Effect, Redacted } from "effect"
import { Contract, GalileoError, GalileoHttpClient } from "galileo-effect"
import * as GalileoErrorByPath from "galileo-effect/GalileoError"
import { NodeGalileo } from "galileo-effect/node"

// every module is importable by path too, as the same module the barrel re-exports
if (GalileoErrorByPath.GalileoUnauthorized !== GalileoError.GalileoUnauthorized) {
  throw new Error("galileo-effect/GalileoError is not the module galileo-effect re-exports")
}

// ...but the implementation is not: internal modules are no part of the API
for (const hidden of ["galileo-effect/internal/config", "galileo-effect/bin"]) {
  const refused = await import(hidden).then(() => false, (e) => e.code === "ERR_PACKAGE_PATH_NOT_EXPORTED")
  if (!refused) throw new Error(`${hidden} must not be importable`)
}

const baseUrl = process.argv[2] ?? ""

const program = GalileoHttpClient.getJson("current_user", Contract.CurrentUser).pipe(
  Effect.provide(NodeGalileo.layer({ apiKey: Redacted.make("galileo-demo-key"), baseUrl }))
)

Effect.runPromise(program).then(
  (user) => console.log(`esm ok ${user.email}`),
  (error) => {
    console.error(error)
    process.exitCode = 1
  }
)
