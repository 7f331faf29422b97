// The Effect-free core (core/) is written once and copied into each line's source tree, so that
// each line compiles it against its own `effect` and packs it as its own source. `--check` only
// compares: it fails, naming every file, when a line's copy differs from core/ (edit core/, then run
// `npm run sync-core`).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { dirname, join, relative } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const lines = ["effect3", "effect4"]
const pairs = [["core/src", "src/core"], ["core/test", "test/core"]]
const check = process.argv.includes("--check")

const filesUnder = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? filesUnder(join(dir, entry.name)).map((f) => join(entry.name, f)) : [entry.name]
    )
    : []

const header = (from) =>
  `// Copied from ${from} by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.\n`
const expected = (from) => {
  const text = readFileSync(join(root, from), "utf8")
  return from.endsWith(".ts") ? header(from) + text : text
}

const drift = []
for (const line of lines) {
  if (!existsSync(join(root, line))) continue
  for (const [source, target] of pairs) {
    const wanted = new Map(filesUnder(join(root, source)).map((f) => [f, expected(join(source, f))]))
    const present = filesUnder(join(root, line, target))
    for (const file of present) {
      if (!wanted.has(file)) {
        drift.push(`${line}/${target}/${file} (not in ${source})`)
        if (!check) rmSync(join(root, line, target, file))
      }
    }
    for (const [file, text] of wanted) {
      const path = join(root, line, target, file)
      const actual = existsSync(path) ? readFileSync(path, "utf8") : undefined
      if (actual === text) continue
      drift.push(`${relative(root, path)} (${actual === undefined ? "missing" : "differs from " + join(source, file)})`)
      if (!check) {
        mkdirSync(dirname(path), { recursive: true })
        writeFileSync(path, text)
      }
    }
  }
}
if (check && drift.length > 0) {
  console.error(`The lines' copies of the core drifted from core/ (run \`npm run sync-core\`):\n  ${drift.join("\n  ")}`)
  process.exit(1)
}
if (!check) console.log(drift.length === 0 ? "core: both lines up to date" : `core: wrote ${drift.length} file(s)`)
