// What the library costs in a browser bundle: one authenticated GET with the library (login,
// token cache, retries, typed errors), against the same GET with `effect` and its own fetch client
// (`effect/http`) alone and a static bearer token. Both programs declare the same `CurrentUser`
// schema and decode the answer with it. Each is written twice, bundled by esbuild for the browser
// (minified) and gzipped:
//
// - "barrel": imports as the README, the issue that set the goal, and most users write them
//   (`import { Effect, Schema } from "effect"`, `import { Galileo } from "galileo-effect"`).
//   esbuild keeps every export of a namespace imported through a barrel (`export * as Effect`), so
//   both programs carry all of `Effect` and `Schema`; the baseline also all of three `HttpClient*`
//   modules (through the `effect/http` barrel). This is the goal's measure.
// - "deep": every module imported by its own path (`effect/Effect`, `galileo-effect/Galileo`),
//   the leanest each program can be; the difference is then every line of `effect` the library
//   uses beyond what the bare GET uses, plus its own code. Reported beside it, the stricter bound.
//
// Prints raw and gzip sizes, the differences, whether the goal holds for each pair (at most
// 10 KB gz over the baseline, no Node built-in in the bundle) and the library's largest inputs
// the deep baseline does not have. A report: exits 0; its last line is a JSON summary.
//
//   node scripts/bundle-size.mjs   (npm run bundle-size)
import { build } from "esbuild"
import { builtinModules } from "node:module"
import { fileURLToPath, pathToFileURL } from "node:url"
import { gzipSync } from "node:zlib"

const root = fileURLToPath(new URL("..", import.meta.url))
export const goalBytes = 10 * 1024

const src = (module) => JSON.stringify(`${root}src/${module}.ts`)

const userSchema = `const CurrentUser = Schema.Struct({ id: Schema.String, email: Schema.String, role: Schema.optional(Schema.String) })`

const libraryBody = `
${userSchema}
const program = GalileoHttpClient.getJson("current_user", CurrentUser).pipe(
  Effect.provide(Galileo.layer({ apiKey: Redacted.make("galileo-api-key"), baseUrl: "https://api.galileo.ai" }))
)
Effect.runPromise(program).then((user) => console.log(user.email))
`

const baselineBody = `
${userSchema}
const program = Effect.gen(function*() {
  const client = yield* HttpClient.HttpClient
  const response = yield* client.execute(
    HttpClientRequest.get("https://api.galileo.ai/v1/current_user").pipe(HttpClientRequest.bearerToken("a-static-token"))
  )
  return yield* Effect.flatMap(response.json, Schema.decodeUnknownEffect(CurrentUser))
}).pipe(Effect.provide(FetchHttpClient.layer))
Effect.runPromise(program).then((user) => console.log(user.email))
`

const deep = (modules) => modules.map(([name, path]) => `import * as ${name} from ${path}`).join("\n")

/** The four programs: the library's and the baseline's, with barrel and with deep imports. */
export const programs = {
  barrel: {
    library: `import { Effect, Redacted, Schema } from "effect"
import { Galileo, GalileoHttpClient } from ${src("index")}
${libraryBody}`,
    baseline: `import { Effect, Schema } from "effect"
import { FetchHttpClient, HttpClient, HttpClientRequest } from "effect/http"
${baselineBody}`
  },
  deep: {
    library: `${
      deep([
        ["Effect", `"effect/Effect"`],
        ["Redacted", `"effect/Redacted"`],
        ["Schema", `"effect/Schema"`],
        ["Galileo", src("Galileo")],
        ["GalileoHttpClient", src("GalileoHttpClient")]
      ])
    }
${libraryBody}`,
    baseline: `${
      deep([
        ["FetchHttpClient", `"effect/http/FetchHttpClient"`],
        ["HttpClient", `"effect/http/HttpClient"`],
        ["HttpClientRequest", `"effect/http/HttpClientRequest"`],
        ["Effect", `"effect/Effect"`],
        ["Schema", `"effect/Schema"`]
      ])
    }
${baselineBody}`
  }
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
export const bundle = async (contents) => {
  let errors = []
  let result
  try {
    result = await build(options(contents))
  } catch (failure) {
    errors = (failure.errors ?? [{ text: String(failure) }]).map((e) =>
      `${e.location?.file ?? "?"}:${e.location?.line ?? "?"}: ${e.text}`
    )
    result = await build({ ...options(contents), external: [...builtins] })
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

/** Bundles both programs of a pair and compares them. */
export const measure = async (style) => {
  const library = await bundle(programs[style].library)
  const baseline = await bundle(programs[style].baseline)
  const extraGzip = library.gzip - baseline.gzip
  const noNodeBuiltin = library.nodeImports.length === 0 && library.errors.length === 0
  // the dependency modules only the library's bundle has (minified bytes): what it adds beyond its own code
  const addedModules = Object.fromEntries(
    Object.entries(library.inputs).filter(([path]) => !path.startsWith("src/") && !(path in baseline.inputs))
  )
  return {
    style,
    library,
    baseline,
    extraGzip,
    noNodeBuiltin,
    addedModules,
    goalMet: extraGzip <= goalBytes && noNodeBuiltin
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const pad = (text, width) => text.padStart(width)
const short = (path) => path.replace(/^(\.\.\/)*node_modules\//, "").replace(/^src\//, "src/")

const report = (pairs) => {
  console.log("browser bundles (esbuild, minified, esm, es2022)")
  console.log(`  ${"".padEnd(30)}${pad("raw", 12)}${pad("gzip", 12)}`)
  for (const pair of pairs) {
    console.log(`  ${`${pair.style}: baseline (effect/http)`.padEnd(30)}${pad(kb(pair.baseline.raw), 12)}${
      pad(kb(pair.baseline.gzip), 12)
    }`)
    console.log(`  ${`${pair.style}: library`.padEnd(30)}${pad(kb(pair.library.raw), 12)}${pad(kb(pair.library.gzip), 12)}`)
    console.log(`  ${`${pair.style}: difference`.padEnd(30)}${pad(kb(pair.library.raw - pair.baseline.raw), 12)}${
      pad(kb(pair.extraGzip), 12)
    }`)
  }
  console.log("")
  console.log(`goal: at most ${kb(goalBytes)} gz over the baseline, and no Node built-in in the bundle`)
  for (const pair of pairs) {
    const builtinsText = pair.library.nodeImports.length === 0 ? "none" : pair.library.nodeImports.join(", ")
    const role = pair.style === "barrel" ? "the goal's measure" : "stricter bound, reported"
    const verdict = pair.goalMet ? "MET" : `NOT MET (${kb(pair.extraGzip - goalBytes)} over)`
    console.log(
      `  ${pair.style} (${role}): ${kb(pair.extraGzip)} gz over; Node built-ins: ${builtinsText}; ${verdict}` +
        (pair.library.errors.length === 0 ? "" : `\n    browser build errors:\n      ${pair.library.errors.join("\n      ")}`)
    )
  }
  console.log("")
  // what the library brings that the deep baseline does not: whole modules only it pulls in,
  // and the growth of modules both have (more of a module kept once more of its exports are used)
  const strict = pairs.find((pair) => pair.style === "deep")
  const rows = Object.entries(strict.library.inputs)
    .map(([path, bytes]) => ({ path, bytes, added: bytes - (strict.baseline.inputs[path] ?? 0), shared: path in strict.baseline.inputs }))
    .filter((row) => row.added > 0)
    .sort((a, b) => b.added - a.added)
  console.log("deep: largest library inputs not in the baseline (minified bytes in the bundle)")
  for (const row of rows.filter((r) => !r.shared).slice(0, 20)) console.log(`  ${pad(String(row.bytes), 7)}  ${short(row.path)}`)
  console.log("deep: shared inputs that grew most (library − baseline bytes)")
  for (const row of rows.filter((r) => r.shared).slice(0, 8)) console.log(`  ${pad(`+${row.added}`, 7)}  ${short(row.path)}`)
  console.log(
    JSON.stringify({
      goalBytes,
      goalMet: pairs.find((pair) => pair.style === "barrel")?.goalMet ?? false,
      ...Object.fromEntries(pairs.map((pair) => [pair.style, {
        baseline: { raw: pair.baseline.raw, gzip: pair.baseline.gzip },
        library: { raw: pair.library.raw, gzip: pair.library.gzip },
        extraRaw: pair.library.raw - pair.baseline.raw,
        extraGzip: pair.extraGzip,
        nodeBuiltins: pair.library.nodeImports,
        browserBuildErrors: pair.library.errors.length,
        addedModules: pair.addedModules,
        goalMet: pair.goalMet
      }]))
    })
  )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  report([await measure("barrel"), await measure("deep")])
}
