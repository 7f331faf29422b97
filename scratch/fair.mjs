import { bundle, programs } from "../scripts/bundle-size.mjs"
const src = (m) => JSON.stringify(`${process.cwd()}/src/${m}.ts`)
const lib = `import { Effect, Redacted, Schema } from "effect"
import { Galileo, GalileoHttpClient } from ${src("index")}
const CurrentUser = Schema.Struct({ id: Schema.String, email: Schema.String, role: Schema.optional(Schema.String) })
const program = GalileoHttpClient.getJson("current_user", CurrentUser).pipe(
  Effect.provide(Galileo.layer({ apiKey: Redacted.make("galileo-api-key"), baseUrl: "https://api.galileo.ai" }))
)
Effect.runPromise(program).then((user) => console.log(user.email))
`
const a = await bundle(lib), b = await bundle(programs.barrel.baseline)
console.log("barrel+Schema lib", a.raw, a.gzip, "baseline", b.raw, b.gzip, "diff gz", a.gzip - b.gzip, ((a.gzip-b.gzip)/1024).toFixed(2))
