import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Option, Redacted, Schema } from "effect"
import { TestClock } from "effect/testing"
import { Contract, GalileoHttpClient, version } from "../src/index.js"
import { Fault, GalileoServer } from "../src/testing/index.js"
import * as Canary from "./support/Canary.js"
import * as Live from "./support/Live.js"

const user = GalileoHttpClient.getJson("current_user", Contract.CurrentUser)
const demoSubject = GalileoServer.subjectOf(GalileoServer.demoApiKey)

/** AuthService + GalileoHttpClient on the embedded server, built in the current scope. */
const galileo = Live.withClient

/** Repeats `check` on Effect's scheduler (no timer, no wall clock) until it holds. */
const eventually = (check: Effect.Effect<boolean, unknown>) =>
  Effect.repeat(Effect.andThen(Effect.yieldNow, check), { until: (done) => done })

/** The `jti` of a token, which the server's request log records. */
const tokenId = (token: { readonly value: Redacted.Redacted<string> }): unknown =>
  JSON.parse(Buffer.from(Redacted.value(token.value).split(".")[1] ?? "", "base64url").toString("utf8")).jti

const currentUserCalls = (server: GalileoServer.Service) =>
  Effect.map(server.requests, (log) => log.filter((r) => r.path === "/v1/current_user"))

describe.each(Live.clients)("GalileoHttpClient over %s", (_name, httpClient) => {
  const provide = Live.provide(httpClient)

  it.live("sends the bearer token, Accept and X-Galileo-SDK; no tracing headers", () =>
    Effect.gen(function*() {
      const { auth, run, server } = yield* galileo()
      const me = yield* run(user).pipe(Effect.withSpan("caller"))
      expect(me).toEqual({
        id: GalileoServer.userIdOf(demoSubject),
        email: `${demoSubject}@galileo.test`,
        role: "user"
      })
      const [call] = yield* currentUserCalls(server)
      const token = yield* auth.token
      expect(call?.headers).toEqual({
        authorization: "<redacted>",
        accept: "application/json",
        "x-galileo-sdk": `galileo-effect/${version}`
      })
      expect(call?.subject).toBe(demoSubject)
      expect(call?.tokenId).toBe(tokenId(token))
      const login = (yield* server.requests).find((r) => r.path === "/v1/login/api_key")
      expect(login?.headers["traceparent"]).toBeUndefined()
      expect(login?.headers["b3"]).toBeUndefined()
    }).pipe(provide))

  it.live("propagates tracing headers only when asked", () =>
    Effect.gen(function*() {
      const { run, server } = yield* galileo({ propagateTracing: true })
      yield* run(user).pipe(Effect.withSpan("caller"))
      const [call] = yield* currentUserCalls(server)
      expect(call?.headers["traceparent"]).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/)
    }).pipe(provide))

  it.live("joins the base URL with and without a trailing slash, and with a path", () =>
    Effect.gen(function*() {
      const plain = yield* galileo()
      yield* plain.run(user)
      yield* plain.run(GalileoHttpClient.getJson("/current_user", Contract.CurrentUser))
      yield* plain.run(GalileoHttpClient.getJson(`${plain.server.url}/v1/current_user`, Contract.CurrentUser))
      const slash = yield* galileo({ baseUrl: (url) => `${url}/` })
      yield* slash.run(GalileoHttpClient.getJson("current_user", Contract.CurrentUser))
      const withPath = yield* galileo({ baseUrl: (url) => `${url}/v1/`, pathPrefix: "" })
      yield* withPath.run(GalileoHttpClient.getJson("current_user", Contract.CurrentUser))
      const legacy = yield* galileo({ pathPrefix: "" })
      yield* legacy.run(GalileoHttpClient.getJson("current_user", Contract.CurrentUser))
      const stats = yield* plain.server.stats
      expect(stats.requests["/v1/current_user"]).toBe(5)
      expect(stats.requests["/current_user"]).toBe(1)
      expect(stats.requests["/v1/login/api_key"]).toBe(3)
      expect(stats.requests["/login/api_key"]).toBe(1)
    }).pipe(provide))

  it.live("refuses an absolute URL outside the base URL, sending nothing", () =>
    Effect.gen(function*() {
      const { client, server } = yield* galileo()
      const error = yield* Effect.flip(client.get("http://127.0.0.2:9/steal?key=1"))
      expect(error).toMatchObject({
        _tag: "GalileoTransportError",
        reason: "OffBaseUrl",
        method: "GET",
        path: "/steal"
      })
      expect(error.message).toBe(
        `Galileo was not sent (GET /steal): refusing to send Galileo credentials outside ${server.url}/v1`
      )
      const outsidePrefix = yield* Effect.flip(client.get(`${server.url}/current_user`))
      expect(outsidePrefix).toMatchObject({ _tag: "GalileoTransportError", reason: "OffBaseUrl" })
      expect((yield* server.stats).requests).toEqual({})
    }).pipe(provide))

  it.live("resolves dot segments first: a path that leaves the API URL is refused, sending nothing", () =>
    Effect.gen(function*() {
      const { client, server } = yield* galileo()
      const cases: ReadonlyArray<readonly [string, string]> = [
        ["../admin", "/admin"],
        ["/../admin", "/admin"],
        ["%2e%2e/admin", "/admin"],
        ["%2E%2e/%2e%2E/etc", "/etc"],
        ["projects/../../admin", "/admin"],
        ["./../v1x", "/v1x"]
      ]
      for (const [path, named] of cases) {
        const error = yield* Effect.flip(client.get(path))
        expect({ path, error }).toMatchObject({
          path,
          error: { _tag: "GalileoTransportError", reason: "OffBaseUrl", method: "GET", path: named }
        })
      }
      for (const path of ["//127.0.0.2/steal", "\\\\127.0.0.2\\steal", "current_user\\..\\..\\admin"]) {
        const error = yield* Effect.flip(client.get(path))
        expect({ path, error }).toMatchObject({ path, error: { _tag: "GalileoTransportError", reason: "OffBaseUrl" } })
      }
      expect((yield* server.stats).requests).toEqual({})
      // dot segments that stay under the API URL are resolved, and the call goes out normalised
      yield* client.get("projects/../current_user")
      expect((yield* server.stats).requests["/v1/current_user"]).toBe(1)
    }).pipe(provide))

  it.live("on 401 drops exactly the sent token, logs in once and replays once", () =>
    Effect.gen(function*() {
      const { auth, run, server } = yield* galileo()
      const stale = yield* auth.token
      yield* server.revokeIssuedTokens
      const me = yield* run(user)
      expect(me.id).toBe(GalileoServer.userIdOf(demoSubject))
      const fresh = yield* auth.token
      expect(Redacted.value(fresh.value)).not.toBe(Redacted.value(stale.value))
      const stats = yield* server.stats
      expect([stats.logins, stats.refreshes]).toEqual([1, 1])
      expect(stats.unauthorizedCalls).toBe(1)
      expect(stats.requests["/v1/current_user"]).toBe(2)
    }).pipe(provide))

  it.live("a second 401 fails with GalileoUnauthorized, no loop", () =>
    Effect.gen(function*() {
      const { run, server } = yield* galileo()
      yield* server.inject(Fault.status(401, { detail: "Not authenticated" }), { times: 2, path: "/v1/current_user" })
      const error = yield* Effect.flip(run(user))
      expect(error).toMatchObject({ _tag: "GalileoUnauthorized", status: 401, detail: "Not authenticated" })
      const stats = yield* server.stats
      expect(stats.requests["/v1/current_user"]).toBe(2)
      expect([stats.logins, stats.refreshes]).toEqual([1, 1])
    }).pipe(provide))

  it.live("100 in-flight requests that get 401 for one stale token: one login, 100 replays", () =>
    Effect.gen(function*() {
      const { auth, run, server } = yield* galileo()
      yield* auth.token
      yield* server.revokeIssuedTokens
      const users = yield* Effect.forEach(Array.from({ length: 100 }), () => run(user), { concurrency: "unbounded" })
      expect(users.every((u) => u.id === GalileoServer.userIdOf(demoSubject))).toBe(true)
      const stats = yield* server.stats
      expect([stats.logins, stats.refreshes]).toEqual([1, 1])
      expect(stats.unauthorizedCalls).toBe(100)
      expect(stats.requests["/v1/current_user"]).toBe(200)
    }).pipe(provide))

  it.live("retries idempotent GETs on 503, never a POST unless asked", () =>
    Effect.gen(function*() {
      const { client, run, server } = yield* galileo()
      yield* server.inject(Fault.unavailable(), { times: 2, path: "/v1/current_user" })
      yield* run(user)
      expect((yield* server.stats).requests["/v1/current_user"]).toBe(3)
      yield* server.inject(Fault.unavailable(), { path: "/v1/things" })
      const post = yield* Effect.flip(client.post("things"))
      expect(post).toMatchObject({ _tag: "GalileoHttpError", status: 503 })
      expect((yield* server.stats).requests["/v1/things"]).toBe(1)
      const optIn = yield* galileo({ retryNonIdempotent: true })
      yield* server.inject(Fault.unavailable(), { path: "/v1/things" })
      const retried = yield* Effect.flip(optIn.client.post("things"))
      expect(retried).toMatchObject({ _tag: "GalileoHttpError", status: 404 })
      expect((yield* server.stats).requests["/v1/things"]).toBe(3)
    }).pipe(provide))

  it.live("maps a real FastAPI 422 to GalileoValidationError with its loc/msg", () =>
    Effect.gen(function*() {
      const { run } = yield* galileo()
      const error = yield* Effect.flip(run(GalileoHttpClient.sendJson(
        "POST",
        "login/api_key",
        Schema.Struct({ key: Schema.String }),
        { key: "x" },
        Contract.Token
      )))
      expect(error).toMatchObject({
        _tag: "GalileoValidationError",
        status: 422,
        detail: [{ type: "missing", loc: ["body", "api_key"], msg: "Field required" }]
      })
      expect(error.message).toBe(
        "Galileo rejected the request (POST /v1/login/api_key) with 422: body.api_key: Field required"
      )
    }).pipe(provide))

  it.live("sendJson rejects a bad body with a SchemaError before any request", () =>
    Effect.gen(function*() {
      const { run, server } = yield* galileo()
      const error = yield* Effect.flip(run(GalileoHttpClient.sendJson(
        "PUT",
        "v1/things",
        Schema.Struct({ count: Schema.Natural }),
        { count: -1 },
        Schema.Unknown
      )))
      expect(error._tag).toBe("SchemaError")
      expect((yield* server.stats).requests).toEqual({})
    }).pipe(provide))

  it.live("maps 404 and decode failures", () =>
    Effect.gen(function*() {
      const { client, run } = yield* galileo()
      const missing = yield* Effect.flip(client.get("nope"))
      expect(missing).toMatchObject({ _tag: "GalileoHttpError", status: 404, method: "GET", path: "/v1/nope" })
      expect(missing.message).toBe("Galileo answered HTTP 404 (GET /v1/nope): {\"detail\":\"Not Found\"}")
      const wrongShape = yield* Effect.flip(run(GalileoHttpClient.getJson("healthcheck", Contract.CurrentUser)))
      expect(wrongShape).toMatchObject({
        _tag: "GalileoDecodeError",
        status: 200,
        reason: "id is missing; email is missing"
      })
    }).pipe(provide))
})

describe("GalileoHttpClient reads", () => {
  it.live("the configured body cap applies to authenticated reads: 4 KB refuses 10 KB, 8 MiB takes 2 MB", () =>
    Effect.gen(function*() {
      const small = yield* galileo({ maxResponseBytes: 4096 })
      yield* small.server.inject(Fault.okJson({ id: "u", email: "e", pad: "x".repeat(10_000) }), {
        path: "/v1/current_user"
      })
      const refused = yield* Effect.flip(small.run(user))
      expect(refused).toMatchObject({
        _tag: "GalileoDecodeError",
        status: 200,
        reason: "the body is larger than 4096 bytes",
        path: "/v1/current_user"
      })
      const large = yield* galileo({ maxResponseBytes: 8 * 1024 * 1024 })
      yield* large.server.inject(Fault.okJson({ id: "u", email: "e", pad: "x".repeat(2_000_000) }), {
        path: "/v1/current_user"
      })
      expect(yield* large.run(user)).toEqual({ id: "u", email: "e" })
      yield* large.server.inject(Fault.status(500, { detail: "y".repeat(20_000) }), {
        path: "/v1/current_user",
        times: 4
      })
      const bounded = yield* Effect.flip(small.run(user))
      expect(bounded._tag === "GalileoHttpError" && bounded.body.length).toBe(512)
    }).pipe(Live.provide(Live.clients[1]![1])))

  it.live("a current_user answer with only id and email decodes", () =>
    Effect.gen(function*() {
      const { run, server } = yield* galileo()
      yield* server.inject(Fault.okJson({ id: "u-2", email: "u2@example.com" }), { path: "/v1/current_user" })
      expect(yield* run(user)).toEqual({ id: "u-2", email: "u2@example.com" })
    }).pipe(Live.provide(Live.clients[2]![1])))
})

describe("GalileoHttpClient spans", () => {
  it.live("one span per logical request (none for the cached token); tracing: false records none", () => {
    const sink: Canary.Sink = { texts: [], spans: [] }
    return Effect.gen(function*() {
      const traced = yield* galileo()
      yield* traced.run(user).pipe(Effect.withSpan("caller"))
      yield* traced.server.revokeIssuedTokens
      yield* traced.run(user)
      const names = sink.spans.map((s) => s.name)
      expect(names.filter((n) => n === "GalileoHttpClient GET")).toHaveLength(2)
      expect(names.filter((n) => n === "AuthService.login")).toHaveLength(2)
      // the platform client's own span (named after the method on this line) is turned off
      expect(names.filter((n) => n === "GET" || n === "POST" || n.startsWith("http.client"))).toHaveLength(0)
      const [first, second] = sink.spans.filter((s) => s.name === "GalileoHttpClient GET")
      expect([first?.attributes.get("galileo.replayed"), second?.attributes.get("galileo.replayed")]).toEqual([
        undefined,
        true
      ])
      expect(second?.attributes.get("http.response.status_code")).toBe(200)
      expect(second?.attributes.get("url.path")).toBe("/v1/current_user")
      // the login a request starts is shared by everyone waiting for it: the caller's span parents it
      const caller = sink.spans.find((s) => s.name === "caller")
      const login = sink.spans.find((s) => s.name === "AuthService.login")
      expect(login?.parent._tag === "Some" && login.parent.value.spanId).toBe(caller?.spanId)
      const before = sink.spans.length
      const quiet = yield* galileo({ tracing: false })
      yield* quiet.run(user)
      yield* quiet.run(user)
      expect(sink.spans.length).toBe(before)
    }).pipe(Canary.capture(sink), Live.provide(Live.clients[1]![1]))
  })
})

describe("GalileoHttpClient with TestClock", () => {
  it.effect("picks up a refreshed token between two calls", () =>
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
      expect(calls[0]?.tokenId).toBe(tokenId(first))
      expect(calls[2]?.tokenId).not.toBe(tokenId(first))
      const stats = yield* server.stats
      expect([stats.logins, stats.refreshes]).toEqual([1, 1])
      expect(Option.isSome((yield* auth.token).expiresAt)).toBe(true)
    }).pipe(Effect.provide(Layer.merge(GalileoServer.layer(), Live.clients[1]![1]))))
})
