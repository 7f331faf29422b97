import { describe, expect, it } from "@effect/vitest"
import { ConfigProvider, Effect, Either, Exit, Layer, Option, Redacted } from "effect"
import { AuthConfig, AuthService } from "../src/index.js"
import * as StubClient from "./support/StubClient.js"

const key = Redacted.make("gk-secret-value")

const problem = (options: Partial<AuthConfig.Options>) =>
  Either.match(AuthConfig.resolve({ apiKey: key, ...options }), { onLeft: String, onRight: () => "ok" })

describe("AuthConfig.resolve", () => {
  it("defaults to https://api.galileo.ai/v1/login/api_key", () => {
    const resolved = Either.getOrThrow(AuthConfig.resolve({ apiKey: key }))
    expect(resolved.baseUrl).toBe("https://api.galileo.ai")
    expect(resolved.loginUrl).toBe("https://api.galileo.ai/v1/login/api_key")
    expect(resolved.maxResponseBytes).toBe(1024 * 1024)
  })

  it("joins base URLs with or without trailing slash and a configurable prefix", () => {
    const url = (baseUrl: string, pathPrefix?: string) =>
      Either.getOrThrow(AuthConfig.resolve({ apiKey: key, baseUrl, pathPrefix })).loginUrl
    expect(url("https://example.com/")).toBe("https://example.com/v1/login/api_key")
    expect(url("https://example.com/api//")).toBe("https://example.com/api/v1/login/api_key")
    expect(url("https://example.com", "")).toBe("https://example.com/login/api_key")
    expect(url("https://example.com", "v2/")).toBe("https://example.com/v2/login/api_key")
  })

  it.each([
    ["", "apiKey is empty"],
    ["   ", "apiKey is blank (only whitespace)"],
    ["abc\ndef", "apiKey contains control characters"],
    ["abc\u0000", "apiKey contains control characters"],
    [" abc", "apiKey has leading or trailing whitespace"],
    ["x".repeat(4097), "apiKey is longer than 4096 bytes"],
    ["é".repeat(2049), "apiKey is longer than 4096 bytes"],
    ["x".repeat(1024 * 1024), "apiKey is longer than 4096 bytes"],
    ["ab\uD800cd", "apiKey is not valid Unicode text"]
  ])("rejects a bad key %#", (value, message) => {
    const result = AuthConfig.resolve({ apiKey: Redacted.make(value) })
    expect(Either.isLeft(result)).toBe(true)
    const text = Either.match(result, { onLeft: String, onRight: () => "" })
    expect(text).toContain(message)
    expect(text).toContain("Invalid data at apiKey")
    if (value.trim() !== "") expect(text).not.toContain(value.trim())
  })

  it("accepts a non-ASCII key and a key of exactly 4096 bytes", () => {
    expect(Either.isRight(AuthConfig.resolve({ apiKey: Redacted.make("clé-ключ-鍵") }))).toBe(true)
    expect(Either.isRight(AuthConfig.resolve({ apiKey: Redacted.make("x".repeat(4096)) }))).toBe(true)
  })

  it.each([
    ["not a url", "baseUrl is not a valid absolute URL"],
    ["ftp://example.com", "baseUrl must use https://"],
    ["https://user:pw@example.com", "baseUrl must not contain credentials"],
    ["https://example.com?x=1", "baseUrl must not have a query or a fragment"],
    ["http://example.com", "baseUrl uses plain http:// to a host that is not loopback"],
    ["http://10.0.0.1:8088", "baseUrl uses plain http:// to a host that is not loopback"]
  ])("rejects base URL %s", (baseUrl, message) => {
    const text = problem({ baseUrl })
    expect(text).toContain(message)
    expect(text).not.toContain(baseUrl)
  })

  it("allows http:// on loopback, and elsewhere only when asked", () => {
    expect(problem({ baseUrl: "http://127.0.0.1:8088" })).toBe("ok")
    expect(problem({ baseUrl: "http://localhost:8088" })).toBe("ok")
    expect(problem({ baseUrl: "http://[::1]:8088" })).toBe("ok")
    expect(problem({ baseUrl: "http://example.com", allowInsecureHttp: true })).toBe("ok")
  })

  it("derives the API URL from a console URL as the official SDKs do", () => {
    expect(AuthConfig.apiUrlFromConsoleUrl("https://app.galileo.ai/")).toBe("https://api.galileo.ai")
    expect(AuthConfig.apiUrlFromConsoleUrl("https://console.acme.galileo.ai")).toBe("https://api.acme.galileo.ai")
    expect(AuthConfig.apiUrlFromConsoleUrl("https://console.console.example.com/")).toBe(
      "https://api.console.example.com"
    )
    expect(AuthConfig.apiUrlFromConsoleUrl("http://localhost:3000/")).toBe("http://localhost:3000")
    expect(AuthConfig.apiUrlFromConsoleUrl("http://127.0.0.1:8088")).toBe("http://127.0.0.1:8088")
  })
})

const fromEnv = (env: Record<string, string>) =>
  Effect.withConfigProvider(AuthConfig.fromEnv(), ConfigProvider.fromMap(new Map(Object.entries(env))))

describe("AuthConfig.fromEnv", () => {
  it.effect("reads GALILEO_API_KEY and defaults the URL", () =>
    Effect.gen(function*() {
      const resolved = yield* fromEnv({ GALILEO_API_KEY: "k1" })
      expect(Redacted.value(resolved.apiKey)).toBe("k1")
      expect(resolved.baseUrl).toBe("https://api.galileo.ai")
    }))

  it.effect("prefers GALILEO_API_URL over GALILEO_CONSOLE_URL", () =>
    Effect.gen(function*() {
      const both = yield* fromEnv({
        GALILEO_API_KEY: "k1",
        GALILEO_API_URL: "https://api.one.example",
        GALILEO_CONSOLE_URL: "https://console.two.example"
      })
      expect(both.baseUrl).toBe("https://api.one.example")
      const consoleOnly = yield* fromEnv({ GALILEO_API_KEY: "k1", GALILEO_CONSOLE_URL: "https://console.two.example/" })
      expect(consoleOnly.baseUrl).toBe("https://api.two.example")
    }))

  it.effect("names the variable, never the value, in errors", () =>
    Effect.gen(function*() {
      const missing = yield* Effect.flip(fromEnv({}))
      expect(String(missing)).toContain("GALILEO_API_KEY")
      const empty = yield* Effect.flip(fromEnv({ GALILEO_API_KEY: "" }))
      expect(String(empty)).toContain("GALILEO_API_KEY is empty")
      const badUrl = yield* Effect.flip(fromEnv({ GALILEO_API_KEY: "k", GALILEO_API_URL: "http://evil.example" }))
      expect(String(badUrl)).toContain("GALILEO_API_URL uses plain http://")
      expect(String(badUrl)).not.toContain("evil.example")
      const badConsole = yield* Effect.flip(fromEnv({ GALILEO_API_KEY: "k", GALILEO_CONSOLE_URL: "nope" }))
      expect(String(badConsole)).toContain("GALILEO_CONSOLE_URL is not a valid absolute URL")
      const secretKey = yield* Effect.flip(fromEnv({ GALILEO_API_KEY: "secret\tkey" }))
      expect(String(secretKey)).not.toContain("secret")
    }))

  it.effect("GALILEO_ALLOW_INSECURE_HTTP opens plain http to other hosts", () =>
    Effect.gen(function*() {
      const resolved = yield* fromEnv({
        GALILEO_API_KEY: "k",
        GALILEO_API_URL: "http://galileo.internal:8088",
        GALILEO_ALLOW_INSECURE_HTTP: "true"
      })
      expect(resolved.loginUrl).toBe("http://galileo.internal:8088/v1/login/api_key")
    }))
})

describe("AuthService layers with bad configuration", () => {
  it.effect("fail to build with a ConfigError and send no request", () =>
    Effect.gen(function*() {
      const stub = yield* StubClient.make([{ status: 200, body: { access_token: "t" } }])
      const exit = yield* Effect.exit(
        Layer.build(
          AuthService.layer({ apiKey: Redacted.make(" ") }).pipe(
            Layer.provide(StubClient.layer(stub))
          )
        ).pipe(Effect.scoped)
      )
      expect(Exit.isFailure(exit)).toBe(true)
      const fromEnvExit = yield* Effect.exit(
        Layer.build(AuthService.layerConfig().pipe(Layer.provide(StubClient.layer(stub)))).pipe(
          Effect.scoped,
          Effect.withConfigProvider(ConfigProvider.fromMap(new Map([["GALILEO_API_KEY", "k\r\n"]])))
        )
      )
      expect(Exit.isFailure(fromEnvExit)).toBe(true)
      expect(String(Option.getOrThrow(Exit.isFailure(fromEnvExit) ? Option.some(fromEnvExit.cause) : Option.none())))
        .toContain("GALILEO_API_KEY contains control characters")
      expect((yield* stub.requests).length).toBe(0)
    }))
})
