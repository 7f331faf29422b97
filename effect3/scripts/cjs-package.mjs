// Marks dist/cjs as CommonJS inside this "type": "module" package.
import { writeFileSync } from "node:fs"

writeFileSync("dist/cjs/package.json", JSON.stringify({ type: "commonjs" }, null, 2) + "\n")
