// Bundles the CLI into dist/bin: ESM, code-split so each command loads only what it uses.
// - dist/bin/galileo-effect.mjs reads the command line with no dependency: `--help`,
//   `--version` and usage errors never load Effect;
// - `token` and `login` load Effect, the client and @effect/platform's fetch client; undici
//   only when TLS settings ask for it; `serve` and `demo` load the embedded server.
// Effect's Schema module imports fast-check (for `Arbitrary`, which the CLI never calls): it
// is replaced by an empty module. The esbuild metafile is written to dist/bin.meta.json
// (`node scripts/build-bin.mjs --analyze` also prints the largest inputs of each chunk).
import { build } from "esbuild"
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs"
import { basename, dirname, join, resolve, sep } from "node:path"

/** Modules the CLI never runs, replaced by an empty module. */
const unused = /^(fast-check|pure-rand)$/

const stubUnused = {
  name: "stub-unused",
  setup(b) {
    b.onResolve({ filter: unused }, (args) => ({ path: args.path, namespace: "unused" }))
    b.onLoad({ filter: /.*/, namespace: "unused" }, () => ({ contents: "export {}", loader: "js" }))
  }
}

/**
 * `token` and `login` use the node:http client of `@effect/platform-node/NodeHttpClient`, whose
 * module also holds the undici client (and imports undici, 500 KiB that takes ~100 ms to load).
 * esbuild splits by file, so the CLI's import of that module is pointed at the file that holds
 * the node:http client only; undici then lands in the chunk of the TLS client (NodeGalileo),
 * loaded only when TLS settings are given. If the module's layout changes, the shim is skipped
 * (with a warning) and the bundle is merely slower.
 */
const nodeHttpClientOnly = {
  name: "node-http-client-only",
  setup(b) {
    b.onResolve({ filter: /^@effect\/platform-node\/NodeHttpClient$/ }, async (args) => {
      if (args.pluginData === "resolving" || !args.importer.includes(`${sep}src${sep}cli${sep}`)) return undefined
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: "resolving"
      })
      const source = readFileSync(resolved.path, "utf8")
      const internal = join(dirname(resolved.path), "internal", "httpClient.js")
      if (!source.includes("export const layer = internal.layer") || !existsSync(internal)) {
        return { ...resolved, warnings: [{ text: "NodeHttpClient changed: the CLI's token command carries undici" }] }
      }
      return { path: internal, namespace: "node-http-client", pluginData: dirname(internal) }
    })
    b.onLoad({ filter: /.*/, namespace: "node-http-client" }, (args) => ({
      contents: `export { layer } from ${JSON.stringify(args.path)}`,
      resolveDir: args.pluginData,
      loader: "js"
    }))
  }
}

/**
 * `import { Effect, Layer } from "effect"` loads effect's index, which imports every module of
 * the package, and esbuild keeps each module's top-level code it cannot prove pure: the `token`
 * bundle weighed 710 KiB with those barrel imports and 313 KiB without. In the CLI bundle only
 * (the library's own build is untouched), a named import of a namespace that a barrel
 * re-exports (`export * as Effect from "./Effect.js"`) becomes a deep import
 * (`import * as Effect from "effect/Effect"`), which is the same module; any other name stays
 * on the barrel.
 */
const barrels = ["effect", "@effect/platform", "@effect/platform-node"]

const namespacesOf = (pkg) => {
  const index = readFileSync(`node_modules/${pkg}/dist/esm/index.js`, "utf8")
  return new Set([...index.matchAll(/export \* as (\w+) from "\.\/(\w+)\.js"/g)].filter((m) => m[1] === m[2]).map((m) => m[1]))
}

const deepImports = {
  name: "deep-imports",
  setup(b) {
    const namespaces = new Map(barrels.map((pkg) => [pkg, namespacesOf(pkg)]))
    const pattern = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*"(${barrels.join("|").replace(/\//g, "\\/")})"`, "g")
    const sources = `${resolve("src")}${sep}`
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      if (!args.path.startsWith(sources)) return undefined
      const contents = readFileSync(args.path, "utf8").replace(pattern, (statement, names, pkg) => {
        const specifiers = names.split(",").map((s) => s.trim()).filter((s) => s !== "" && !s.startsWith("type "))
        const deep = specifiers.filter((s) => namespaces.get(pkg).has(s))
        const rest = specifiers.filter((s) => !namespaces.get(pkg).has(s))
        return [
          ...deep.map((name) => `import * as ${name} from "${pkg}/${name}"`),
          ...(rest.length === 0 ? [] : [`import { ${rest.join(", ")} } from "${pkg}"`])
        ].join(";")
      })
      return { contents, loader: "ts" }
    })
  }
}

const result = await build({
  entryPoints: { "galileo-effect": "src/bin.ts" },
  outdir: "dist/bin",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: true,
  metafile: true,
  write: false,
  plugins: [stubUnused, nodeHttpClientOnly, deepImports],
  outExtension: { ".js": ".mjs" },
  banner: { js: "import { createRequire as __cr } from \"node:module\"; const require = __cr(import.meta.url);" },
  logLevel: "warning",
  logOverride: { "import-is-undefined": "silent" }
})

/**
 * Each file is written beside its place, then renamed into it (atomic), the entry last; then the
 * chunks of earlier builds are removed once they are ten minutes old. A CLI spawned meanwhile (a
 * test file running beside this build, another test run building from edited sources) finds a
 * whole bundle, the earlier one or this one, and the chunks it loads later are still there.
 */
const replace = (path, contents) => {
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, contents)
  renameSync(temporary, path)
}
mkdirSync("dist/bin", { recursive: true })
const entry = join("dist/bin", "galileo-effect.mjs")
const outputs = [...result.outputFiles].sort((a, b) => Number(a.path.endsWith(entry)) - Number(b.path.endsWith(entry)))
for (const file of outputs) replace(file.path, file.contents)
const built = new Set(outputs.map((file) => basename(file.path)))
const stale = Date.now() - 10 * 60_000
for (const name of readdirSync("dist/bin")) {
  const path = join("dist/bin", name)
  // another build's file on its way in is left alone
  if (built.has(name) || name.endsWith(".tmp")) continue
  if ((statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < stale) rmSync(path, { force: true })
}
replace("dist/bin.meta.json", JSON.stringify(result.metafile))

if (process.argv.includes("--analyze")) {
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    const sizes = new Map()
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? input.replace(/\/[^/]+$/, "")
      sizes.set(pkg, (sizes.get(pkg) ?? 0) + bytesInOutput)
    }
    const top = [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 8)
    const imports = output.imports.filter((i) => !i.external).map((i) =>
      `${i.path.replace("dist/bin/", "")}${i.kind === "dynamic-import" ? " (lazy)" : ""}`
    )
    console.log(`${file} ${(output.bytes / 1024).toFixed(1)} KiB`)
    console.log(`  largest: ${top.map(([k, v]) => `${k} ${(v / 1024).toFixed(1)}`).join(", ")}`)
    if (imports.length > 0) console.log(`  imports: ${imports.join(", ")}`)
  }
}
