// Bundles the CLI into dist/bin (ESM, code-split so `serve` and `demo` load the server lazily),
// which keeps `galileo-effect --help` and `galileo-effect token` quick to start.
import { build } from "esbuild"
import { rmSync } from "node:fs"

rmSync("dist/bin", { recursive: true, force: true })

await build({
  entryPoints: { "galileo-effect": "src/bin.ts" },
  outdir: "dist/bin",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: true,
  outExtension: { ".js": ".mjs" },
  banner: { js: "import { createRequire as __cr } from \"node:module\"; const require = __cr(import.meta.url);" },
  logLevel: "warning"
})
