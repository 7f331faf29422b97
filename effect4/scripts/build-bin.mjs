// Bundles the CLI into dist/bin, self-contained with Effect 4 inside (the `galileo-effect`
// executable needs none of the peers):
// - galileo-effect.mjs, the entry, reads the command line with no dependency: `--help`,
//   `--version` and usage errors never load Effect; a command loads the bundle that runs it;
// - auth-<hash>.cjs (`token`, `login`; entry `src/cli/AuthCommands.ts`) and server-<hash>.cjs
//   (`serve`, `demo`; entry `src/cli/Serve.ts`): CommonJS, each whole, which the entry compiles
//   with a V8 code cache of its own (see `src/bin.ts`), used only with the bundle whose name (and
//   content hash) it starts with;
// - undici-<hash>.cjs, which `@effect/platform-node`'s undici client requires only when TLS
//   settings ask for it.
// `node:https` (and with it node:tls and node:crypto) is loaded at the first https call, not at
// start (see `lazyHttps`): `token` against an http:// URL never loads it.
// The esbuild metafiles are merged into dist/bin.meta.json (`node scripts/build-bin.mjs --analyze`
// also prints the largest inputs of each file).
import { build } from "esbuild"
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { basename, join } from "node:path"
import { fileURLToPath } from "node:url"

const outdir = "dist/bin"

const common = {
  bundle: true,
  platform: "node",
  target: "node22",
  minify: true,
  metafile: true,
  write: false,
  outdir,
  logLevel: "warning"
}

/**
 * `@effect/platform-node`'s node:http client reads `http` and `https` from its `internal/http.js`,
 * which requires both at once; `https` pulls node:tls and node:crypto (~12 ms of CPU, a sixth of
 * what `token` cost over `node -e 0`). The module is rebuilt with the same `http`, and an `https` whose
 * module is required at the first https request: its `Agent` keeps the options until then (the
 * client makes its agents when its Layer is built, and destroys them with its scope). The module
 * and the two uses of `https` the client makes are checked as they are: anything else fails the
 * build, rather than ship a client that cannot call https.
 */
const lazyHttps = {
  name: "lazy-https",
  setup(b) {
    b.onLoad({ filter: /[\\/]@effect[\\/]platform-node[\\/]dist[\\/]internal[\\/]http\.js$/ }, async (args) => {
      const text = readFileSync(args.path, "utf8")
      const client = readFileSync(join(args.path, "..", "..", "NodeHttpClient.js"), "utf8")
      const uses = client.match(/\bhttps\.\w+/g) ?? []
      const expected =
        /export const http = \/\*#__PURE__\*\/require\("node:http"\);\s*export const https = \/\*#__PURE__\*\/require\("node:https"\);/
      const known = expected.test(text) && uses.join(" ") === "https.Agent https.request" &&
        client.includes("agent: agent.https")
      if (!known) {
        return { errors: [{ text: `${args.path} is not the module lazy-https knows: review the plugin` }] }
      }
      return {
        contents: `export const http = process.getBuiltinModule("node:http")
let loaded
const load = () => loaded ??= process.getBuiltinModule("node:https")
class Agent {
  #options
  #agent
  constructor(options) { this.#options = options }
  get agent() { return this.#agent ??= new (load().Agent)(this.#options) }
  destroy() { this.#agent?.destroy() }
}
export const https = {
  Agent,
  request: (url, options) =>
    load().request(url, { ...options, agent: options.agent instanceof Agent ? options.agent.agent : options.agent })
}
`,
        loader: "js"
      }
    })
  }
}

const commonJs = { format: "cjs", entryNames: "[name]-[hash]", outExtension: { ".js": ".cjs" } }

// 1. undici (the one `@effect/platform-node` resolves), on its own: the bundles require it when
//    TLS settings need the undici client
const platformNode = createRequire(fileURLToPath(import.meta.resolve("@effect/platform-node/NodeHttpClient")))
const undici = await build({ ...common, ...commonJs, entryPoints: { undici: platformNode.resolve("undici") } })
const undiciFile = basename(undici.outputFiles[0].path)

// 2. the bundles of the commands, each whole (CommonJS: the entry compiles them with `vm.Script`)
const bundles = await build({
  ...common,
  ...commonJs,
  entryPoints: { auth: "src/cli/AuthCommands.ts", server: "src/cli/Serve.ts" },
  plugins: [
    lazyHttps,
    {
      name: "undici",
      setup: (b) => b.onResolve({ filter: /^undici$/ }, () => ({ path: `./${undiciFile}`, external: true }))
    }
  ]
})
const nameOf = (entry) => {
  const found = Object.entries(bundles.metafile.outputs).find(([, output]) => output.entryPoint === entry)
  if (found === undefined) throw new Error(`no bundle for ${entry}`)
  return `./${basename(found[0])}`
}
for (const [file, output] of Object.entries(bundles.metafile.outputs)) {
  // the entry compiles a bundle with no dynamic import() callback
  const dynamic = output.imports.filter((i) => i.kind === "dynamic-import")
  if (dynamic.length > 0) throw new Error(`${file} imports ${dynamic.map((i) => i.path).join(", ")} dynamically`)
}

// 3. the entry, which knows the bundles by name
const entry = await build({
  ...common,
  entryPoints: { "galileo-effect": "src/bin.ts" },
  format: "esm",
  outExtension: { ".js": ".mjs" },
  define: {
    GALILEO_EFFECT_AUTH: JSON.stringify(nameOf("src/cli/AuthCommands.ts")),
    GALILEO_EFFECT_SERVER: JSON.stringify(nameOf("src/cli/Serve.ts"))
  }
})

/**
 * Each file is written beside its place, then renamed into it (atomic), the entry last; then the
 * files of earlier builds are removed once they are ten minutes old. A CLI spawned meanwhile (a
 * test file running beside this build, another test run building from edited sources) finds a
 * whole CLI, the earlier one or this one, and the bundle it loads is still there.
 */
const replace = (path, contents) => {
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, contents)
  renameSync(temporary, path)
}
mkdirSync(outdir, { recursive: true })
const outputs = [...undici.outputFiles, ...bundles.outputFiles, ...entry.outputFiles]
for (const file of outputs) replace(file.path, file.contents)
const built = new Set(outputs.map((file) => basename(file.path)))
const stale = Date.now() - 10 * 60_000
for (const name of readdirSync(outdir)) {
  const path = join(outdir, name)
  // another build's file on its way in is left alone
  if (built.has(name) || name.endsWith(".tmp")) continue
  if ((statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < stale) rmSync(path, { force: true })
}
const metafile = {
  inputs: { ...undici.metafile.inputs, ...bundles.metafile.inputs, ...entry.metafile.inputs },
  outputs: { ...undici.metafile.outputs, ...bundles.metafile.outputs, ...entry.metafile.outputs }
}
replace("dist/bin.meta.json", JSON.stringify(metafile))

if (process.argv.includes("--analyze")) {
  for (const [file, output] of Object.entries(metafile.outputs)) {
    const sizes = new Map()
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? input.replace(/\/[^/]+$/, "")
      sizes.set(pkg, (sizes.get(pkg) ?? 0) + bytesInOutput)
    }
    const top = [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 8)
    const imports = output.imports.filter((i) => !i.path.startsWith("node:")).map((i) => `${i.path} (${i.kind})`)
    console.log(`${file} ${(output.bytes / 1024).toFixed(1)} KiB`)
    console.log(`  largest: ${top.map(([k, v]) => `${k} ${(v / 1024).toFixed(1)}`).join(", ")}`)
    if (imports.length > 0) console.log(`  imports: ${imports.join(", ")}`)
  }
}
