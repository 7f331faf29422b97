import { measure } from "../scripts/bundle-size.mjs"
const r = await measure("deep")
console.log("lib", r.library.raw, r.library.gzip, "base", r.baseline.raw, r.baseline.gzip, "extra gz", r.extraGzip, (r.extraGzip/1024).toFixed(2), "over goal by", r.extraGzip - 10240)
