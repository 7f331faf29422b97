// What the library costs in a browser bundle: one authenticated GET with the library (login,
// token cache, retries, typed errors), against the same GET with `effect` + `@effect/platform`'s
// fetch client alone and a static bearer token. Both are bundled by esbuild for the browser,
// minified; prints raw and gzip sizes, the difference, whether the goal holds (at most 10 KB gz
// over the baseline, no Node built-in in the bundle) and the library's largest inputs the
// baseline does not have. A report: exits 0; its last line is a JSON summary.
//
//   node scripts/bundle-size.mjs   (npm run bundle-size)
import { build } from "esbuild"
import { builtinModules } from "node:module"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"

const root = fileURLToPath(new URL("..", import.meta.url))
const goalBytes = 10 * 1024

const programs = {
  library: `
import { Effect, Redacted } from "effect"
import { Contract, Galileo, GalileoHttpClient } from ${JSON.stringify(`${root}src/index.ts`)}

const program = GalileoHttpClient.getJson("current_user", Contract.CurrentUser).pipe(
  Effect.provide(Galileo.layer({ apiKey: Redacted.make("galileo-api-key"), baseUrl: "https://api.galileo.ai" }))
)
Effect.runPromise(program).then((user) => console.log(user.email))
`,
  baseline: `
import { FetchHttpClient, HttpClient, HttpClientRequest, HttpClientResponse } from "@effect/platform"
import { Effect, Schema } from "effect"

const CurrentUser = Schema.Struct({ id: Schema.String, email: Schema.String, role: Schema.optional(Schema.String) })
const program = Effect.gen(function*() {
  const client = yield* HttpClient.HttpClient
  const response = yield* client.execute(
    HttpClientRequest.get("https://api.galileo.ai/v1/current_user").pipe(HttpClientRequest.bearerToken("a-static-token"))
  )
  return yield* HttpClientResponse.schemaBodyJson(CurrentUser)(response)
}).pipe(Effect.provide(FetchHttpClient.layer))
Effect.runPromise(program).then((user) => console.log(user.email))
`
}

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))
const isBuiltin = (path) => path.startsWith("node:") || builtins.has(path) || builtins.has(path.split("/")[0])

const options = (contents) => ({
  stdin: { contents, resolveDir: root, loader: "ts", sourcefile: "entry.ts" },
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  metafile: true,
  write: false,
  logLevel: "silent"
})

/** Bundles one program; a Node built-in import fails a browser build, so it is retried with them external, to measure and name them. */
const bundle = async (name) => {
  let errors = []
  let result
  try {
    result = await build(options(programs[name]))
  } catch (failure) {
    errors = (failure.errors ?? [{ text: String(failure) }]).map((e) =>
      `${e.location?.file ?? "?"}:${e.location?.line ?? "?"}: ${e.text}`
    )
    result = await build({ ...options(programs[name]), external: [...builtins] })
  }
  const output = result.outputFiles[0].contents
  const [meta] = Object.values(result.metafile.outputs)
  const nodeImports = [
    ...new Set([
      ...Object.values(result.metafile.inputs).flatMap((input) =>
        input.imports.filter((i) => i.external && isBuiltin(i.path)).map((i) => i.path)
      ),
      ...Object.keys(result.metafile.inputs).filter(isBuiltin)
    ])
  ].sort()
  return {
    raw: output.byteLength,
    gzip: gzipSync(output, { level: 9 }).byteLength,
    inputs: Object.fromEntries(Object.entries(meta.inputs).map(([path, input]) => [path, input.bytesInOutput])),
    nodeImports,
    errors
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const pad = (text, width) => text.padStart(width)

const library = await bundle("library")
const baseline = await bundle("baseline")
const extraGzip = library.gzip - baseline.gzip
const noNodeBuiltin = library.nodeImports.length === 0 && library.errors.length === 0
const goalMet = extraGzip <= goalBytes && noNodeBuiltin

console.log("browser bundles (esbuild, minified, esm, es2022)")
console.log(`  ${"".padEnd(22)}${pad("raw", 12)}${pad("gzip", 12)}`)
console.log(`  ${"baseline (platform)".padEnd(22)}${pad(kb(baseline.raw), 12)}${pad(kb(baseline.gzip), 12)}`)
console.log(`  ${"library".padEnd(22)}${pad(kb(library.raw), 12)}${pad(kb(library.gzip), 12)}`)
console.log(`  ${"difference".padEnd(22)}${pad(kb(library.raw - baseline.raw), 12)}${pad(kb(extraGzip), 12)}`)
console.log("")
console.log(`goal: at most ${kb(goalBytes)} gz over the baseline, and no Node built-in in the bundle`)
console.log(`  gzip over the baseline: ${kb(extraGzip)} (${extraGzip <= goalBytes ? "ok" : "over"})`)
console.log(
  `  Node built-ins: ${library.nodeImports.length === 0 ? "none" : library.nodeImports.join(", ")}` +
    (library.errors.length === 0 ? "" : `\n  browser build errors:\n    ${library.errors.join("\n    ")}`)
)
console.log(`  ${goalMet ? "MET" : "NOT MET"}`)
console.log("")

// what the library brings that the baseline does not: whole modules only it pulls in, and the
// growth of modules both have (more of a module kept once more of its exports are used)
const rows = Object.entries(library.inputs)
  .map(([path, bytes]) => ({ path, bytes, added: bytes - (baseline.inputs[path] ?? 0), shared: path in baseline.inputs }))
  .filter((row) => row.added > 0)
  .sort((a, b) => b.added - a.added)
const short = (path) => path.replace(/^(\.\.\/)*node_modules\//, "").replace(/^src\//, "src/")
console.log("largest library inputs not in the baseline (minified bytes in the bundle)")
for (const row of rows.filter((r) => !r.shared).slice(0, 20)) console.log(`  ${pad(String(row.bytes), 7)}  ${short(row.path)}`)
const sharedGrowth = rows.filter((r) => r.shared).slice(0, 8)
if (sharedGrowth.length > 0) {
  console.log("shared inputs that grew most (library − baseline bytes)")
  for (const row of sharedGrowth) console.log(`  ${pad(`+${row.added}`, 7)}  ${short(row.path)}`)
}
const onlyLibrary = rows.filter((r) => !r.shared)
console.log(
  JSON.stringify({
    baseline: { raw: baseline.raw, gzip: baseline.gzip },
    library: { raw: library.raw, gzip: library.gzip },
    extraRaw: library.raw - baseline.raw,
    extraGzip,
    goalBytes,
    nodeBuiltins: library.nodeImports,
    browserBuildErrors: library.errors.length,
    goalMet,
    largestOnlyInLibrary: onlyLibrary.slice(0, 5).map((r) => ({ path: short(r.path), bytes: r.bytes }))
  })
)
