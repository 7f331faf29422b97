import { describe, expect, it } from "@effect/vitest"
import { ConfigProvider, Effect, Either, Layer, Redacted } from "effect"
import { AuthConfig, AuthService, GalileoHttpClient, RetryPolicy } from "../src/index.js"
import { Fault, GalileoServer } from "../src/testing/index.js"
import * as Canary from "./support/Canary.js"
import * as Live from "./support/Live.js"

const canaryKey = "CANARY-KEY-7f3c9a1e"

/** An AuthService logging in with the canary key to the embedded server (one retry). */
const canaryAuth = Effect.gen(function*() {
  const server = yield* GalileoServer.GalileoServer
  const auth = yield* AuthService.make({
    apiKey: Redacted.make(canaryKey),
    baseUrl: server.url,
    retryPolicy: RetryPolicy.make({ ...Live.fastRetry, maxRetries: 1 })
  })
  return { auth, server }
})

describe("secrecy canary", () => {
  it.scopedLive("neither the key nor any token shows in logs, spans, errors or renderings", () => {
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
      for (const fault of faults) {
        yield* server.inject(fault)
        shown.push(yield* Effect.flip(auth.login))
      }
      yield* server.inject(Fault.Reset(), { times: 2 })
      shown.push(yield* Effect.flip(auth.login))
      yield* server.setApiKeys([])
      yield* auth.invalidate(token)
      shown.push(yield* Effect.flip(auth.token))
      shown.push(yield* Effect.exit(auth.token))
      const badKey = AuthConfig.resolve({ apiKey: Redacted.make(`${canaryKey}\n`) })
      shown.push(Either.flip(badKey))
      const fromEnv = yield* Effect.flip(
        Layer.build(AuthService.layerConfig()).pipe(
          Effect.withConfigProvider(ConfigProvider.fromMap(new Map([["GALILEO_API_KEY", ` ${canaryKey}`]])))
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
  it.scopedLive("tokens sent by GalileoHttpClient never show in errors, spans or logs", () => {
    const sink: Canary.Sink = { texts: [], spans: [] }
    return Effect.gen(function*() {
      const { auth, server } = yield* canaryAuth
      const client = yield* GalileoHttpClient.make({ propagateTracing: true }).pipe(
        Effect.provideService(AuthService.AuthService, auth)
      )
      const first = Redacted.value((yield* auth.token).value)
      const shown: Array<unknown> = []
      yield* server.inject(Fault.status(500, { echo: first, key: canaryKey }), { times: 2, path: "/current_user" })
      shown.push(yield* Effect.flip(client.get("current_user")))
      yield* server.revokeIssuedTokens
      shown.push(yield* client.get("current_user").pipe(Effect.map((r) => r.status)))
      const second = Redacted.value((yield* auth.token).value)
      yield* server.inject(Fault.status(401, { detail: `bad token ${second}` }), { times: 2, path: "/current_user" })
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
