/**
 * `extraHeaders` / `GALILEO_EXTRA_HEADERS` (issue 18, as the official SDKs' `extra_headers`):
 * sent on every request (login, refresh, healthcheck, API calls), under the client's own headers,
 * which win by name in any case; a bad name or value is a `ConfigError` naming the setting
 * before any request.
 */
import { NodeHttpClient } from "@effect/platform-node"
import { describe, expect, it } from "@effect/vitest"
import { ConfigProvider, Effect, Layer, Redacted, Result } from "effect"
import { FetchHttpClient, type HttpClient } from "effect/http"
import { AuthService, Galileo, GalileoConfig, RetryPolicy, SystemService } from "../src/index.js"
import * as internal from "../src/internal/config.js"
import * as StubClient from "./support/StubClient.js"
import * as TinyServer from "./support/TinyServer.js"

const token = (sub: string) => StubClient.jwt({ sub, iat: 0, exp: 4102444800 })

/** A Galileo of its own: a token (and a refresh cookie) for each login or refresh, a user, a healthcheck. */
const galileo = TinyServer.make((seen, index) =>
  seen.url.endsWith("/login/api_key") || seen.url.endsWith("/refresh_token")
    ? {
      status: 200,
      body: { access_token: token(`t-${index}`), token_type: "bearer" },
      headers: [["set-cookie", `refresh_token=r-${index}; Path=/; HttpOnly`]]
    }
    : seen.url.endsWith("/current_user")
    ? { status: 200, body: { id: "u-1", email: "x@acme.test" } }
    : seen.url.endsWith("/healthcheck")
    ? { status: 200, body: { api_version: "1", message: "ok", version: "1" } }
    : { status: 404, body: { detail: "Not Found" } }
)

const extra = {
  "X-Team": "search",
  "x-trace-tag": "a b\tc",
  Authorization: "Basic c3RvbGVu",
  Accept: "text/plain",
  "X-Galileo-SDK": "spoofed",
  "CONTENT-TYPE": "text/plain"
}

const clients: ReadonlyArray<readonly [string, Layer.Layer<HttpClient.HttpClient>]> = [
  ["undici", NodeHttpClient.layerUndici],
  ["node:http", NodeHttpClient.layerNodeHttp],
  ["fetch", FetchHttpClient.layer]
]

describe.each(clients)("extra headers over %s", (_name, http) => {
  it.live("arrive on the login, the refresh, the healthcheck and the API call; Galileo's own win", () =>
    Effect.gen(function*() {
      const server = yield* galileo
      const layer = SystemService.SystemService.Default.pipe(
        Layer.provideMerge(Galileo.layerWith(
          GalileoConfig.layer({ apiKey: Redacted.make("gk-extra"), baseUrl: server.url, extraHeaders: extra }),
          http
        ))
      )
      yield* Effect.gen(function*() {
        const system = yield* SystemService.SystemService
        yield* system.currentUser
        yield* Effect.flatMap(AuthService.AuthService, (auth) => auth.login)
        yield* system.healthcheck
      }).pipe(Effect.provide(layer))
      const seen = yield* server.requests
      expect(seen.map((r) => `${r.method} ${r.url}`)).toStrictEqual([
        "POST /v1/login/api_key",
        "GET /v1/current_user",
        "POST /v1/refresh_token",
        "GET /v1/healthcheck"
      ])
      expect(seen.map((r) => [r.headers["x-team"], r.headers["x-trace-tag"]])).toStrictEqual(
        Array.from({ length: 4 }, () => ["search", "a b\tc"])
      )
      expect(seen.map((r) => r.headers["accept"])).toStrictEqual(Array.from({ length: 4 }, () => "application/json"))
      // the login carries its credential in the body: no Authorization of the client's own, so the extra one goes
      expect(seen.map((r) => r.headers["authorization"])).toStrictEqual([
        "Basic c3RvbGVu",
        `Bearer ${token("t-0")}`,
        "Basic c3RvbGVu",
        `Bearer ${token("t-2")}`
      ])
      expect(seen[0]?.headers["content-type"]).toBe("application/json")
      expect(seen[2]?.headers["cookie"]).toBe("refresh_token=r-0")
      expect(seen[1]?.headers["x-galileo-sdk"]).toMatch(/^galileo-effect\//)
    }))
})

describe("GALILEO_EXTRA_HEADERS", () => {
  const fromEnv = (env: Record<string, string>) =>
    GalileoConfig.makeConfig().pipe(
      Effect.match({ onFailure: GalileoConfig.describeConfigError, onSuccess: (c) => c.extraHeaders }),
      Effect.provideService(
        ConfigProvider.ConfigProvider,
        ConfigProvider.fromEnvRecord({ GALILEO_API_KEY: "k", ...env })
      )
    )

  it.effect("is a JSON object of string headers", () =>
    Effect.gen(function*() {
      expect(yield* fromEnv({ GALILEO_EXTRA_HEADERS: "{\"X-Team\":\"search\"}" })).toStrictEqual({ "X-Team": "search" })
      expect(yield* fromEnv({})).toStrictEqual({})
    }))

  it.effect.each(
    [
      ["not JSON", "{x"],
      ["an array", "[\"a\"]"],
      ["a string", "\"X-Team: a\""],
      ["a number value", "{\"X-N\":1}"],
      ["a name with a space", "{\"X Team\":\"a\"}"],
      ["a name with a colon", "{\"X-Team:\":\"a\"}"],
      ["an empty name", "{\"\":\"a\"}"],
      ["a value with CR/LF", "{\"X-Team\":\"a\\r\\nX-Injected: 1\"}"],
      ["a value with LF", "{\"X-Team\":\"a\\nb\"}"],
      ["a value with NUL", "{\"X-Team\":\"a\\u0000\"}"],
      ["a value with ESC", "{\"X-Team\":\"\\u001b[31m\"}"],
      ["a value with DEL", "{\"X-Team\":\"\\u007f\"}"],
      ["a value beyond Latin-1", "{\"X-Team\":\"\\u2028\"}"]
    ] as const
  )("%s is a ConfigError naming the variable", ([_what, raw]) =>
    Effect.gen(function*() {
      expect(yield* fromEnv({ GALILEO_EXTRA_HEADERS: raw })).toBe(
        "GALILEO_EXTRA_HEADERS is not an object of valid headers"
      )
    }))
})

describe("the extraHeaders option", () => {
  it("is checked like the variable, and named after the option", () => {
    const problem = (extraHeaders: GalileoConfig.Options["extraHeaders"]) =>
      Result.match(internal.resolve({ apiKey: Redacted.make("k"), extraHeaders }), {
        onFailure: String,
        onSuccess: (c) => JSON.stringify(c.extraHeaders)
      })
    expect(problem({ "X-A": "1" })).toBe("{\"X-A\":\"1\"}")
    expect(problem("{\"X-A\":\"1\"}")).toBe("{\"X-A\":\"1\"}")
    expect(problem({ "X-A": "1\r\nX-B: 2" })).toContain("extraHeaders is not an object of valid headers")
  })

  it.live("a bad header sends nothing", () =>
    Effect.gen(function*() {
      const server = yield* galileo
      const exit = yield* Effect.exit(
        Effect.flatMap(SystemService.SystemService, (s) => s.healthcheck).pipe(
          Effect.provide(SystemService.SystemService.Default.pipe(
            Layer.provideMerge(Galileo.layer({
              apiKey: Redacted.make("gk-extra"),
              baseUrl: server.url,
              extraHeaders: { "X-A": "a\nb" },
              retryPolicy: RetryPolicy.make({ maxRetries: 0 })
            }))
          ))
        )
      )
      expect(exit._tag).toBe("Failure")
      expect(yield* server.requests).toStrictEqual([])
    }))
})
