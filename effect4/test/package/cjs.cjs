// A first authenticated call from CommonJS with the installed package: `node cjs.cjs <server url>`.
// Prints the current user's email, then the tag a wrong key fails with (caught by tag, and an
// instance of the class required by path).
const { Effect, Redacted } = require("effect")
const { Contract, GalileoHttpClient } = require("galileo-effect")
const { NodeGalileo } = require("galileo-effect/node")
const { GalileoUnauthorized } = require("galileo-effect/GalileoError")

const baseUrl = process.argv[2] ?? ""

const currentUser = (apiKey) =>
  GalileoHttpClient.getJson("current_user", Contract.CurrentUser).pipe(
    Effect.provide(NodeGalileo.layer({ apiKey: Redacted.make(apiKey), baseUrl }))
  )

const program = Effect.gen(function*() {
  const user = yield* currentUser("galileo-demo-key")
  const refused = yield* currentUser("not-a-galileo-key").pipe(
    Effect.as("accepted"),
    Effect.catchTag("GalileoUnauthorized", (error) =>
      Effect.succeed(error instanceof GalileoUnauthorized ? error._tag : "not-an-instance"))
  )
  console.log(`cjs ok ${user.email} ${refused}`)
})

Effect.runPromise(program).catch((error) => {
  console.error(error)
  process.exitCode = 1
})
