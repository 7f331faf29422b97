import { measure } from "../scripts/bundle-size.mjs"
const r = await measure("deep")
console.log(Object.entries(r.library.inputs).filter(([p]) => !(p in r.baseline.inputs) && !p.startsWith("src/")).map(([p,b]) => `${b} ${p}`).join("\n"))
