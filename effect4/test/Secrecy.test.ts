import { describe, expect, it } from "@effect/vitest"
import { ConfigProvider, Effect, Layer, Redacted, Result } from "effect"
import { AccessToken, GalileoConfig, RetryPolicy } from "../src/index.js"
import * as Config from "../src/internal/config.js"
import * as Response from "../src/internal/response.js"
import { Fault } from "../src/testing/index.js"
import * as Canary from "./support/Canary.js"
import * as Live from "./support/Live.js"

const canaryKey = "CANARY-KEY-7f3c9a1e"

/** An AuthService logging in with the canary key to the embedded server (one retry). */
const oneRetry = RetryPolicy.make({ baseDelay: "2 millis", maxDelay: "10 millis", maxRetries: 1 })
const canaryAuth = Live.withAuth({ apiKey: canaryKey, retryPolicy: oneRetry })

describe("secrecy canary", () => {
  it.live("neither the key nor any token shows in logs, spans, errors or renderings", () => {
    const sink: Canary.Sink = { texts: [], spans: [] }
    return Effect.gen(function*() {
      const { auth, server } = yield* canaryAuth
      const shown: Array<unknown> = []
      const token = yield* auth.token
      const tokenValue = Redacted.value(token.value)
      shown.push(token, token.value, auth)
      const faults: ReadonlyArray<Fault.Fault> = [
        Fault.status(422, {
          detail: [{ type: "string_type", loc: ["body", canaryKey], msg: `bad ${canaryKey}`, input: canaryKey }]
        }),
        Fault.status(422, { detail: `echo ${canaryKey}` }),
        Fault.status(401, { detail: `key ${canaryKey} revoked` }),
        Fault.status(400, { echo: canaryKey, token: tokenValue }),
        Fault.okJson(tokenValue),
        Fault.okJson({ access_token: 1, also: tokenValue, key: canaryKey }),
        Fault.Respond({ status: 200, body: `${tokenValue}${canaryKey}`, headers: {} })
      ]
      // the first renewal tries the refresh cookie: revoke it, so every login below is a key login
      yield* server.revokeRefreshTokens
      for (const fault of faults) {
        yield* server.inject(fault, { path: "/v1/login/api_key" })
        shown.push(yield* Effect.flip(auth.login))
      }
      yield* server.inject(Fault.Reset(), { times: 2, path: "/v1/login/api_key" })
      shown.push(yield* Effect.flip(auth.login))
      yield* server.setApiKeys([])
      yield* server.revokeRefreshTokens
      yield* auth.invalidate(token)
      shown.push(yield* Effect.flip(auth.token))
      shown.push(yield* Effect.exit(auth.token))
      const badKey = Config.resolve({ apiKey: Redacted.make(`${canaryKey}\n`) })
      shown.push(Result.flip(badKey))
      const fromEnv = yield* Effect.flip(
        Layer.build(GalileoConfig.layerConfig()).pipe(
          Effect.provideService(
            ConfigProvider.ConfigProvider,
            ConfigProvider.fromEnvRecord({ GALILEO_API_KEY: ` ${canaryKey}` })
          )
        )
      )
      shown.push(fromEnv)
      yield* Effect.logError("after the run", shown)
      const texts = [...Canary.seen(sink), ...shown.flatMap(Canary.renderings)]
      expect(shown.length).toBe(15)
      expect(sink.spans.map((s) => s.name)).toContain("AuthService.login")
      expect(texts.length).toBeGreaterThan(50)
      for (const text of texts) {
        expect(text).not.toContain(canaryKey)
        expect(text).not.toContain(tokenValue)
        expect(text).not.toContain(tokenValue.split(".")[2])
      }
    }).pipe(Canary.capture(sink), Live.provide(Live.clients[1]![1], { apiKeys: [canaryKey] }))
  })
})

describe("secrecy canary, authenticated calls", () => {
  it.live("tokens sent by GalileoHttpClient never show in errors, spans or logs", () => {
    const sink: Canary.Sink = { texts: [], spans: [] }
    return Effect.gen(function*() {
      const { auth, client, server } = yield* Live.withClient({
        apiKey: canaryKey,
        retryPolicy: oneRetry,
        propagateTracing: true
      })
      const first = Redacted.value((yield* auth.token).value)
      const shown: Array<unknown> = []
      yield* server.inject(Fault.status(500, { echo: first, key: canaryKey }), { times: 2, path: "/v1/current_user" })
      shown.push(yield* Effect.flip(client.get("current_user")))
      yield* server.revokeIssuedTokens
      shown.push(yield* client.get("current_user").pipe(Effect.map((r) => r.status)))
      const second = Redacted.value((yield* auth.token).value)
      yield* server.inject(Fault.status(401, { detail: `bad token ${second}` }), { times: 2, path: "/v1/current_user" })
      shown.push(yield* Effect.flip(client.get("current_user")))
      yield* server.inject(Fault.status(422, { detail: [{ loc: ["header", second], msg: second, type: "x" }] }))
      shown.push(yield* Effect.flip(client.get("current_user")))
      yield* Effect.logWarning("downstream", shown)
      expect(sink.spans.filter((s) => s.name === "GalileoHttpClient GET").length).toBe(4)
      const third = Redacted.value((yield* auth.token).value)
      for (const text of [...Canary.seen(sink), ...shown.flatMap(Canary.renderings)]) {
        for (const secret of [canaryKey, first, second, third]) expect(text).not.toContain(secret)
      }
    }).pipe(Canary.capture(sink), Live.provide(Live.clients[1]![1], { apiKeys: [canaryKey] }))
  })
})

describe("secrecy canary, hostile tokens", () => {
  it.live("claims holding the key, and tokens made for header injection, never show", () => {
    const sink: Canary.Sink = { texts: [], spans: [] }
    return Effect.gen(function*() {
      const { auth, client, server } = yield* Live.withClient({ apiKey: canaryKey, retryPolicy: oneRetry })
      const planted = yield* server.issueToken(canaryKey, "1 hour")
      yield* server.inject(Fault.okJson({ access_token: planted, token_type: "bearer" }))
      const token = yield* auth.login
      const shown: Array<unknown> = [token, AccessToken.make(token.value, token.type, 0)]
      shown.push(yield* Effect.exit(Effect.map(client.get("current_user"), (r) => r.status)))
      for (const injected of [`${planted}\r\nX-Evil: ${canaryKey}`, `Bearer ${canaryKey}\n`, ""]) {
        yield* server.inject(Fault.okJson({ access_token: injected, token_type: "bearer" }), { times: 2 })
        const error = yield* Effect.flip(auth.login)
        expect(error._tag).toBe("GalileoDecodeError")
        shown.push(error)
      }
      yield* Effect.log("tokens", shown)
      for (const text of [...Canary.seen(sink), ...shown.flatMap(Canary.renderings)]) {
        expect(text).not.toContain(canaryKey)
        expect(text).not.toContain(planted)
        expect(text).not.toContain(planted.split(".")[1])
      }
    }).pipe(Canary.capture(sink), Live.provide(Live.clients[1]![1], { apiKeys: [canaryKey] }))
  })
})

/** Every string reachable from a value through its own properties (not through closures). */
const reachableStrings = (root: unknown): ReadonlyArray<string> => {
  const seen = new Set<unknown>()
  const out: Array<string> = []
  const walk = (u: unknown): void => {
    if (typeof u === "string") out.push(u)
    if ((typeof u !== "object" && typeof u !== "function") || u === null || seen.has(u)) return
    seen.add(u)
    if (Redacted.isRedacted(u)) return
    for (const key of Reflect.ownKeys(u)) walk(Reflect.get(u, key))
  }
  walk(root)
  return out
}

describe("what services expose", () => {
  it.live("no public service value holds the key; the configuration holds it only Redacted", () =>
    Effect.gen(function*() {
      const { auth, client, config } = yield* Live.withClient({ apiKey: canaryKey })
      yield* auth.token
      for (const service of [auth, client]) {
        for (const text of [...reachableStrings(service), ...Canary.renderings(service)]) {
          expect(text).not.toContain(canaryKey)
        }
      }
      expect(config.credential._tag).toBe("ApiKey")
      expect(config.credential._tag === "ApiKey" && Redacted.isRedacted(config.credential.apiKey)).toBe(true)
      for (const text of [...reachableStrings(config), ...Canary.renderings(config)]) {
        expect(text).not.toContain(canaryKey)
      }
    }).pipe(Live.provide(Live.clients[2]![1], { apiKeys: [canaryKey] })))
})

describe("scrubbing", () => {
  it("replaces long secrets anywhere, short ones only as whole words, and anything shaped like a JWT", () => {
    const secrets = [Redacted.make("k"), Redacted.make("long-secret-value")]
    expect(Response.scrub("Invalid API key k (k) k-1 xlong-secret-valuex", secrets)).toBe(
      "Invalid API key <redacted> (<redacted>) k-1 x<redacted>x"
    )
    expect(Response.scrub("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln here", [])).toBe("token <redacted> here")
  })
})
