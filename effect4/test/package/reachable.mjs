// The files of the installed package that something can reach: `node reachable.mjs` (add
// `--conditions=types` for the declarations) prints them as JSON, one path per file relative to
// the package. Every file of the package is tried as an import specifier
// (`galileo-effect/<path without extension>`); what Node's own resolution (the export map, this
// process's conditions) turns it into is an entry, from `import` and from `require`. From the
// entries and the bin, the relative imports are followed (static, dynamic, `require`, `import("…")`
// types, and the files a module locates with `new URL("./…", import.meta.url)`, as the bin does its
// bundles), then the source maps of what was reached and the sources they name.
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"

const name = "galileo-effect"
const require = createRequire(import.meta.url)
const root = dirname(require.resolve(`${name}/package.json`))
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"))

const filesUnder = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]
  )

const attempt = (f) => {
  try {
    return f()
  } catch {
    return undefined
  }
}

const entries = new Set()
for (const file of filesUnder(root)) {
  const path = relative(root, file)
  const bare = path.replace(/(\.d)?\.(m|c)?(js|ts)$/, "")
  const inDist = /^dist\/(?:esm|cjs)\/(.*)$/.exec(bare)?.[1]
  const subpaths = [bare, ...(inDist === undefined ? [] : [inDist, inDist.replace(/(^|\/)index$/, "")])]
  for (const subpath of subpaths) {
    const specifier = subpath === "" ? name : `${name}/${subpath}`
    const imported = attempt(() => fileURLToPath(import.meta.resolve(specifier)))
    const required = attempt(() => require.resolve(specifier))
    for (const found of [imported, required]) if (found !== undefined) entries.add(found)
  }
}
for (const bin of Object.values(typeof manifest.bin === "string" ? { [name]: manifest.bin } : manifest.bin ?? {})) {
  entries.add(join(root, bin))
}

/** Relative module specifiers of a JavaScript or declaration file (minified or not). */
const specifiers = (text) =>
  [
    ...text.matchAll(/(?:\bfrom|\bimport|\brequire\(|\bimport\(|\bnew URL\()\s*["'](\.{1,2}\/[^"']+)["']/g)
  ].map((m) => m[1])

/** The declaration file of a JavaScript file, and the other way round. */
const twin = (file) =>
  /\.d\.(m|c)?ts$/.test(file) ? file.replace(/\.d\.(m|c)?ts$/, ".$1js") : file.replace(/\.(m|c)?js$/, ".d.$1ts")

/** A relative specifier as the file it names (in a declaration file, `./x.js` names `./x.d.ts`). */
const target = (from, specifier) => {
  const path = resolve(dirname(from), specifier)
  const candidates = /\.d\.(m|c)?ts$/.test(from) ? [twin(path), path] : [path, twin(path)]
  return candidates.find((c) => existsSync(c))
}

const reached = new Set()
const visit = (file) => {
  if (reached.has(file) || !existsSync(file)) return
  reached.add(file)
  for (const map of [`${file}.map`]) {
    if (!existsSync(map)) continue
    reached.add(map)
    const { sources = [] } = JSON.parse(readFileSync(map, "utf8"))
    for (const source of sources) reached.add(resolve(dirname(map), source))
  }
  if (!/\.(m|c)?(js|ts)$/.test(file)) return
  // a module's types go with it
  visit(twin(file))
  for (const specifier of specifiers(readFileSync(file, "utf8"))) {
    const next = target(file, specifier)
    if (next !== undefined) visit(next)
  }
}
for (const entry of entries) visit(entry)

// a folder's package.json marks its module format (dist/cjs is CommonJS in a "type": "module" package)
for (const file of [...reached]) {
  const marker = join(dirname(file), "package.json")
  if (existsSync(marker)) reached.add(marker)
}

console.log(JSON.stringify([...reached].map((f) => relative(root, f)).filter((f) => !f.startsWith("..")).sort()))
