// One line's `npm test` (run from effect3/ or effect4/): type-check, lint, docs, then vitest, every
// step on the Node that runs this script. Its directory goes first on PATH, so a test's `npm` or
// `node` child runs on it too: without that, the root's node_modules/.bin/node (Node 22, for the
// Effect 4 line) would shadow the system's Node in the Effect 3 leg. Extra arguments go to vitest.
import { spawnSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { delimiter, dirname } from "node:path"
import { requireFloor } from "./engines.mjs"

const json = (path) => JSON.parse(readFileSync(path, "utf8"))
const pkg = json("package.json")
const effect = json("node_modules/effect/package.json").version
requireFloor(".")
console.log(`\n== galileo-effect ${pkg.version}: node ${process.version}, effect ${effect} ==\n`)

const env = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ""}` }
const steps = [
  ["node_modules/typescript/bin/tsc", "--noEmit", "-p", "tsconfig.json"],
  ["node_modules/eslint/bin/eslint.js", "."],
  ["node_modules/typedoc/bin/typedoc"],
  ["node_modules/vitest/vitest.mjs", "run", ...process.argv.slice(2)]
]
for (const step of steps) {
  const result = spawnSync(process.execPath, step, { stdio: "inherit", env })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
console.log(`\n== galileo-effect ${pkg.version} passed on node ${process.version}, effect ${effect} ==`)
