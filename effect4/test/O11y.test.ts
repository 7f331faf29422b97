/**
 * splunk-ao's O11y mode as a credential kind (issue 18): `SPLUNK_AO_REALM` with
 * `SPLUNK_AO_O11Y_API_TOKEN` (else `SPLUNK_AO_O11Y_TOKEN`, as splunk-ao's `crud_token`): no
 * login, no refresh, a static `X-SF-Token` on every call, the API at
 * `https://app.{realm}.observability.splunkcloud.com/ao/api`; with a Galileo credential too it
 * is a ConfigError naming both.
 */
import { NodeHttpClient } from "@effect/platform-node"
import { describe, expect, it } from "@effect/vitest"
import { Config, ConfigProvider, Effect, Layer, Redacted } from "effect"
import { AuthService, Galileo, GalileoConfig, GalileoHttpClient, RetryPolicy, SystemService } from "../src/index.js"
import * as TinyServer from "./support/TinyServer.js"

const withEnv = (env: Record<string, string>) =>
  Effect.provideService(ConfigProvider.ConfigProvider, ConfigProvider.fromEnvRecord(env))
const fromEnv = (env: Record<string, string>) => GalileoConfig.makeConfig().pipe(withEnv(env))
const problemOf = (env: Record<string, string>) =>
  Effect.match(fromEnv(env), { onFailure: GalileoConfig.describeConfigError, onSuccess: () => "ok" })

const o11yToken = "sf-o11y-token-5e13654e"

describe("O11y settings", () => {
  it.effect("the realm and the token: an O11y credential, the realm's API under /ao/api", () =>
    Effect.gen(function*() {
      const config = yield* fromEnv({ SPLUNK_AO_REALM: "us1", SPLUNK_AO_O11Y_TOKEN: o11yToken })
      expect(config.credential._tag).toBe("O11y")
      expect(config.apiUrl).toBe("https://app.us1.observability.splunkcloud.com/ao/api")
      expect(config.credential._tag === "O11y" && Redacted.value(config.credential.token)).toBe(o11yToken)
      expect(String(config.credential)).not.toContain(o11yToken)
      expect(JSON.stringify(config.credential)).not.toContain(o11yToken)
    }))

  it.effect("SPLUNK_AO_O11Y_API_TOKEN wins over SPLUNK_AO_O11Y_TOKEN (splunk-ao's crud_token)", () =>
    Effect.gen(function*() {
      const config = yield* fromEnv({
        SPLUNK_AO_REALM: "eu0",
        SPLUNK_AO_O11Y_TOKEN: "ingest",
        SPLUNK_AO_O11Y_API_TOKEN: "api-token"
      })
      expect(config.credential._tag === "O11y" && Redacted.value(config.credential.token)).toBe("api-token")
      expect(config.apiUrl).toBe("https://app.eu0.observability.splunkcloud.com/ao/api")
    }))

  it.effect.each(
    [
      [{ SPLUNK_AO_O11Y_TOKEN: "t" }, "SPLUNK_AO_REALM is not set (SPLUNK_AO_O11Y_TOKEN is)"],
      [{ SPLUNK_AO_O11Y_API_TOKEN: "t" }, "SPLUNK_AO_REALM is not set (SPLUNK_AO_O11Y_API_TOKEN is)"],
      [{ SPLUNK_AO_REALM: "us1" }, "SPLUNK_AO_O11Y_TOKEN is not set (SPLUNK_AO_REALM is)"],
      [{ SPLUNK_AO_REALM: "us1/evil", SPLUNK_AO_O11Y_TOKEN: "t" }, "SPLUNK_AO_REALM is not a realm"],
      [{ SPLUNK_AO_REALM: "us1", SPLUNK_AO_O11Y_TOKEN: "a\nb" }, "SPLUNK_AO_O11Y_TOKEN contains control characters"],
      [
        { SPLUNK_AO_REALM: "us1", SPLUNK_AO_O11Y_TOKEN: "t", SPLUNK_AO_API_KEY: "k" },
        "SPLUNK_AO_O11Y_TOKEN and SPLUNK_AO_API_KEY are both set"
      ],
      [
        { SPLUNK_AO_REALM: "us1", SPLUNK_AO_O11Y_API_TOKEN: "t", GALILEO_API_KEY: "k" },
        "SPLUNK_AO_O11Y_API_TOKEN and GALILEO_API_KEY are both set"
      ],
      [
        { SPLUNK_AO_REALM: "us1", SPLUNK_AO_O11Y_TOKEN: "t", GALILEO_USERNAME: "u", GALILEO_PASSWORD: "p" },
        "SPLUNK_AO_O11Y_TOKEN and GALILEO_USERNAME are both set"
      ],
      [
        { SPLUNK_AO_REALM: "us1", SPLUNK_AO_O11Y_TOKEN: "t", SPLUNK_AO_JWT_TOKEN: "j" },
        "SPLUNK_AO_O11Y_TOKEN and SPLUNK_AO_JWT_TOKEN are both set"
      ]
    ] as const
  )("%j: %s", ([env, message]) =>
    Effect.gen(function*() {
      expect(yield* problemOf(env)).toBe(message)
    }))

  it("in code: o11yToken + realm, named after the options; a string token is refused", () => {
    const problem = (options: GalileoConfig.Options) =>
      Effect.runSync(Effect.match(GalileoConfig.make(options), { onFailure: String, onSuccess: (c) => c.apiUrl }))
    expect(problem({ o11yToken: Redacted.make("t"), realm: "us0" })).toBe(
      "https://app.us0.observability.splunkcloud.com/ao/api"
    )
    expect(problem({ o11yToken: Redacted.make("t") })).toContain("realm is not set (o11yToken is)")
    expect(problem({ o11yToken: Redacted.make("t"), realm: "us0", apiKey: Redacted.make("k") })).toContain(
      "o11yToken and apiKey are both set"
    )
    const fromJs: GalileoConfig.Options = JSON.parse("{\"o11yToken\":\"t\",\"realm\":\"us0\"}")
    expect(problem(fromJs)).toContain("o11yToken is not Redacted")
  })
})

describe("O11y calls over a real server", () => {
  it.live("X-SF-Token on every call under /ao/api; no login, no refresh, no Authorization", () =>
    Effect.gen(function*() {
      const server = yield* TinyServer.make((seen) =>
        seen.url === "/ao/api/current_user"
          ? { status: 200, body: { id: "u-1", email: "o11y@acme.test" } }
          : seen.url === "/ao/api/healthcheck"
          ? { status: 200, body: { api_version: "1", message: "ok", version: "1" } }
          : { status: 500, body: { detail: `refused ${String(seen.headers["x-sf-token"])}` } }
      )
      const layer = SystemService.SystemService.Default.pipe(
        Layer.provideMerge(Galileo.layerConfig(
          { retryPolicy: Config.succeed(RetryPolicy.make({ maxRetries: 0 })) },
          NodeHttpClient.layerUndici
        ))
      )
      const error = yield* Effect.gen(function*() {
        const system = yield* SystemService.SystemService
        yield* system.currentUser
        yield* system.currentUser
        yield* system.healthcheck
        yield* Effect.flatMap(AuthService.AuthService, (auth) => auth.login)
        return yield* Effect.flip(Effect.flatMap(GalileoHttpClient.GalileoHttpClient, (c) => c.get("echo")))
      }).pipe(
        Effect.provide(layer),
        withEnv({ SPLUNK_AO_REALM: "us1", SPLUNK_AO_O11Y_TOKEN: o11yToken, GALILEO_API_URL: server.url })
      )
      const seen = yield* server.requests
      expect(seen.map((r) => `${r.method} ${r.url}`)).toStrictEqual([
        "GET /ao/api/current_user",
        "GET /ao/api/current_user",
        "GET /ao/api/healthcheck",
        "GET /ao/api/echo"
      ])
      expect(seen.map((r) => [r.headers["x-sf-token"], r.headers["authorization"]])).toStrictEqual(
        Array.from({ length: 4 }, () => [o11yToken, undefined])
      )
      // the token the server echoed is scrubbed from the error
      expect(error._tag).toBe("GalileoHttpError")
      expect(JSON.stringify(error)).not.toContain(o11yToken)
      expect(String(error)).not.toContain(o11yToken)
    }))
})
