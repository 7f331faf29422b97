// Bundles the CLI into dist/bin: one self-contained bundle with Effect 4 inside (the `galileo-effect`
// executable needs none of the peers), ESM, code-split so each command loads only what it uses.
// - dist/bin/galileo-effect.mjs reads the command line with no dependency: `--help`,
//   `--version` and usage errors never load Effect;
// - `token` and `login` load Effect, the client and the node:http client of
//   `@effect/platform-node/NodeHttpClient`; undici (which that module imports lazily) only when
//   TLS settings ask for it (see `undiciNamedExports`); `serve` and `demo` load the embedded server.
// The esbuild metafile is written to dist/bin.meta.json (`node scripts/build-bin.mjs --analyze` also
// prints the largest inputs of each chunk).
import { build } from "esbuild"
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs"
import { basename, dirname, join } from "node:path"

/**
 * `@effect/platform-node/Undici` is `export * from "undici"` (CommonJS), loaded with `import()` when
 * TLS settings need the undici client. Split into a chunk of its own, esbuild gives that chunk's
 * namespace only `default` (the star re-export of a CommonJS module is resolved at run time, into
 * an object the chunk does not export), so `Agent` was undefined. The module is rebuilt with each
 * export of undici named: the names `module.exports.<name> =` of undici's index (the same list
 * Node's CommonJS lexer finds). Without them the build fails, rather than ship a TLS client that
 * cannot start.
 */
const undiciNamedExports = {
  name: "undici-named-exports",
  setup(b) {
    b.onLoad({ filter: /[\\/]@effect[\\/]platform-node[\\/]dist[\\/]Undici\.js$/ }, async (args) => {
      const resolveDir = dirname(args.path)
      const undici = await b.resolve("undici", { kind: "import-statement", resolveDir })
      const names = [...new Set([...readFileSync(undici.path, "utf8").matchAll(/module\.exports\.(\w+)\s*=/g)].map((m) => m[1]))]
      if (!names.includes("Agent")) {
        return { errors: [{ text: `undici's exports were not found in ${undici.path}: the CLI's TLS client needs Agent` }] }
      }
      return {
        contents: `import Undici from "undici"\nexport default Undici\nexport const { ${names.join(", ")} } = Undici\n`,
        resolveDir,
        loader: "js"
      }
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
  target: "node22",
  minify: true,
  metafile: true,
  write: false,
  plugins: [undiciNamedExports],
  outExtension: { ".js": ".mjs" },
  // the CommonJS packages bundled in (undici) call `require` for Node's built-ins
  banner: { js: "import { createRequire as __cr } from \"node:module\"; const require = __cr(import.meta.url);" },
  logLevel: "warning"
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
