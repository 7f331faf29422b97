import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Option, Redacted, Schema, TestClock } from "effect"
import { Contract, GalileoHttpClient, version } from "../src/index.js"
import { Fault, GalileoServer } from "../src/testing/index.js"
import * as Live from "./support/Live.js"

const user = GalileoHttpClient.getJson("current_user", Contract.CurrentUser)

/** AuthService + GalileoHttpClient on the embedded server, built in the current scope. */
const galileo = Live.withClient

/** Polls `check` in real time (every 20 ms, at most 5 s) until it holds. */
const eventually = (check: Effect.Effect<boolean, unknown>) =>
  Effect.gen(function*() {
    for (let i = 0; i < 250 && !(yield* check); i++) {
      yield* Effect.promise(() => new Promise((resolve) => setTimeout(resolve, 20)))
    }
  })

const currentUserCalls = (server: GalileoServer.Service) =>
  Effect.map(server.requests, (log) => log.filter((r) => r.path === "/current_user"))

describe.each(Live.clients)("GalileoHttpClient over %s", (_name, httpClient) => {
  const provide = Live.provide(httpClient)

  it.scopedLive("sends the bearer token, Accept and X-Galileo-SDK; no tracing headers", () =>
    Effect.gen(function*() {
      const { auth, run, server } = yield* galileo()
      const me = yield* run(user).pipe(Effect.withSpan("caller"))
      expect(me).toEqual({ id: "user-1", email: "user-1@galileo.test", role: "user" })
      const [call] = yield* currentUserCalls(server)
      const token = yield* auth.token
      expect(call?.headers).toEqual({
        authorization: `Bearer ${Redacted.value(token.value)}`,
        accept: "application/json",
        "x-galileo-sdk": `galileo-effect/${version}`
      })
      const login = (yield* server.requests).find((r) => r.path === "/v1/login/api_key")
      expect(login?.headers["traceparent"]).toBeUndefined()
      expect(login?.headers["b3"]).toBeUndefined()
    }).pipe(provide))

  it.scopedLive("propagates tracing headers only when asked", () =>
    Effect.gen(function*() {
      const { run, server } = yield* galileo({ propagateTracing: true })
      yield* run(user).pipe(Effect.withSpan("caller"))
      const [call] = yield* currentUserCalls(server)
      expect(call?.headers["traceparent"]).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/)
    }).pipe(provide))

  it.scopedLive("joins the base URL with and without a trailing slash, and with a path", () =>
    Effect.gen(function*() {
      const plain = yield* galileo()
      yield* plain.run(user)
      yield* plain.run(GalileoHttpClient.getJson("/current_user", Contract.CurrentUser))
      const slash = yield* galileo({ baseUrl: (url) => `${url}/` })
      yield* slash.run(GalileoHttpClient.getJson("current_user", Contract.CurrentUser))
      const withPath = yield* galileo({ baseUrl: (url) => `${url}/v1/`, pathPrefix: "" })
      yield* withPath.run(GalileoHttpClient.getJson("current_user", Contract.CurrentUser))
      const stats = yield* plain.server.stats
      expect(stats.requests["/current_user"]).toBe(3)
      expect(stats.requests["/v1/current_user"]).toBe(1)
      expect(stats.requests["/v1/login/api_key"]).toBe(3)
    }).pipe(provide))

  it.scopedLive("refuses an absolute URL outside the base URL, sending nothing", () =>
    Effect.gen(function*() {
      const { client, server } = yield* galileo()
      const error = yield* Effect.flip(client.get("http://127.0.0.2:9/steal"))
      expect(error).toMatchObject({ _tag: "GalileoTransportError", reason: "Transport" })
      expect((yield* server.stats).requests).toEqual({})
    }).pipe(provide))

  it.scopedLive("on 401 drops exactly the sent token, logs in once and replays once", () =>
    Effect.gen(function*() {
      const { auth, run, server } = yield* galileo()
      const stale = yield* auth.token
      yield* server.revokeIssuedTokens
      const me = yield* run(user)
      expect(me.id).toBe("user-1")
      const fresh = yield* auth.token
      expect(Redacted.value(fresh.value)).not.toBe(Redacted.value(stale.value))
      const stats = yield* server.stats
      expect(stats.logins).toBe(2)
      expect(stats.unauthorizedCalls).toBe(1)
      expect(stats.requests["/current_user"]).toBe(2)
    }).pipe(provide))

  it.scopedLive("a second 401 fails with GalileoUnauthorized, no loop", () =>
    Effect.gen(function*() {
      const { run, server } = yield* galileo()
      yield* server.inject(Fault.status(401, { detail: "Not authenticated" }), { times: 2, path: "/current_user" })
      const error = yield* Effect.flip(run(user))
      expect(error).toMatchObject({ _tag: "GalileoUnauthorized", status: 401, detail: "Not authenticated" })
      const stats = yield* server.stats
      expect(stats.requests["/current_user"]).toBe(2)
      expect(stats.logins).toBe(2)
    }).pipe(provide))

  it.scopedLive("100 in-flight requests that get 401 for one stale token: one login, 100 replays", () =>
    Effect.gen(function*() {
      const { auth, run, server } = yield* galileo()
      yield* auth.token
      yield* server.revokeIssuedTokens
      const users = yield* Effect.forEach(Array.from({ length: 100 }), () => run(user), { concurrency: "unbounded" })
      expect(users.every((u) => u.id === "user-1")).toBe(true)
      const stats = yield* server.stats
      expect(stats.logins).toBe(2)
      expect(stats.unauthorizedCalls).toBe(100)
      expect(stats.requests["/current_user"]).toBe(200)
    }).pipe(provide))

  it.scopedLive("retries idempotent GETs on 503, never a POST unless asked", () =>
    Effect.gen(function*() {
      const { client, run, server } = yield* galileo()
      yield* server.inject(Fault.unavailable(), { times: 2, path: "/current_user" })
      yield* run(user)
      expect((yield* server.stats).requests["/current_user"]).toBe(3)
      yield* server.inject(Fault.unavailable(), { path: "/v1/things" })
      const post = yield* Effect.flip(client.post("v1/things"))
      expect(post).toMatchObject({ _tag: "GalileoHttpError", status: 503 })
      expect((yield* server.stats).requests["/v1/things"]).toBe(1)
      const optIn = yield* galileo({ retryNonIdempotent: true })
      yield* server.inject(Fault.unavailable(), { path: "/v1/things" })
      const retried = yield* Effect.flip(optIn.client.post("v1/things"))
      expect(retried).toMatchObject({ _tag: "GalileoHttpError", status: 404 })
      expect((yield* server.stats).requests["/v1/things"]).toBe(3)
    }).pipe(provide))

  it.scopedLive("maps a real FastAPI 422 to GalileoValidationError with its loc/msg", () =>
    Effect.gen(function*() {
      const { run } = yield* galileo()
      const error = yield* Effect.flip(run(GalileoHttpClient.sendJson(
        "POST",
        "v1/login/api_key",
        Schema.Struct({ key: Schema.String }),
        { key: "x" },
        Contract.Token
      )))
      expect(error).toMatchObject({
        _tag: "GalileoValidationError",
        status: 422,
        detail: [{ type: "missing", loc: ["body", "api_key"], msg: "Field required" }]
      })
      expect(error.message).toBe("Galileo rejected the request (422): body.api_key: Field required")
    }).pipe(provide))

  it.scopedLive("sendJson rejects a bad body with a ParseError before any request", () =>
    Effect.gen(function*() {
      const { run, server } = yield* galileo()
      const error = yield* Effect.flip(run(GalileoHttpClient.sendJson(
        "PUT",
        "v1/things",
        Schema.Struct({ count: Schema.NonNegativeInt }),
        { count: -1 },
        Schema.Unknown
      )))
      expect(error._tag).toBe("ParseError")
      expect((yield* server.stats).requests).toEqual({})
    }).pipe(provide))

  it.scopedLive("maps 404 and decode failures", () =>
    Effect.gen(function*() {
      const { client, run } = yield* galileo()
      const missing = yield* Effect.flip(client.get("nope"))
      expect(missing).toMatchObject({ _tag: "GalileoHttpError", status: 404 })
      const wrongShape = yield* Effect.flip(run(GalileoHttpClient.getJson("healthcheck", Contract.CurrentUser)))
      expect(wrongShape).toMatchObject({
        _tag: "GalileoDecodeError",
        status: 200,
        reason: "id is missing; email is missing; role is missing"
      })
    }).pipe(provide))
})

describe("GalileoHttpClient with TestClock", () => {
  it.scoped("picks up a refreshed token between two calls", () =>
    Effect.gen(function*() {
      const { auth, run, server } = yield* galileo()
      yield* run(user)
      const first = yield* auth.token
      yield* TestClock.adjust("56 minutes")
      yield* run(user)
      // the background refresh does real I/O: wait for it (real time, bounded), not for a TTL
      yield* eventually(Effect.map(auth.token, (t) => Redacted.value(t.value) !== Redacted.value(first.value)))
      yield* run(user)
      const calls = yield* currentUserCalls(server)
      expect(calls.length).toBe(3)
      expect(calls[0]?.headers["authorization"]).toBe(`Bearer ${Redacted.value(first.value)}`)
      expect(calls[2]?.headers["authorization"]).not.toBe(`Bearer ${Redacted.value(first.value)}`)
      expect((yield* server.stats).logins).toBe(2)
      expect(Option.isSome((yield* auth.token).expiresAt)).toBe(true)
    }).pipe(Effect.provide(Layer.merge(GalileoServer.layer(), Live.clients[1]![1]))))
})
