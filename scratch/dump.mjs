import { build } from "esbuild"
import { programs } from "../scripts/bundle-size.mjs"
const r = await build({ stdin: { contents: programs.deep.library, resolveDir: process.cwd(), loader: "ts", sourcefile: "entry.ts" }, bundle: true, minifySyntax: true, minifyWhitespace: false, minifyIdentifiers: false, format: "esm", platform: "browser", target: "es2022", write: true, outfile: "scratch/out.js", logLevel: "silent" })
