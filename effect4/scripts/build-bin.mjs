// Bundles the CLI into dist/bin: one self-contained bundle with Effect 4 inside (the `galileo-effect`
// executable needs none of the peers), ESM, code-split so each command loads only what it uses.
// - dist/bin/galileo-effect.mjs reads the command line with no dependency: `--help`,
//   `--version` and usage errors never load Effect;
// - `token` and `login` load Effect, the client and the node:http client of
//   `@effect/platform-node/NodeHttpClient`; undici (which that module imports lazily) only when
//   TLS settings ask for it; `serve` and `demo` load the embedded server.
// The esbuild metafile is written to dist/bin.meta.json (`node scripts/build-bin.mjs --analyze` also
// prints the largest inputs of each chunk).
import { build } from "esbuild"
import { rmSync, writeFileSync } from "node:fs"

rmSync("dist/bin", { recursive: true, force: true })

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
  outExtension: { ".js": ".mjs" },
  // the CommonJS packages bundled in (undici) call `require` for Node's built-ins
  banner: { js: "import { createRequire as __cr } from \"node:module\"; const require = __cr(import.meta.url);" },
  logLevel: "warning"
})

writeFileSync("dist/bin.meta.json", JSON.stringify(result.metafile))

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
