// Before packing: the README, CHANGELOG and LICENSE are the repository's, one set for both lines,
// copied in beside this line's package.json (a copy that already has them, as the package test
// makes, keeps its own).
import { copyFileSync, existsSync } from "node:fs"
import { join } from "node:path"

for (const file of ["README.md", "CHANGELOG.md", "LICENSE"]) {
  const from = join("..", file)
  if (existsSync(from)) copyFileSync(from, file)
}
