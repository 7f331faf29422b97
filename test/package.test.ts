import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { execFileSync } from "node:child_process"
import {
  copyFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as Spawn from "./support/Spawn.js"

const root = new URL("..", import.meta.url).pathname

/** What the package is built and packed from. */
const packed = [
  "package.json",
  "README.md",
  "CHANGELOG.md",
  "LICENSE",
  "src",
  "scripts",
  "tsconfig.json",
  "tsconfig.build.json",
  "tsconfig.build.cjs.json"
]
const installed = (name: string): string =>
  JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")).version

describe("the published package", () => {
  it.effect(
    "packs, installs into a fresh project, and works from ESM, CJS, TypeScript and the bin",
    () =>
      Effect.gen(function*() {
        const dir = mkdtempSync(join(tmpdir(), "galileo-effect-pack-"))
        yield* Effect.addFinalizer(() => Effect.sync(() => rmSync(dir, { recursive: true, force: true })))
        // pack a copy, so its prepack build does not touch the dist/ other tests run from
        const copy = join(dir, "source")
        for (const entry of packed) cpSync(join(root, entry), join(copy, entry), { recursive: true })
        symlinkSync(join(root, "node_modules"), join(copy, "node_modules"))
        execFileSync("npm", ["pack", "--silent", "--pack-destination", dir], { cwd: copy, stdio: "pipe" })
        const tarball = readdirSync(dir).find((f) => f.endsWith(".tgz")) ?? ""
        expect(tarball).toMatch(/^galileo-effect-\d+\.\d+\.\d+\.tgz$/)
        const listing = execFileSync("tar", ["-tzf", join(dir, tarball)], { encoding: "utf8" })
        expect(listing).toContain("package/dist/esm/index.d.ts")
        expect(listing).toContain("package/dist/cjs/index.js")
        expect(listing).toContain("package/dist/bin/galileo-effect.mjs")
        expect(listing).not.toContain("package/test/")
        expect(listing).not.toContain("package/node_modules/")

        const app = join(dir, "app")
        execFileSync("mkdir", ["-p", app])
        writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }))
        const deps = ["effect", "@effect/platform", "@effect/platform-node", "typescript", "@types/node"].map(
          (name) => `${name}@${installed(name)}`
        )
        execFileSync(
          "npm",
          ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", join(dir, tarball), ...deps],
          { cwd: app, stdio: "pipe" }
        )
        expect(JSON.stringify(readdirSync(join(app, "node_modules")))).not.toContain("@effect/schema")
        for (const file of ["esm.mjs", "cjs.cjs", "consumer.ts"]) {
          copyFileSync(join(root, "test/package", file), join(app, file))
        }

        const esm = yield* Spawn.run(process.execPath, [join(app, "esm.mjs")])
        expect([esm.code, esm.stdout]).toEqual([0, "esm ok user-1 user-1@galileo.test\n"])
        const cjs = yield* Spawn.run(process.execPath, [join(app, "cjs.cjs")])
        expect([cjs.code, cjs.stdout]).toEqual([0, "cjs ok user-1 ConfigError\n"])

        writeFileSync(
          join(app, "tsconfig.json"),
          JSON.stringify({
            compilerOptions: {
              strict: true,
              exactOptionalPropertyTypes: true,
              module: "NodeNext",
              moduleResolution: "NodeNext",
              target: "ES2022",
              noEmit: true,
              skipLibCheck: false,
              types: ["node"]
            },
            files: ["consumer.ts"]
          })
        )
        const tsc = yield* Spawn.run(process.execPath, [join(app, "node_modules/typescript/bin/tsc"), "-p", app])
        expect(tsc.stdout + tsc.stderr).toBe("")
        expect(tsc.code).toBe(0)

        const help = yield* Spawn.run(join(app, "node_modules/.bin/galileo-effect"), ["--help"])
        expect(help.code).toBe(0)
        expect(help.stdout).toContain("galileo-effect")
      }).pipe(Effect.scoped),
    { timeout: 240_000 }
  )
})
