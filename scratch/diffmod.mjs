import { build } from "esbuild"
import { programs } from "../scripts/bundle-size.mjs"
const mod = process.argv[2]
const names = async (contents) => {
  const r = await build({ stdin: { contents, resolveDir: process.cwd(), loader: "ts", sourcefile: "entry.ts" }, bundle: true, minifySyntax: true, format: "esm", platform: "browser", target: "es2022", write: false, logLevel: "silent" })
  const text = r.outputFiles[0].text
  const re = new RegExp(`// node_modules/${mod.replace(/[./]/g, (c) => "\\" + c)}\\n([\\s\\S]*?)(?=\\n// |$)`, "g")
  let out = ""
  for (const m of text.matchAll(re)) out += m[1]
  return out
}
const lib = await names(programs.deep.library), base = await names(programs.deep.baseline)
const decls = (t) => new Map([...t.matchAll(/^(?:var |  |}, |\), )?([A-Za-z_$][\w$]*) = /gm)].map((m) => [m[1], m.index]))
const L = decls(lib), B = decls(base)
const only = [...L.keys()].filter((k) => !B.has(k))
console.log(mod, "lib", lib.length, "base", base.length)
console.log(only.join(" "))
