/** The body limit holds in the CLI's `serve` too: the bundled bin, as users start it. */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import * as Spawn from "../support/Spawn.js"
import { json, postCounted, request } from "./http.js"

describe("galileo-effect serve", () => {
  it.live("a 20 MB body gets 413 at once, and the server keeps serving", () =>
    Effect.gen(function*() {
      const started = yield* Spawn.start(["serve", "--port", "0"], /listening on https?:\/\/127\.0\.0\.1:\d+/)
      const url = /(https?:\/\/127\.0\.0\.1:\d+)/.exec(started.line)?.[1] ?? ""
      // at once: answered from the head, before the whole body was sent (not read, then refused)
      const size = 20 * 1024 * 1024
      const big = yield* postCounted(`${url}/v1/login/api_key`, size)
      expect(big.sentBeforeAnswer).toBeLessThan(size)
      expect([big.status, json(big)]).toEqual([413, { detail: "Request Entity Too Large" }])
      expect((yield* request(`${url}/healthcheck`)).status).toBe(200)
      expect(yield* started.stop).toBe(0)
    }))
})
