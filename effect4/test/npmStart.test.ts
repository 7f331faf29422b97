/**
 * `npm start` as written in package.json: it rebuilds dist/bin, so it runs with the heavy files,
 * after every file that spawns the bin (see vitest.config.ts).
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { GalileoServer } from "../src/testing/index.js"
import * as Spawn from "./support/Spawn.js"

const demoUserId = GalileoServer.userIdOf(GalileoServer.subjectOf(GalileoServer.demoApiKey))

describe("npm start", () => {
  it.effect("runs the whole flow on the embedded server and exits 0", () =>
    Effect.gen(function*() {
      const result = yield* Spawn.run("npm", ["start", "--silent"])
      expect([result.code, result.stderr]).toEqual([0, ""])
      const steps = [
        "1. Log in with the API key",
        "2. Ask for the token again: served from the cache",
        "3 calls, the same token",
        "3. Wait until the refresh-ahead window",
        "inside the window the caller still gets the same token at once",
        "then a different token",
        "logins so far: 1, refreshes so far: 1",
        "4. An authenticated call (GET /v1/current_user)",
        `current user: ${demoUserId} <user-`,
        "GalileoValidationError: loc [\"body\",\"api_key\"], msg \"Field required\", type missing",
        "GalileoUnauthorized: Galileo refused the credentials (POST /v1/login/api_key) with 401: Invalid API key",
        `503, 503, then 200 for ${demoUserId}:`,
        "3 attempts, one result",
        "Done: every step ran against the embedded server."
      ]
      let from = 0
      for (const step of steps) {
        const at = result.stdout.indexOf(step, from)
        expect(at, step).toBeGreaterThanOrEqual(0)
        from = at
      }
      expect(result.stdout).not.toMatch(/eyJ|subject/)
    }))
})
