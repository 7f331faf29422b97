/**
 * The Effect 4 CLI's start-up machinery (this line only: the CLI bundle is built from the Effect 4
 * line, the Effect 3 package keeps its own): `node:https` loaded at the first https request
 * (`lazy-https` in scripts/build-bin.mjs), and the V8 code cache of each command's bundle (src/bin.ts),
 * written after a successful run only, used only with the bundle it was made from.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { GalileoServer } from "../../src/testing/index.js"
import * as Certs from "../support/Certs.js"
import * as Spawn from "../support/Spawn.js"

const tempDir = Effect.acquireRelease(
  Effect.sync(() => mkdtempSync(join(tmpdir(), "galileo-effect-startup-"))),
  (dir) => Effect.sync(() => rmSync(dir, { recursive: true, force: true }))
)

/** The code caches of the CLI in a compile cache directory (Node adds a folder per version). */
const caches = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => /galileo-effect-token-[0-9a-f]{8}\.v8$/.test(f))

describe("galileo-effect CLI start-up (Effect 4 line)", () => {
  it.live.skipIf(!Certs.available())(
    "token over https with no TLS flag: the node:http client loads node:https when it first needs it",
    () =>
      Effect.gen(function*() {
        const certs = yield* Certs.make
        const dir = yield* tempDir
        const ca = join(dir, "ca.pem")
        writeFileSync(ca, certs.ca)
        yield* Effect.gen(function*() {
          const server = yield* GalileoServer.GalileoServer
          expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
          const result = yield* Spawn.cli(["token"], {
            GALILEO_API_URL: server.url,
            GALILEO_API_KEY: GalileoServer.demoApiKey,
            NODE_EXTRA_CA_CERTS: ca
          })
          expect([result.code, result.stderr]).toEqual([0, ""])
          expect(result.stdout).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+\n$/)
          expect((yield* server.stats).logins).toBe(1)
        }).pipe(Effect.provide(GalileoServer.layer({ tls: { cert: certs.server.cert, key: certs.server.key } })))
      })
  )

  it.live("the code cache: written after a success, kept while accepted, replaced when damaged, never after a failure", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const dir = yield* tempDir
      const token = (key: string, extra: Record<string, string> = {}) =>
        Spawn.cli(["token"], {
          GALILEO_API_URL: server.url,
          GALILEO_API_KEY: key,
          NODE_COMPILE_CACHE: dir,
          ...extra
        })

      // a failed run writes none (it may have stopped before most of the code ran)
      const refused = yield* token("not-the-key")
      expect(refused.code).not.toBe(0)
      expect(caches(dir)).toEqual([])

      // disabled: none
      const disabled = yield* token(GalileoServer.demoApiKey, { NODE_DISABLE_COMPILE_CACHE: "1" })
      expect(disabled.code).toBe(0)
      expect(caches(dir)).toEqual([])

      const first = yield* token(GalileoServer.demoApiKey)
      expect([first.code, first.stderr]).toEqual([0, ""])
      const [cache] = caches(dir)
      expect(caches(dir)).toHaveLength(1)
      const path = join(dir, cache ?? "")
      const written = readFileSync(path)
      // it names the bundle it was made from (its content hash in the name)
      expect(written.subarray(0, written.indexOf(10)).toString()).toMatch(/^auth-[A-Z0-9]+\.cjs$/)
      expect(written.length).toBeGreaterThan(10_000)

      // accepted: used as it is
      const second = yield* token(GalileoServer.demoApiKey)
      expect([second.code, second.stderr]).toEqual([0, ""])
      expect(readFileSync(path).equals(written)).toBe(true)

      // damaged after its header: V8 rejects it, the run still succeeds and writes a good one
      const header = written.subarray(0, written.indexOf(10) + 1)
      writeFileSync(path, Buffer.concat([header, Buffer.alloc(4096, 0x5a)]))
      const third = yield* token(GalileoServer.demoApiKey)
      expect([third.code, third.stderr]).toEqual([0, ""])
      expect(readFileSync(path).length).toBeGreaterThan(10_000)

      // made from another bundle (another header): ignored and replaced
      writeFileSync(path, Buffer.concat([Buffer.from("auth-OTHER.cjs\n"), written.subarray(header.length)]))
      const fourth = yield* token(GalileoServer.demoApiKey)
      expect([fourth.code, fourth.stderr]).toEqual([0, ""])
      expect(readFileSync(path).subarray(0, header.length).equals(header)).toBe(true)

      expect([first.stdout, second.stdout, third.stdout, fourth.stdout].every((s) => /^eyJ/.test(s))).toBe(true)
      expect((yield* server.stats).logins).toBe(5)
      expect(caches(dir)).toHaveLength(1)
    }).pipe(Effect.provide(GalileoServer.layer())))
})
