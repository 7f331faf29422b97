/** Hostile input, round 2: answers and settings that must end in typed errors, never defects. */
import { NodeHttpClient } from "@effect/platform-node"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Redacted } from "effect"
import { AuthService, GalileoConfig, RetryPolicy } from "../src/index.js"
import * as StubClient from "./support/StubClient.js"
import * as TinyServer from "./support/TinyServer.js"

const token = (sub: string) => StubClient.jwt({ sub, iat: 0, exp: 3600 })

/** An AuthService on node:http against a tiny server. */
const authOn = (url: string) =>
  Effect.gen(function*() {
    const config = yield* GalileoConfig.make({
      apiKey: Redacted.make("hostile-key"),
      baseUrl: url,
      retryPolicy: RetryPolicy.make({ maxRetries: 0 })
    })
    return yield* AuthService.make.pipe(
      Effect.provideService(GalileoConfig.GalileoConfig, config),
      Effect.provide(NodeHttpClient.layerNodeHttp)
    )
  })

describe("renewals stay typed", () => {
  it.live.each(
    [
      ["CR/LF", "r%0D%0Ainjected"],
      ["NUL", "r%00"],
      ["a space", "r%20s"],
      ["a non-ASCII character", "r%C3%A9"],
      ["over 4096 characters", "r".repeat(4097)]
    ]
  )(
    "a refresh cookie with %s is never kept: renewals log in with the credential",
    ([_what, cookie]) =>
      Effect.gen(function*() {
        const server = yield* TinyServer.make((_seen, index) => ({
          status: 200,
          body: { access_token: token(`user-${index}`), token_type: "bearer" },
          headers: [["set-cookie", `refresh_token=${cookie}; Path=/; HttpOnly`]]
        }))
        const auth = yield* authOn(server.url)
        yield* auth.login
        yield* auth.login
        yield* auth.login
        const seen = yield* server.requests
        expect(seen.map((r) => r.url)).toEqual(["/v1/login/api_key", "/v1/login/api_key", "/v1/login/api_key"])
        expect(seen.map((r) => r.headers["cookie"])).toEqual([undefined, undefined, undefined])
      })
  )

  it.live("a bad cookie set by a refresh drops the good one held: the next renewal uses the credential", () =>
    Effect.gen(function*() {
      const server = yield* TinyServer.make((seen, index) => ({
        status: 200,
        body: { access_token: token(`user-${index}`), token_type: "bearer" },
        headers: [["set-cookie", seen.url === "/v1/refresh_token" ? "refresh_token=%0D%0A" : "refresh_token=good-1"]]
      }))
      const auth = yield* authOn(server.url)
      yield* auth.login
      yield* auth.login
      yield* auth.login
      const seen = yield* server.requests
      expect(seen.map((r) => r.url)).toEqual(["/v1/login/api_key", "/v1/refresh_token", "/v1/login/api_key"])
      expect(seen.map((r) => r.headers["cookie"])).toEqual([undefined, "refresh_token=good-1", undefined])
    }))

  it.live("a cookie of RFC 6265 cookie-octets, exactly 4096 long, is kept and sent back as is", () =>
    Effect.gen(function*() {
      const value = `a!#$%&'()*+-./:<=>?@[]^_\`{|}~${"z".repeat(4096 - 29)}`
      expect(value.length).toBe(4096)
      const server = yield* TinyServer.make((_seen, index) => ({
        status: 200,
        body: { access_token: token(`user-${index}`), token_type: "bearer" },
        headers: [["set-cookie", `refresh_token=${encodeURIComponent(value)}`]]
      }))
      const auth = yield* authOn(server.url)
      yield* auth.login
      yield* auth.login
      const seen = yield* server.requests
      expect(seen.map((r) => r.url)).toEqual(["/v1/login/api_key", "/v1/refresh_token"])
      expect(seen[1]?.headers["cookie"]).toBe(`refresh_token=${value}`)
    }))
})
