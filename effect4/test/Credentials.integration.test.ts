/** Every credential kind, the refresh cookie and TLS, against the embedded server (issue 13). */
import { NodeHttpClient } from "@effect/platform-node"
import { describe, expect, it } from "@effect/vitest"
import { ConfigProvider, Context, Effect, Exit, Layer, Redacted } from "effect"
import { FetchHttpClient, HttpClient } from "effect/http"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { AuthService, Galileo, GalileoConfig, SystemService } from "../src/index.js"
import { NodeGalileo } from "../src/node/index.js"
import { GalileoServer } from "../src/testing/index.js"
import * as Canary from "./support/Canary.js"
import * as Certs from "./support/Certs.js"

const clients: ReadonlyArray<readonly [string, Layer.Layer<HttpClient.HttpClient>]> = [
  ["undici", NodeHttpClient.layerUndici],
  ["fetch", FetchHttpClient.layer]
]

/** The whole client against the running server, with `options` as its configuration. */
const client = (options: Omit<GalileoConfig.Options, "baseUrl">, http: Layer.Layer<HttpClient.HttpClient>) =>
  Layer.unwrap(Effect.map(GalileoServer.GalileoServer, (server) =>
    SystemService.SystemService.Default.pipe(
      Layer.provideMerge(Galileo.layerWith(GalileoConfig.layer({ ...options, baseUrl: server.url }), http))
    )))

const whoAmI = Effect.flatMap(SystemService.SystemService, (s) => s.currentUser)
const renew = Effect.flatMap(AuthService.AuthService, (a) => a.login)

describe.each(clients)("credential kinds over %s", (_name, http) => {
  const provide = <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.provide(effect, GalileoServer.layer())

  it.live("API key: POST /v1/login/api_key", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const me = yield* whoAmI.pipe(
        Effect.provide(client({ apiKey: Redacted.make(GalileoServer.demoApiKey) }, http))
      )
      expect(me.id).toBe(GalileoServer.userIdOf(GalileoServer.subjectOf(GalileoServer.demoApiKey)))
      const stats = yield* server.stats
      expect([stats.apiKeyLogins, stats.passwordLogins, stats.socialLogins]).toEqual([1, 0, 0])
    }).pipe(provide))

  it.live("username and password: POST /v1/login with the OAuth2 form", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const options = {
        username: GalileoServer.demoUser.username,
        password: Redacted.make(GalileoServer.demoUser.password)
      }
      const me = yield* whoAmI.pipe(Effect.provide(client(options, http)))
      expect(me.email).toBe(GalileoServer.demoUser.username)
      const login = (yield* server.requests).find((r) => r.path === "/v1/login")
      expect(login?.headers["content-type"]).toBe("application/x-www-form-urlencoded")
      expect(login?.body).toBe(
        `username=${encodeURIComponent(GalileoServer.demoUser.username)}&password=<redacted>`
      )
      expect((yield* server.stats).passwordLogins).toBe(1)
      const wrong = yield* Effect.flip(
        whoAmI.pipe(Effect.provide(client({ ...options, password: Redacted.make("wrong") }, http)))
      )
      expect(wrong).toMatchObject({ _tag: "GalileoUnauthorized", status: 401, method: "POST", path: "/v1/login" })
    }).pipe(provide))

  it.live("SSO ID token: POST /v1/login/social with the provider lower-cased", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const idToken = yield* server.signIdToken("sso-user@example.com")
      const me = yield* whoAmI.pipe(
        Effect.provide(client({ ssoIdToken: Redacted.make(idToken), ssoProvider: "Okta" }, http))
      )
      expect(me.email).toBe("sso-user@example.com")
      const login = (yield* server.requests).find((r) => r.path === "/v1/login/social")
      expect(login?.body).toBe(JSON.stringify({ id_token: "<redacted>", provider: "okta" }))
      expect((yield* server.stats).socialLogins).toBe(1)
    }).pipe(provide))

  it.live("pre-issued JWT: used as is with no login; once expired, a typed error and no request", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const jwt = yield* server.issueToken("user-jwt", "1 hour")
      const me = yield* whoAmI.pipe(Effect.provide(client({ jwt: Redacted.make(jwt) }, http)))
      expect(me.id).toBe(GalileoServer.userIdOf("user-jwt"))
      expect((yield* server.stats).logins).toBe(0)
      const expired = yield* server.issueToken("user-jwt", "-1 minute")
      const before = (yield* server.stats).requests
      const error = yield* Effect.flip(whoAmI.pipe(Effect.provide(client({ jwt: Redacted.make(expired) }, http))))
      expect(error).toMatchObject({ _tag: "GalileoCredentialExpired", credential: "jwt" })
      expect(error.message).toContain("no other credential is configured")
      expect((yield* server.stats).requests).toEqual(before)
    }).pipe(provide))

  it.live("refresh cookie: renewal sends it, follows its rotation, and falls back to the key", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      yield* Effect.gen(function*() {
        yield* whoAmI
        yield* renew
        yield* renew
        let stats = yield* server.stats
        expect([stats.apiKeyLogins, stats.refreshes, stats.refusedRefreshes]).toEqual([1, 2, 0])
        const refresh = (yield* server.requests).filter((r) => r.path === "/v1/refresh_token")
        expect(refresh.map((r) => r.headers["cookie"])).toEqual(["<redacted>", "<redacted>"])
        yield* server.revokeRefreshTokens
        yield* renew
        stats = yield* server.stats
        expect([stats.apiKeyLogins, stats.refreshes, stats.refusedRefreshes]).toEqual([2, 2, 1])
        yield* whoAmI
      }).pipe(Effect.provide(client({ apiKey: Redacted.make(GalileoServer.demoApiKey) }, http)))
    }).pipe(provide))
})

describe("credential precedence and both variable families", () => {
  const env = (entries: ReadonlyArray<readonly [string, string]>) =>
    Effect.provideService(ConfigProvider.ConfigProvider, ConfigProvider.fromEnvRecord(Object.fromEntries(entries)))
  const kind = Effect.map(GalileoConfig.GalileoConfig, (c) => c.credential._tag)
  const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4IiwiZXhwIjo0MTAyNDQ0ODAwfQ.c2ln"

  it.effect("API key, then username and password, then SSO, then JWT: exactly one is used", () =>
    Effect.gen(function*() {
      const all: ReadonlyArray<readonly [string, string]> = [
        ["GALILEO_API_KEY", "k"],
        ["GALILEO_USERNAME", "u"],
        ["GALILEO_PASSWORD", "p"],
        ["GALILEO_SSO_ID_TOKEN", jwt],
        ["GALILEO_SSO_PROVIDER", "google"],
        ["GALILEO_JWT_TOKEN", jwt]
      ]
      const read = (entries: ReadonlyArray<readonly [string, string]>) =>
        kind.pipe(Effect.provide(GalileoConfig.layerConfig()), env(entries))
      expect(yield* read(all)).toBe("ApiKey")
      expect(yield* read(all.slice(1))).toBe("Password")
      expect(yield* read(all.slice(3))).toBe("Sso")
      expect(yield* read(all.slice(5))).toBe("Jwt")
    }))

  it.effect("GALILEO_* wins over SPLUNK_AO_* where both are set (as splunk-ao bridges them)", () =>
    Effect.gen(function*() {
      const config = yield* GalileoConfig.GalileoConfig.pipe(
        Effect.provide(GalileoConfig.layerConfig()),
        env([
          ["GALILEO_API_KEY", "galileo-key"],
          ["SPLUNK_AO_API_KEY", "splunk-key"],
          ["GALILEO_API_URL", "https://api.galileo.example"],
          ["SPLUNK_AO_CONSOLE_URL", "https://console.splunk.example"]
        ])
      )
      expect(config.credential._tag === "ApiKey" && Redacted.value(config.credential.apiKey)).toBe("galileo-key")
      expect(config.baseUrl).toBe("https://api.galileo.example")
      const splunkOnly = yield* GalileoConfig.GalileoConfig.pipe(
        Effect.provide(GalileoConfig.layerConfig()),
        env([["SPLUNK_AO_API_KEY", "splunk-key"], ["SPLUNK_AO_API_URL", "https://api.splunk.example"]])
      )
      expect(splunkOnly.apiUrl).toBe("https://api.splunk.example/v1")
    }))
})

describe("TLS on galileo-effect/node", () => {
  const pemFiles = (certs: Certs.Certs) =>
    Effect.acquireRelease(
      Effect.sync(() => {
        const dir = mkdtempSync(join(tmpdir(), "galileo-effect-tls-"))
        const file = (name: string, text: string) => {
          writeFileSync(join(dir, name), text)
          return join(dir, name)
        }
        return {
          dir,
          ca: file("ca.pem", certs.ca),
          cert: file("client.pem", certs.client.cert),
          key: file("client.key", certs.client.key),
          notPem: file("not.pem", "hello")
        }
      }),
      ({ dir }) => Effect.sync(() => rmSync(dir, { recursive: true, force: true }))
    )

  it.live.skipIf(!Certs.available())(
    "private CA and mutual TLS through undici, login included; the client key never shows",
    () => {
      const sink: Canary.Sink = { texts: [], spans: [] }
      return Effect.gen(function*() {
        const certs = yield* Certs.make
        const files = yield* pemFiles(certs)
        const server = Context.get(
          yield* Layer.build(GalileoServer.layer({ tls: { ...certs.server, ca: certs.ca, requestClientCert: true } })),
          GalileoServer.GalileoServer
        )
        expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:/)
        const apiKey = Redacted.make(GalileoServer.demoApiKey)
        const layer = (tls: GalileoConfig.TlsOptions) =>
          SystemService.SystemService.Default.pipe(
            Layer.provideMerge(NodeGalileo.layer({ apiKey, baseUrl: server.url, tls }))
          )
        const me = yield* whoAmI.pipe(
          Effect.provide(layer({ caCertPath: files.ca, clientCertPath: files.cert, clientKeyPath: files.key }))
        )
        expect(me.id).toBe(GalileoServer.userIdOf(GalileoServer.subjectOf(GalileoServer.demoApiKey)))
        const noClientCert = yield* Effect.flip(whoAmI.pipe(Effect.provide(layer({ caCert: certs.ca }))))
        expect(noClientCert).toMatchObject({
          _tag: "GalileoTransportError",
          reason: "Transport",
          path: "/v1/login/api_key"
        })
        const defaultCas = yield* Effect.flip(
          whoAmI.pipe(Effect.provide(layer({ clientCertPath: files.cert, clientKeyPath: files.key })))
        )
        expect(defaultCas).toMatchObject({ _tag: "GalileoTransportError", reason: "Transport" })
        const unverified = yield* whoAmI.pipe(
          Effect.provide(layer({ rejectUnauthorized: false, clientCertPath: files.cert, clientKeyPath: files.key }))
        )
        expect(unverified.id).toBe(me.id)
        expect((yield* server.stats).apiKeyLogins).toBe(2)
        const shown = [noClientCert, defaultCas]
        yield* Effect.log("tls", shown)
        const keyBody = certs.client.key.split("\n").filter((line) => !line.startsWith("-----") && line.length > 20)
        expect(keyBody.length).toBeGreaterThan(0)
        for (const text of [...Canary.seen(sink), ...shown.flatMap(Canary.renderings)]) {
          for (const line of keyBody) expect(text).not.toContain(line)
        }
      }).pipe(Canary.capture(sink))
    }
  )

  it.live.skipIf(!Certs.available())(
    "bad TLS settings are ConfigErrors naming the setting, with no request",
    () =>
      Effect.gen(function*() {
        const certs = yield* Certs.make
        const files = yield* pemFiles(certs)
        const apiKey = Redacted.make("k")
        const fail = (tls: GalileoConfig.TlsOptions) =>
          Effect.flip(Layer.build(NodeGalileo.layer({ apiKey, baseUrl: "https://galileo.test", tls })))
        const messages = yield* Effect.forEach([
          { caCertPath: join(files.dir, "missing.pem") },
          { caCertPath: files.notPem },
          { caCert: "not pem" },
          { clientKeyPath: files.key },
          { clientCertPath: files.cert }
        ], (tls) => Effect.map(fail(tls), GalileoConfig.describeConfigError))
        expect(messages).toEqual([
          "tls.caCertPath could not be read (ENOENT)",
          "tls.caCertPath is not PEM",
          "tls.caCert is not PEM",
          "tls.clientCertPath is not set (a client key is)",
          "tls.clientKeyPath is not set (a client certificate is)"
        ])
        const fromEnv = yield* Effect.flip(
          Layer.build(NodeGalileo.layerConfig()).pipe(
            Effect.provideService(
              ConfigProvider.ConfigProvider,
              ConfigProvider.fromEnvRecord({ GALILEO_API_KEY: "k", GALILEO_CA_CERT_PATH: files.notPem })
            )
          )
        )
        expect(GalileoConfig.describeConfigError(fromEnv)).toBe("GALILEO_CA_CERT_PATH is not PEM")
      })
  )

  it.effect("the fetch client refuses TLS settings with a ConfigError that says why", () =>
    Effect.gen(function*() {
      const exit = yield* Effect.exit(Layer.build(Galileo.layer({
        apiKey: Redacted.make("k"),
        tls: { caCert: "-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----" }
      })))
      expect(Exit.isFailure(exit)).toBe(true)
      const error = yield* Effect.flip(
        Layer.build(Galileo.layer({ apiKey: Redacted.make("k"), tls: { rejectUnauthorized: false } }))
      )
      expect(GalileoConfig.describeConfigError(error)).toContain("cannot be applied to the fetch client")
    }))
})

describe("secrecy canary, every credential", () => {
  it.live("the password, the ID token, the refresh token and the JWT never show", () => {
    const sink: Canary.Sink = { texts: [], spans: [] }
    const password = "CANARY-PASSWORD-19ab"
    return Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const idToken = yield* server.signIdToken("canary@example.com")
      const jwt = yield* server.issueToken("canary-jwt", "1 hour")
      const shown: Array<unknown> = []
      const refreshTokens: Array<string> = []
      const recording = Layer.effect(
        HttpClient.HttpClient,
        Effect.map(
          HttpClient.HttpClient,
          (http) =>
            HttpClient.transformResponse(
              http,
              Effect.tap((response) =>
                Effect.sync(() => {
                  const cookie = /refresh_token=([^;]+)/.exec(String(response.headers["set-cookie"] ?? ""))
                  if (cookie?.[1] !== undefined) refreshTokens.push(cookie[1])
                })
              )
            )
        )
      ).pipe(Layer.provide(NodeHttpClient.layerUndici))
      const run = (options: Omit<GalileoConfig.Options, "baseUrl">) =>
        Effect.gen(function*() {
          yield* whoAmI
          yield* renew
          shown.push(yield* GalileoConfig.GalileoConfig, yield* AuthService.AuthService)
        }).pipe(Effect.provide(client(options, recording)))
      yield* run({ username: "canary@example.com", password: Redacted.make(password) })
      yield* run({ ssoIdToken: Redacted.make(idToken), ssoProvider: "github" })
      yield* run({ jwt: Redacted.make(jwt) })
      shown.push(yield* Effect.flip(run({ username: "canary@example.com", password: Redacted.make(`${password}x`) })))
      yield* Effect.log("credentials", shown)
      expect(refreshTokens.length).toBeGreaterThanOrEqual(4)
      const logins = sink.spans.filter((s) => s.name === "AuthService.login")
      expect(new Set(logins.map((s) => s.attributes.get("galileo.credential")))).toEqual(
        new Set(["Password", "Sso", "Jwt"])
      )
      expect(logins.map((s) => s.attributes.get("galileo.renewal"))).toContain("refresh_token")
      for (const text of [...Canary.seen(sink), ...shown.flatMap(Canary.renderings)]) {
        for (const secret of [password, idToken, jwt, ...refreshTokens]) expect(text).not.toContain(secret)
      }
    }).pipe(
      Canary.capture(sink),
      Effect.provide(GalileoServer.layer({ users: [{ username: "canary@example.com", password }] }))
    )
  })
})
