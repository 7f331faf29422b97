import { describe, expect, it } from "@effect/vitest"
import { Cause, Config, ConfigProvider, Duration, Effect, Exit, Layer, Option, Redacted, Result } from "effect"
import { AuthService, GalileoConfig, RefreshPolicy, RetryPolicy } from "../src/index.js"
import * as internal from "../src/internal/config.js"
import * as Login from "../src/internal/login.js"
import * as Auth from "./support/Auth.js"
import * as StubClient from "./support/StubClient.js"

const key = Redacted.make("gk-secret-value")

/** A valid ID token / pre-issued JWT (a JWT with readable claims and bearer-safe characters). */
const idToken = StubClient.jwt({ sub: "sso-user", iat: 0, exp: 3600 })
const jwtToken = StubClient.jwt({ sub: "jwt-user", iat: 0, exp: 3600 })

const problem = (options: Partial<GalileoConfig.Options>) =>
  Result.match(internal.resolve({ apiKey: key, ...options }), { onFailure: String, onSuccess: () => "ok" })

/** Where the API-key login of a configuration goes. */
const loginUrl = (config: GalileoConfig.Service) => `${config.apiUrl}${Login.paths.ApiKey}`

describe("GalileoConfig.make (internal resolve)", () => {
  it("defaults to https://api.galileo.ai/v1/login/api_key", () => {
    const resolved = Result.getOrThrow(internal.resolve({ apiKey: key }))
    expect(resolved.baseUrl).toBe("https://api.galileo.ai")
    expect(loginUrl(resolved)).toBe("https://api.galileo.ai/v1/login/api_key")
    expect(resolved.maxResponseBytes).toBe(1024 * 1024)
  })

  it("joins base URLs with or without trailing slash and a configurable prefix", () => {
    const url = (baseUrl: string, pathPrefix?: string) =>
      loginUrl(Result.getOrThrow(internal.resolve({ apiKey: key, baseUrl, pathPrefix })))
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
    const result = internal.resolve({ apiKey: Redacted.make(value) })
    expect(Result.isFailure(result)).toBe(true)
    const text = Result.match(result, { onFailure: String, onSuccess: () => "" })
    expect(text).toBe(`ConfigError(SourceError: ${message})`)
    if (value.trim() !== "") expect(text).not.toContain(value.trim())
  })

  it("accepts a non-ASCII key and a key of exactly 4096 bytes", () => {
    expect(Result.isSuccess(internal.resolve({ apiKey: Redacted.make("clé-ключ-鍵") }))).toBe(true)
    expect(Result.isSuccess(internal.resolve({ apiKey: Redacted.make("x".repeat(4096)) }))).toBe(true)
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
    expect(GalileoConfig.apiUrlFromConsoleUrl("https://app.galileo.ai/")).toBe("https://api.galileo.ai")
    expect(GalileoConfig.apiUrlFromConsoleUrl("https://console.acme.galileo.ai")).toBe("https://api.acme.galileo.ai")
    expect(GalileoConfig.apiUrlFromConsoleUrl("https://console.console.example.com/")).toBe(
      "https://api.console.example.com"
    )
    expect(GalileoConfig.apiUrlFromConsoleUrl("http://localhost:3000/")).toBe("http://localhost:3000")
    expect(GalileoConfig.apiUrlFromConsoleUrl("http://127.0.0.1:8088")).toBe("http://127.0.0.1:8088")
  })

  it.effect("GalileoConfig.make is the same validation as an Effect failing with a ConfigError", () =>
    Effect.gen(function*() {
      const made = yield* GalileoConfig.make({ apiKey: key, baseUrl: "https://galileo.test/" })
      expect(made.apiUrl).toBe("https://galileo.test/v1")
      const error = yield* Effect.flip(GalileoConfig.make({ apiKey: Redacted.make("") }))
      expect(error).toBeInstanceOf(Config.ConfigError)
      expect(error.cause).toMatchObject({ _tag: "SourceError", message: "apiKey is empty" })
      expect(GalileoConfig.describeConfigError(error)).toBe("apiKey is empty")
    }))

  it.effect("takes the policies' durations as Duration inputs (strings, millis, Durations)", () =>
    Effect.gen(function*() {
      const retryPolicy = RetryPolicy.make({
        attemptTimeout: "2 seconds",
        deadline: 5000,
        baseDelay: "10 millis",
        maxDelay: Duration.seconds(1)
      })
      const refreshPolicy = RefreshPolicy.make({
        refreshAhead: "1 minute",
        fallbackLifetime: Duration.minutes(3),
        retryInterval: 2500,
        unauthorizedCooldown: "750 millis"
      })
      const config = yield* GalileoConfig.make({ apiKey: key, retryPolicy, refreshPolicy })
      expect(Duration.toMillis(config.retryPolicy.attemptTimeout)).toBe(2000)
      expect(Duration.toMillis(config.retryPolicy.deadline)).toBe(5000)
      expect([
        Duration.toMillis(config.refreshPolicy.refreshAhead),
        Duration.toMillis(config.refreshPolicy.fallbackLifetime),
        Duration.toMillis(config.refreshPolicy.retryInterval),
        Duration.toMillis(config.refreshPolicy.unauthorizedCooldown)
      ]).toEqual([60_000, 180_000, 2500, 750])
      const defaults = yield* GalileoConfig.make({ apiKey: key })
      expect(defaults.retryPolicy).toBe(RetryPolicy.defaultPolicy)
      expect(defaults.refreshPolicy).toBe(RefreshPolicy.defaultPolicy)
      expect(Duration.toMillis(defaults.retryPolicy.attemptTimeout)).toBe(10_000)
      expect(Duration.toMillis(defaults.retryPolicy.deadline)).toBe(30_000)
    }))
})

/** The environment as a provider that keeps empty values (as `process.env` does). */
const withEnv = (env: Record<string, string>) => <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  Effect.provideService(
    effect,
    ConfigProvider.ConfigProvider,
    ConfigProvider.fromEnvRecord(env, { preserveEmptyStrings: true })
  )

const fromEnv = (env: Record<string, string>, overrides: Config.Wrap<GalileoConfig.Options> = {}) =>
  withEnv(env)(GalileoConfig.makeConfig(overrides))

const apiKeyOf = (config: GalileoConfig.Service): string | undefined =>
  config.credential._tag === "ApiKey" ? Redacted.value(config.credential.apiKey) : undefined

describe("GalileoConfig.layerConfig (from the environment)", () => {
  it.effect("reads GALILEO_API_KEY and defaults the URL", () =>
    Effect.gen(function*() {
      const resolved = yield* fromEnv({ GALILEO_API_KEY: "k1" })
      expect(apiKeyOf(resolved)).toBe("k1")
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
      expect(loginUrl(resolved)).toBe("http://galileo.internal:8088/v1/login/api_key")
    }))

  it.effect("reads both families: GALILEO_* wins over SPLUNK_AO_* (as splunk-ao bridges them), either alone works", () =>
    Effect.gen(function*() {
      const both = yield* fromEnv({
        SPLUNK_AO_API_KEY: "splunk-key",
        GALILEO_API_KEY: "galileo-key",
        SPLUNK_AO_API_URL: "https://api.splunk.example",
        GALILEO_API_URL: "https://api.galileo.example"
      })
      expect(apiKeyOf(both)).toBe("galileo-key")
      expect(both.baseUrl).toBe("https://api.galileo.example")
      const splunkOnly = yield* fromEnv({
        SPLUNK_AO_API_KEY: "splunk-key",
        SPLUNK_AO_CONSOLE_URL: "https://console.acme.example"
      })
      expect(apiKeyOf(splunkOnly)).toBe("splunk-key")
      expect(splunkOnly.baseUrl).toBe("https://api.acme.example")
      const mixed = yield* fromEnv({ GALILEO_API_KEY: "galileo-key", SPLUNK_AO_API_URL: "https://api.splunk.example" })
      expect(apiKeyOf(mixed)).toBe("galileo-key")
      expect(mixed.baseUrl).toBe("https://api.splunk.example")
    }))

  it.effect("names the SPLUNK_AO_* variable when it is the one in use", () =>
    Effect.gen(function*() {
      const bad = yield* Effect.flip(fromEnv({ SPLUNK_AO_API_KEY: "bad\u0007key" }))
      expect(GalileoConfig.describeConfigError(bad)).toBe("SPLUNK_AO_API_KEY contains control characters")
      const badUrl = yield* Effect.flip(fromEnv({ GALILEO_API_KEY: "k", SPLUNK_AO_API_URL: "ftp://files.example" }))
      expect(GalileoConfig.describeConfigError(badUrl)).toBe(
        "SPLUNK_AO_API_URL must use https:// (or http:// on loopback)"
      )
      const half = yield* Effect.flip(fromEnv({ SPLUNK_AO_USERNAME: "ann" }))
      expect(GalileoConfig.describeConfigError(half)).toBe("SPLUNK_AO_PASSWORD is not set (SPLUNK_AO_USERNAME is)")
    }))

  it.effect("a Config per field overrides the environment's", () =>
    Effect.gen(function*() {
      const overridden = yield* fromEnv(
        { MY_KEY: "my-key", GALILEO_API_KEY: "env-key", GALILEO_API_URL: "https://api.env.example" },
        { apiKey: Config.Redacted("MY_KEY") }
      )
      expect(apiKeyOf(overridden)).toBe("my-key")
      expect(overridden.baseUrl).toBe("https://api.env.example")
      const withUrl = yield* fromEnv(
        { GALILEO_API_KEY: "env-key", GALILEO_API_URL: "https://api.env.example" },
        { baseUrl: Config.succeed("https://api.code.example") }
      )
      expect(withUrl.baseUrl).toBe("https://api.code.example")
      expect(apiKeyOf(withUrl)).toBe("env-key")
      const missing = yield* Effect.flip(fromEnv({ GALILEO_API_KEY: "env-key" }, { apiKey: Config.Redacted("MY_KEY") }))
      expect(GalileoConfig.describeConfigError(missing)).toBe("MY_KEY is not set")
      const bad = yield* Effect.flip(fromEnv({ MY_KEY: "my\tkey" }, { apiKey: Config.Redacted("MY_KEY") }))
      expect(GalileoConfig.describeConfigError(bad)).toBe("apiKey contains control characters")
      expect(String(bad)).not.toContain("my\tkey")
    }))

  it.effect("GalileoConfig.layerConfig provides the service read from the ConfigProvider", () =>
    Effect.gen(function*() {
      const config = yield* GalileoConfig.GalileoConfig.pipe(
        Effect.provide(GalileoConfig.layerConfig({ apiKey: Config.Redacted("MY_KEY") })),
        withEnv({ MY_KEY: "layer-key" })
      )
      expect(apiKeyOf(config)).toBe("layer-key")
    }))
})

describe("credentials", () => {
  const all: GalileoConfig.Options = {
    apiKey: key,
    username: "ann@example.com",
    password: Redacted.make("pw-secret"),
    ssoIdToken: Redacted.make(idToken),
    ssoProvider: "okta",
    jwt: Redacted.make(jwtToken)
  }
  const tagOf = (options: GalileoConfig.Options) =>
    Result.match(internal.resolve(options), {
      onFailure: (e) => `error: ${GalileoConfig.describeConfigError(e)}`,
      onSuccess: (c) => c.credential._tag
    })

  it("chooses exactly one by precedence: API key > username/password > SSO > JWT", () => {
    expect(tagOf(all)).toBe("ApiKey")
    expect(tagOf({ ...all, apiKey: undefined })).toBe("Password")
    expect(tagOf({ ...all, apiKey: undefined, username: undefined, password: undefined })).toBe("Sso")
    expect(tagOf({ jwt: Redacted.make(jwtToken) })).toBe("Jwt")
  })

  it("keeps the chosen credential's own values", () => {
    const password = Result.getOrThrow(internal.resolve({ ...all, apiKey: undefined })).credential
    expect(password._tag === "Password" && [password.username, Redacted.value(password.password)]).toEqual([
      "ann@example.com",
      "pw-secret"
    ])
    const sso = Result.getOrThrow(internal.resolve({ ssoIdToken: Redacted.make(idToken), ssoProvider: " Azure-AD " }))
      .credential
    expect(sso._tag === "Sso" && [Redacted.value(sso.idToken), sso.provider]).toEqual([idToken, "azure-ad"])
    const jwt = Result.getOrThrow(internal.resolve({ jwt: Redacted.make(jwtToken) })).credential
    expect(jwt._tag === "Jwt" && Redacted.value(jwt.token)).toBe(jwtToken)
  })

  it.effect("the environment follows the same precedence", () =>
    Effect.gen(function*() {
      const env = {
        GALILEO_API_KEY: "k",
        GALILEO_USERNAME: "ann",
        GALILEO_PASSWORD: "pw",
        GALILEO_SSO_ID_TOKEN: idToken,
        GALILEO_SSO_PROVIDER: "google",
        GALILEO_JWT_TOKEN: jwtToken
      }
      const { GALILEO_API_KEY: _k, ...noKey } = env
      const { GALILEO_PASSWORD: _p, GALILEO_USERNAME: _u, ...noPassword } = noKey
      const { GALILEO_SSO_ID_TOKEN: _t, GALILEO_SSO_PROVIDER: _s, ...onlyJwt } = noPassword
      const tags = yield* Effect.forEach(
        [env, noKey, noPassword, onlyJwt],
        (e) => Effect.map(fromEnv(e), (c) => c.credential._tag)
      )
      expect(tags).toEqual(["ApiKey", "Password", "Sso", "Jwt"])
    }))

  it("checks every credential given, even one that would not be chosen", () => {
    expect(tagOf({ ...all, password: Redacted.make(" pw") })).toBe(
      "error: password has leading or trailing whitespace"
    )
    expect(tagOf({ ...all, jwt: Redacted.make("not a token") })).toBe("error: jwt is not a valid bearer token")
  })
})

/**
 * Builds `AuthService` on a stub with the given configuration and asks for a token: a bad
 * configuration must fail with a `ConfigError` before any request.
 */
const tokenWith = <E>(config: Layer.Layer<GalileoConfig.GalileoConfig, E>) =>
  Effect.gen(function*() {
    const stub = yield* StubClient.make([Auth.tokenAnswer(0, 3600)])
    const exit = yield* Effect.exit(
      Effect.flatMap(AuthService.AuthService, (auth) => auth.token).pipe(
        Effect.provide(AuthService.layer.pipe(Layer.provide(config), Layer.provide(StubClient.layer(stub))))
      )
    )
    const error = Exit.match(exit, {
      onFailure: (cause) => Option.getOrUndefined(Cause.findErrorOption(cause)),
      onSuccess: () => undefined
    })
    return {
      problem: error instanceof Config.ConfigError ? GalileoConfig.describeConfigError(error) : "no ConfigError",
      text: String(error),
      requests: (yield* stub.requests).length
    }
  })

const inCode = (options: GalileoConfig.Options) =>
  tokenWith(GalileoConfig.layer({ baseUrl: "https://galileo.test", ...options }))

const inEnv = (env: Record<string, string>) =>
  withEnv({ GALILEO_API_URL: "https://galileo.test", ...env })(tokenWith(GalileoConfig.layerConfig()))

describe("a bad configuration: a ConfigError naming the setting, and no request", () => {
  it.effect("a good configuration logs in (the control: one request)", () =>
    Effect.gen(function*() {
      expect((yield* inCode({ apiKey: key })).requests).toBe(1)
      expect(yield* inCode({ apiKey: key })).toMatchObject({ problem: "no ConfigError" })
    }))

  it.effect.each(
    [
      ["username without password", { username: "ann" }, "password is not set (username is)"],
      ["password without username", { password: Redacted.make("pw-secret") }, "username is not set (password is)"],
      [
        "ID token without provider",
        { ssoIdToken: Redacted.make(idToken) },
        "ssoProvider is not set (ssoIdToken is)"
      ],
      ["provider without ID token", { ssoProvider: "okta" }, "ssoIdToken is not set (ssoProvider is)"],
      [
        "an unknown provider",
        { ssoIdToken: Redacted.make(idToken), ssoProvider: "myspace" },
        "ssoProvider must be one of google, github, okta, azure-ad, custom"
      ],
      [
        "an ID token that is not a JWT",
        { ssoIdToken: Redacted.make("pw-secret-not-a-jwt"), ssoProvider: "okta" },
        "ssoIdToken is not a JWT (header.payload.signature)"
      ],
      [
        "a client key without its certificate",
        { apiKey: key, tls: { clientKeyPath: "/etc/galileo/client.key" } },
        "tls.clientCertPath is not set (a client key is)"
      ],
      [
        "a client certificate without its key",
        { apiKey: key, tls: { clientCertPath: "/etc/galileo/client.pem" } },
        "tls.clientKeyPath is not set (a client certificate is)"
      ],
      [
        "no credential at all",
        {},
        "apiKey is not set (nor another credential: username + password, ssoIdToken + ssoProvider, or jwt)"
      ],
      ["a blank API key", { apiKey: Redacted.make(" ") }, "apiKey is blank (only whitespace)"]
    ] satisfies ReadonlyArray<readonly [string, GalileoConfig.Options, string]>
  )(
    "in code: %s",
    ([_what, options, message]) =>
      Effect.gen(function*() {
        const result = yield* inCode(options)
        expect(result.problem).toBe(message)
        expect(result.text).not.toContain("pw-secret")
        expect(result.requests).toBe(0)
      })
  )

  it.effect.each(
    [
      ["username without password", { GALILEO_USERNAME: "ann" }, "GALILEO_PASSWORD is not set (GALILEO_USERNAME is)"],
      [
        "password without username",
        { GALILEO_PASSWORD: "pw-secret" },
        "GALILEO_USERNAME is not set (GALILEO_PASSWORD is)"
      ],
      [
        "ID token without provider",
        { GALILEO_SSO_ID_TOKEN: idToken },
        "GALILEO_SSO_PROVIDER is not set (GALILEO_SSO_ID_TOKEN is)"
      ],
      [
        "an unknown provider",
        { GALILEO_SSO_ID_TOKEN: idToken, GALILEO_SSO_PROVIDER: "myspace" },
        "GALILEO_SSO_PROVIDER must be one of google, github, okta, azure-ad, custom"
      ],
      [
        "an ID token that is not a JWT",
        { GALILEO_SSO_ID_TOKEN: "pw-secret-not-a-jwt", GALILEO_SSO_PROVIDER: "okta" },
        "GALILEO_SSO_ID_TOKEN is not a JWT (header.payload.signature)"
      ],
      [
        "a client key without its certificate",
        { GALILEO_API_KEY: "k", GALILEO_CLIENT_KEY_PATH: "/etc/galileo/client.key" },
        "GALILEO_CLIENT_CERT_PATH is not set (a client key is)"
      ],
      [
        "a client certificate without its key",
        { GALILEO_API_KEY: "k", GALILEO_CLIENT_CERT_PATH: "/etc/galileo/client.pem" },
        "GALILEO_CLIENT_KEY_PATH is not set (a client certificate is)"
      ],
      [
        "no credential at all",
        {},
        "GALILEO_API_KEY is not set (nor another credential: GALILEO_USERNAME + GALILEO_PASSWORD, " +
        "GALILEO_SSO_ID_TOKEN + GALILEO_SSO_PROVIDER, or GALILEO_JWT_TOKEN)"
      ],
      [
        "an API key with a line break",
        { GALILEO_API_KEY: "pw-secret\r\n" },
        "GALILEO_API_KEY contains control characters"
      ]
    ] satisfies ReadonlyArray<readonly [string, Record<string, string>, string]>
  )(
    "from the environment: %s",
    ([_what, env, message]) =>
      Effect.gen(function*() {
        const result = yield* inEnv(env)
        expect(result.problem).toBe(message)
        expect(result.text).not.toContain("pw-secret")
        expect(result.requests).toBe(0)
      })
  )

  it.effect("nothing set: GALILEO_API_KEY is not set", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(fromEnv({}))
      expect(GalileoConfig.describeConfigError(error)).toContain("GALILEO_API_KEY is not set")
    }))

  it.effect("a tls override given in code is named by its option", () =>
    Effect.gen(function*() {
      const error = yield* Effect.flip(
        fromEnv({ GALILEO_API_KEY: "k" }, { tls: Config.succeed({ clientKeyPath: "/etc/galileo/client.key" }) })
      )
      expect(GalileoConfig.describeConfigError(error)).toBe("tls.clientCertPath is not set (a client key is)")
    }))

  it.effect("tls given in code replaces the environment's field by field; a CA replaces both its forms", () =>
    Effect.gen(function*() {
      const env = {
        GALILEO_API_KEY: "k",
        GALILEO_CA_CERT_CONTENT: "-----BEGIN CERTIFICATE-----",
        GALILEO_CLIENT_CERT_PATH: "/env/client.pem",
        GALILEO_CLIENT_KEY_PATH: "/env/client.key",
        GALILEO_REJECT_UNAUTHORIZED: "false"
      }
      const config = yield* fromEnv(env, { tls: Config.succeed({ caCertPath: "/code/ca.pem" }) })
      const tls = Option.getOrThrow(config.tls)
      expect([tls.caCertPath, tls.caCert, tls.clientCertPath, tls.clientKeyPath, tls.rejectUnauthorized]).toEqual([
        "/code/ca.pem",
        undefined,
        "/env/client.pem",
        "/env/client.key",
        false
      ])
      expect([tls.names.tlsCaCert, tls.names.tlsClientCert, tls.names.tlsClientKey]).toEqual([
        "tls.caCertPath",
        "GALILEO_CLIENT_CERT_PATH",
        "GALILEO_CLIENT_KEY_PATH"
      ])
      const keyInCode = yield* fromEnv(env, { tls: Config.succeed({ clientKeyPath: "/code/client.key" }) })
      const mixed = Option.getOrThrow(keyInCode.tls)
      expect([mixed.caCert, mixed.clientCertPath, mixed.clientKeyPath]).toEqual([
        "-----BEGIN CERTIFICATE-----",
        "/env/client.pem",
        "/code/client.key"
      ])
      expect([mixed.names.tlsCaCert, mixed.names.tlsClientCert, mixed.names.tlsClientKey]).toEqual([
        "GALILEO_CA_CERT_CONTENT",
        "GALILEO_CLIENT_CERT_PATH",
        "tls.clientKeyPath"
      ])
    }))

  it.effect("a missing half of the client pair is named after the source of the other half", () =>
    Effect.gen(function*() {
      const problem = (env: Record<string, string>, tls: GalileoConfig.TlsOptions) =>
        Effect.map(
          Effect.flip(fromEnv({ GALILEO_API_KEY: "k", ...env }, { tls: Config.succeed(tls) })),
          GalileoConfig.describeConfigError
        )
      expect(yield* problem({ GALILEO_CLIENT_CERT_PATH: "/env/c.pem" }, { caCertPath: "/code/ca.pem" })).toBe(
        "GALILEO_CLIENT_KEY_PATH is not set (a client certificate is)"
      )
      expect(yield* problem({}, { clientCertPath: "/code/c.pem" })).toBe(
        "tls.clientKeyPath is not set (a client certificate is)"
      )
      expect(yield* problem({ GALILEO_CLIENT_KEY_PATH: "/env/k.pem" }, { caCert: "x" })).toBe(
        "GALILEO_CLIENT_CERT_PATH is not set (a client key is)"
      )
    }))
})

describe("AuthService layers with bad configuration", () => {
  it.effect("fail to build with a ConfigError and send no request", () =>
    Effect.gen(function*() {
      const stub = yield* StubClient.make([{ status: 200, body: { access_token: "t" } }])
      const exit = yield* Effect.exit(
        Layer.build(
          AuthService.layer.pipe(
            Layer.provide(GalileoConfig.layer({ apiKey: Redacted.make(" ") })),
            Layer.provide(StubClient.layer(stub))
          )
        ).pipe(Effect.scoped)
      )
      expect(Exit.isFailure(exit)).toBe(true)
      const fromEnvExit = yield* Effect.exit(
        Layer.build(
          AuthService.layer.pipe(Layer.provide(GalileoConfig.layerConfig()), Layer.provide(StubClient.layer(stub)))
        ).pipe(
          Effect.scoped,
          withEnv({ GALILEO_API_KEY: "k\r\n" })
        )
      )
      expect(Exit.isFailure(fromEnvExit)).toBe(true)
      expect(Cause.pretty(Exit.isFailure(fromEnvExit) ? fromEnvExit.cause : Cause.empty))
        .toContain("GALILEO_API_KEY contains control characters")
      expect((yield* stub.requests).length).toBe(0)
    }))
})
