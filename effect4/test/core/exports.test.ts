// Copied from core/test/exports.test.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * The server's wing is no public entry point: the export map blocks `core/*` and `server/*`
 * as it blocks `internal/*` (only `galileo-effect/testing` reaches the embedded server). Resolved
 * by Node itself through the package's self-reference, so no build is needed: a blocked subpath
 * fails with ERR_PACKAGE_PATH_NOT_EXPORTED, an exported one resolves or is only not built yet.
 */
import { createRequire } from "node:module"
import { describe, expect, it } from "vitest"

const require = createRequire(import.meta.url)

const resolution = (specifier: string): string => {
  try {
    require.resolve(specifier)
    return "exported"
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined
    return code === "ERR_PACKAGE_PATH_NOT_EXPORTED"
      ? "blocked"
      : code === "MODULE_NOT_FOUND"
      ? "exported"
      : String(code)
  }
}

describe("package exports", () => {
  it("block the server's core and its Effect adapter, as they block internal/", () => {
    expect(
      [
        "galileo-effect/core/server/jwt",
        "galileo-effect/core/server/state",
        "galileo-effect/server/server",
        "galileo-effect/server/api",
        "galileo-effect/internal/config",
        "galileo-effect/Galileo",
        "galileo-effect/testing"
      ].map((s) => [s, resolution(s)])
    ).toEqual([
      ["galileo-effect/core/server/jwt", "blocked"],
      ["galileo-effect/core/server/state", "blocked"],
      ["galileo-effect/server/server", "blocked"],
      ["galileo-effect/server/api", "blocked"],
      ["galileo-effect/internal/config", "blocked"],
      ["galileo-effect/Galileo", "exported"],
      ["galileo-effect/testing", "exported"]
    ])
  })
})
