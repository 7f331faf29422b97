/** An API URL that ends in its version: `/v2` (as Galileo's reference documents the auth endpoints) works like `/v1` (issue 18). */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Redacted, Result } from "effect"
import { SystemService } from "../src/index.js"
import * as internal from "../src/internal/config.js"
import { NodeGalileo } from "../src/node/index.js"
import * as StubClient from "./support/StubClient.js"
import * as TinyServer from "./support/TinyServer.js"

const key = Redacted.make("gk-version-key")
const apiUrlOf = (baseUrl: string, pathPrefix?: string) =>
  Result.map(internal.resolve({ apiKey: key, baseUrl, pathPrefix }), (c) => [c.baseUrl, c.pathPrefix, c.apiUrl])

describe("an API URL ending in its version", () => {
  it.each([
    ["https://api.acme.test/v1", "https://api.acme.test", "/v1"],
    ["https://api.acme.test/v2", "https://api.acme.test", "/v2"],
    ["https://api.acme.test/v2/", "https://api.acme.test", "/v2"],
    ["https://acme.test/galileo/v2", "https://acme.test/galileo", "/v2"],
    ["https://api.acme.test", "https://api.acme.test", "/v1"],
    ["https://api.acme.test/v2beta", "https://api.acme.test/v2beta", "/v1"]
  ])("%s is the API itself (no second prefix)", (url, base, prefix) => {
    expect(apiUrlOf(url)).toStrictEqual(Result.succeed([base, prefix, `${base}${prefix}`]))
  })

  it("an explicit pathPrefix still goes after the URL", () => {
    expect(apiUrlOf("https://api.acme.test/v2", "/v1")).toStrictEqual(
      Result.succeed(["https://api.acme.test/v2", "/v1", "https://api.acme.test/v2/v1"])
    )
  })

  it.live("logs in and calls under /v2 over a real server", () =>
    Effect.gen(function*() {
      const token = StubClient.jwt({ sub: "v2-user", iat: 0, exp: 4102444800 })
      const server = yield* TinyServer.make((seen) =>
        seen.url === "/v2/login/api_key"
          ? { status: 200, body: { access_token: token, token_type: "bearer" } }
          : seen.url === "/v2/current_user"
          ? { status: 200, body: { id: "u-1", email: "v2@acme.test" } }
          : { status: 404, body: { detail: "Not Found" } }
      )
      const me = yield* Effect.flatMap(SystemService.SystemService, (s) => s.currentUser).pipe(
        Effect.provide(
          SystemService.SystemService.Default.pipe(
            Layer.provide(NodeGalileo.layer({ apiKey: key, baseUrl: `${server.url}/v2` }))
          )
        )
      )
      expect(me.email).toBe("v2@acme.test")
      const seen = yield* server.requests
      expect(seen.map((r) => `${r.method} ${r.url}`)).toStrictEqual([
        "POST /v2/login/api_key",
        "GET /v2/current_user"
      ])
    }))
})
