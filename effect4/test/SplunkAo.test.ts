/**
 * The Splunk AO settings as the official Python `splunk-ao` reads them (issue 18): it copies
 * each `SPLUNK_AO_X` into `GALILEO_X` only when `GALILEO_X` is unset (`_bridge_env_vars`, over
 * its `_BRIDGE` list), so an explicit `GALILEO_*` wins, variable by variable. The environment is
 * an Effect 4 `ConfigProvider.fromEnvRecord` that keeps empty values (`preserveEmptyStrings`, as
 * `os.environ` does); without it Effect 4 reads an empty variable as unset (the last test).
 */
import { describe, expect, it } from "@effect/vitest"
import { ConfigProvider, Effect, Option, Redacted } from "effect"
import { GalileoConfig } from "../src/index.js"
import * as StubClient from "./support/StubClient.js"

const fromEnv = (env: Record<string, string>, options: { readonly preserveEmptyStrings: boolean } = {
  preserveEmptyStrings: true
}) =>
  GalileoConfig.makeConfig().pipe(
    Effect.provideService(ConfigProvider.ConfigProvider, ConfigProvider.fromEnvRecord(env, options))
  )

/** The one-line problem of an environment, or "ok". */
const problemOf = (env: Record<string, string>) =>
  Effect.match(fromEnv(env), { onFailure: GalileoConfig.describeConfigError, onSuccess: () => "ok" })

const jwtA = StubClient.jwt({ sub: "galileo", iat: 0, exp: 4102444800 })
const jwtB = StubClient.jwt({ sub: "splunk", iat: 0, exp: 4102444800 })

const secretOf = (service: GalileoConfig.Service): string => {
  const c = service.credential
  switch (c._tag) {
    case "ApiKey":
      return Redacted.value(c.apiKey)
    case "Password":
      return `${c.username}:${Redacted.value(c.password)}`
    case "Sso":
      return `${c.provider}:${Redacted.value(c.idToken)}`
    case "Jwt":
    case "O11y":
      return Redacted.value(c.token)
  }
}

/** Each variable splunk-ao bridges that this client reads: its two values, the partner it needs, what it sets. */
const bridged: ReadonlyArray<
  readonly [string, string, string, Record<string, string>, (s: GalileoConfig.Service) => string]
> = [
  ["API_KEY", "galileo-key", "splunk-key", {}, secretOf],
  ["API_URL", "https://api.galileo.test", "https://api.splunk.test", { GALILEO_API_KEY: "k" }, (s) => s.baseUrl],
  [
    "CONSOLE_URL",
    "https://console.galileo.test",
    "https://console.splunk.test",
    { GALILEO_API_KEY: "k" },
    (s) => s.baseUrl
  ],
  ["USERNAME", "gale", "splunky", { GALILEO_PASSWORD: "pw" }, secretOf],
  ["PASSWORD", "galileo-pw", "splunk-pw", { GALILEO_USERNAME: "ann" }, secretOf],
  ["SSO_ID_TOKEN", jwtA, jwtB, { GALILEO_SSO_PROVIDER: "okta" }, secretOf],
  ["SSO_PROVIDER", "google", "github", { GALILEO_SSO_ID_TOKEN: jwtA }, secretOf],
  ["JWT_TOKEN", jwtA, jwtB, {}, secretOf]
]

describe("SPLUNK_AO_* / GALILEO_* as splunk-ao bridges them", () => {
  it.effect.each(bridged)(
    "GALILEO_%s wins over its SPLUNK_AO_ twin",
    ([name, galileo, splunk, partner, observe]) =>
      Effect.gen(function*() {
        const both = yield* fromEnv({ ...partner, [`GALILEO_${name}`]: galileo, [`SPLUNK_AO_${name}`]: splunk })
        const galileoOnly = yield* fromEnv({ ...partner, [`GALILEO_${name}`]: galileo })
        expect(observe(both)).toBe(observe(galileoOnly))
        expect(observe(both)).toContain(name.endsWith("_URL") ? "galileo" : galileo)
      })
  )

  it.effect.each(bridged)(
    "SPLUNK_AO_%s alone is used",
    ([name, _galileo, splunk, partner, observe]) =>
      Effect.gen(function*() {
        const splunkOnly = yield* fromEnv({ ...partner, [`SPLUNK_AO_${name}`]: splunk })
        expect(observe(splunkOnly)).toContain(name.endsWith("_URL") ? "splunk" : splunk)
      })
  )

  it.effect("a GALILEO_* set but empty still wins (splunk-ao tests `in os.environ`), and is named", () =>
    Effect.gen(function*() {
      const error = yield* problemOf({ GALILEO_API_KEY: "", SPLUNK_AO_API_KEY: "splunk-key" })
      expect(error).toBe("GALILEO_API_KEY is empty")
    }))

  it.effect("each variable on its own: GALILEO_USERNAME with SPLUNK_AO_PASSWORD is one credential", () =>
    Effect.gen(function*() {
      const mixed = yield* fromEnv({ GALILEO_USERNAME: "ann", SPLUNK_AO_PASSWORD: "splunk-pw" })
      expect(secretOf(mixed)).toBe("ann:splunk-pw")
      const half = yield* problemOf({ SPLUNK_AO_USERNAME: "ann", GALILEO_API_URL: "https://a.test" })
      expect(half).toBe("SPLUNK_AO_PASSWORD is not set (SPLUNK_AO_USERNAME is)")
    }))

  it.effect("a problem is named after the variable in use: the SPLUNK_AO_* one when it is used", () =>
    Effect.gen(function*() {
      const bad = yield* problemOf({ SPLUNK_AO_API_KEY: "bad\u0007key" })
      expect(bad).toBe("SPLUNK_AO_API_KEY contains control characters")
      const shadowed = yield* fromEnv({ SPLUNK_AO_API_KEY: "bad\u0007key", GALILEO_API_KEY: "fine" })
      expect(secretOf(shadowed)).toBe("fine")
      const badUrl = yield* problemOf({ GALILEO_API_KEY: "k", SPLUNK_AO_API_URL: "ftp://files.test" })
      expect(badUrl).toBe(
        "SPLUNK_AO_API_URL must use https:// (or http:// on loopback)"
      )
    }))

  it.effect("GALILEO_API_URL wins over a console URL from either family", () =>
    Effect.gen(function*() {
      const service = yield* fromEnv({
        SPLUNK_AO_API_KEY: "k",
        GALILEO_API_URL: "https://api.galileo.test",
        SPLUNK_AO_CONSOLE_URL: "https://console.splunk.test"
      })
      expect(service.baseUrl).toBe("https://api.galileo.test")
    }))

  it.effect("what splunk-ao does not bridge (the TLS settings) is not read under SPLUNK_AO_*", () =>
    Effect.gen(function*() {
      const service = yield* fromEnv({ GALILEO_API_KEY: "k", SPLUNK_AO_CA_CERT_PATH: "/nonexistent.pem" })
      expect(Option.isNone(service.tls)).toBe(true)
    }))

  it.effect("Effect 4's default provider reads an empty GALILEO_* as unset: its SPLUNK_AO_* twin is used", () =>
    Effect.gen(function*() {
      const service = yield* fromEnv({ GALILEO_API_KEY: "", SPLUNK_AO_API_KEY: "splunk-key" }, {
        preserveEmptyStrings: false
      })
      expect(secretOf(service)).toBe("splunk-key")
      const error = yield* Effect.flip(fromEnv({ GALILEO_API_KEY: "" }, { preserveEmptyStrings: false }))
      expect(GalileoConfig.describeConfigError(error)).toBe(
        "GALILEO_API_KEY is not set (nor another credential: GALILEO_USERNAME + GALILEO_PASSWORD, " +
          "GALILEO_SSO_ID_TOKEN + GALILEO_SSO_PROVIDER, or GALILEO_JWT_TOKEN)"
      )
    }))
})
