/**
 * What the API group services cost in a browser bundle (esbuild, minified, esm, gzip -9), both
 * ways: a program of the auth core alone (one authenticated GET) holds no byte of a service or of
 * the generated contract; the same program calling `Projects.list` through
 * `galileo-effect/Projects` holds the Projects group and no other; with all six services, each
 * group once. Barrel and deep imports. The figures are printed (`bundle (style):` lines); the
 * test pins what is in each bundle, and bounds what the services add.
 */
import { describe, expect, it } from "@effect/vitest"
import { build } from "esbuild"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"

const root = fileURLToPath(new URL("../..", import.meta.url))
const src = (module: string) => JSON.stringify(`${root}src/${module}.ts`)

const groups = ["Projects", "LogStreams", "Traces", "Datasets", "Experiments", "Prompts"]

/**
 * The three programs, in an import style: "barrel" as the README writes them (`effect` and
 * `galileo-effect` barrels: whole namespaces of `effect` kept), "deep" every module by its path
 * (the leanest each can be, so the difference is every byte the services bring, of `effect` too).
 */
const programs = (style: "barrel" | "deep") => {
  const head = style === "barrel"
    ? `import { Effect, Redacted, Schema } from "effect"
import { Galileo, GalileoHttpClient } from ${src("index")}`
    : `import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as Galileo from ${src("Galileo")}
import * as GalileoHttpClient from ${src("GalileoHttpClient")}`
  const authOnly = `${head}
const CurrentUser = Schema.Struct({ id: Schema.String, email: Schema.String })
const layer = Galileo.layer({ apiKey: Redacted.make("galileo-api-key"), baseUrl: "https://api.galileo.ai" })
Effect.runPromise(GalileoHttpClient.getJson("current_user", CurrentUser).pipe(Effect.provide(layer)))
  .then((user) => console.log(user.email))
`
  const withProjects = `${authOnly}
import * as Projects from ${src("Projects")}
Effect.runPromise(
  Effect.flatMap(Projects.Projects, (projects) => projects.list()).pipe(
    Effect.provide(Projects.layer),
    Effect.provide(layer)
  )
).then((all) => console.log(all.length))
`
  const withAllSix = `${authOnly}
${groups.map((name) => `import * as ${name} from ${src(name)}`).join("\n")}
const all = Effect.all([
  Effect.flatMap(Projects.Projects, (s) => s.list()),
  Effect.flatMap(LogStreams.LogStreams, (s) => s.list("p")),
  Effect.flatMap(Traces.Traces, (s) => s.get("p", "t")),
  Effect.flatMap(Datasets.Datasets, (s) => s.list()),
  Effect.flatMap(Experiments.Experiments, (s) => s.list("p")),
  Effect.flatMap(Prompts.Prompts, (s) => s.listTemplates("p"))
]).pipe(
  ${groups.map((name) => `Effect.provide(${name}.layer),`).join("\n  ")}
  Effect.provide(layer)
)
Effect.runPromise(all).then((answers) => console.log(answers.length))
`
  return { authOnly, withProjects, withAllSix }
}

const bundle = async (contents: string) => {
  const result = await build({
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
  const output = result.outputFiles[0]?.contents ?? new Uint8Array()
  const [meta] = Object.values(result.metafile.outputs)
  const inputs = Object.entries(meta?.inputs ?? {}).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path)
  return { raw: output.byteLength, gzip: gzipSync(output, { level: 9 }).byteLength, inputs }
}

const serviceCode = (path: string) =>
  path.includes("src/generated/") || path.endsWith("src/internal/generated.ts") ||
  groups.some((name) => path.endsWith(`src/${name}.ts`))

describe.each(["barrel", "deep"] as const)("bundle cost of the API group services, %s imports", (style) => {
  it("auth only: nothing of them; with Projects: the Projects group only; all six: each group once", async () => {
    const program = programs(style)
    const auth = await bundle(program.authOnly)
    const projects = await bundle(program.withProjects)
    const six = await bundle(program.withAllSix)
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
    for (
      const [name, b] of [["auth only", auth], ["auth + Projects.list", projects], ["auth + all six", six]] as const
    ) {
      console.log(
        `bundle (${style}): ${name.padEnd(22)} ${String(b.raw).padStart(7)} B raw  ${String(b.gzip).padStart(6)} B gz`
      )
    }
    console.log(
      `bundle (${style}): Projects adds ${projects.gzip - auth.gzip} B gz (${kb(projects.gzip - auth.gzip)}); ` +
        `all six add ${six.gzip - auth.gzip} B gz (${kb(six.gzip - auth.gzip)})`
    )

    // the auth core's program pays nothing: not one input of the services or the generated contract
    expect(auth.inputs.filter(serviceCode)).toEqual([])
    expect(auth.inputs.filter((path) => path.includes("src/contract/")).length).toBeGreaterThan(0)
    // Projects brings its own group, the adapter, and no other group
    expect(projects.inputs.filter(serviceCode).sort()).toEqual(
      ["src/Projects.ts", "src/generated/Projects.ts", "src/internal/generated.ts"]
    )
    expect(six.inputs.filter(serviceCode).length).toBe(13)
    expect(projects.gzip).toBeGreaterThan(auth.gzip)
    // the budgets these figures keep (gzip bytes over the auth-only program)
    expect(projects.gzip - auth.gzip).toBeLessThan(10 * 1024)
    expect(six.gzip - auth.gzip).toBeLessThan(48 * 1024)
  }, 60_000)
})
