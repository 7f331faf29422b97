/**
 * The reliability promises under load, faults and bad input, each with exact counts
 * (numbered as in the reliability issue; the rest live beside the feature they test).
 */
import { describe, expect, it } from "@effect/vitest"
import { DateTime, Duration, Effect, Layer, Option, Redacted } from "effect"
import { HttpClientRequest, HttpClientResponse } from "effect/http"
import { TestClock } from "effect/testing"
import { Contract, RetryPolicy } from "../src/index.js"
import * as GalileoResponse from "../src/internal/response.js"
import { Fault, GalileoServer } from "../src/testing/index.js"
import * as Auth from "./support/Auth.js"
import * as Live from "./support/Live.js"
import * as Spawn from "./support/Spawn.js"

const loginPath = "/v1/login/api_key"
const times = <A>(n: number, f: () => A): ReadonlyArray<A> => Array.from({ length: n }, f)
const value = (t: { readonly value: Redacted.Redacted<string> }) => Redacted.value(t.value)

describe("reliability", () => {
  it.live("1. 10,000 concurrent cold token calls over real HTTP: exactly 1 login, one token", () =>
    Effect.gen(function*() {
      const { auth, server } = yield* Live.withAuth()
      yield* server.inject(Fault.delay("20 millis"))
      const tokens = yield* Effect.forEach(times(10_000, () => auth.token), (e) => e, { concurrency: "unbounded" })
      expect(new Set(tokens.map(value)).size).toBe(1)
      expect((yield* server.stats).requests[loginPath]).toBe(1)
    }).pipe(Live.provide(Live.clients[1]![1])))

  it.effect("2. 500 calls inside the refresh-ahead window: 1 background login, 0 callers blocked", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make([
        Auth.tokenAnswer(0, 3600, "old"),
        { ...Auth.tokenAnswer(3360, 3600, "new"), after: "5 seconds" }
      ])
      const old = yield* auth.token
      yield* TestClock.adjust("56 minutes")
      const during = yield* Effect.forEach(times(500, () => auth.token), (e) => e, { concurrency: "unbounded" })
      expect(during.every((t) => value(t) === value(old))).toBe(true) // all served while the login is pending
      // Effect 4 serves the 500 calls without a scheduler turn: the refresh's request goes out at the next ones
      yield* Auth.settle
      expect((yield* stub.requests).length).toBe(2)
      yield* TestClock.adjust("5 seconds")
      yield* Auth.settle
      expect(Auth.subject(yield* auth.token)).toBe("new")
      expect((yield* stub.requests).length).toBe(2)
    }))

  it.effect("3. expired token, 100 concurrent calls: 1 renewal, 0 requests sent with the old token", () =>
    Effect.gen(function*() {
      const { auth, client, server } = yield* Live.withClient({ retryPolicy: RetryPolicy.defaultPolicy })
      const old = yield* auth.token
      yield* TestClock.adjust("61 minutes")
      const users = yield* Effect.forEach(
        times(100, () => Effect.flatMap(client.get("current_user"), client.decode(Contract.CurrentUser))),
        (e) => e,
        { concurrency: "unbounded" }
      )
      expect(users.length).toBe(100)
      const calls = (yield* server.requests).filter((r) => r.path === "/v1/current_user")
      expect(calls.length).toBe(100)
      // the server's log redacts `authorization`: tell tokens apart by their `jti` (a call with
      // the old, expired token would carry no valid token at all)
      expect(Auth.claim(old, "jti")).toBeDefined()
      expect(calls.every((r) => r.tokenId !== undefined)).toBe(true)
      expect(calls.filter((r) => r.tokenId === Auth.claim(old, "jti")).length).toBe(0)
      // one renewal: through the refresh cookie the first login set
      const stats = yield* server.stats
      expect([stats.logins, stats.refreshes]).toEqual([1, 1])
      expect(stats.unauthorizedCalls).toBe(0)
    }).pipe(Effect.provide(Layer.merge(GalileoServer.layer(), Live.clients[1]![1]))))

  it.effect("5. 24 h of steady traffic under TestClock: logins = ceil(24 h / refresh interval) ± 1", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make([(at) => Auth.tokenAnswer(Math.floor(at / 1000), 3600)])
      const interval = Duration.minutes(55) // a 1 h token is refreshed 5 min before it expires
      for (let minute = 0; minute < 24 * 60; minute++) {
        yield* auth.token
        yield* Auth.settle
        yield* TestClock.adjust("1 minute")
      }
      const logins = (yield* stub.requests).length
      const expected = Math.ceil(Duration.toMillis(Duration.hours(24)) / Duration.toMillis(interval))
      expect(Math.abs(logins - expected)).toBeLessThanOrEqual(1)
    }))

  it.effect("7. persistent 5xx: every waiter gets the same typed error after the retry limit; nothing cached", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make([{ status: 503, text: "down" }])
      const errors = yield* Auth.runFor(
        Effect.forEach(times(100, () => Effect.flip(auth.token)), (e) => e, { concurrency: "unbounded" }),
        "1 minute"
      )
      expect(new Set(errors.map((e) => e.message)).size).toBe(1)
      expect(errors[0]?.message).toBe("Galileo answered HTTP 503 (POST /v1/login/api_key): down")
      expect((yield* stub.requests).length).toBe(4)
      yield* Effect.flip(Auth.runFor(auth.token, "1 minute"))
      expect((yield* stub.requests).length).toBe(8)
    }).pipe(Auth.seeded))

  it.effect("10. a 10 MB 200 body: GalileoDecodeError after reading no more than the cap", () =>
    Effect.gen(function*() {
      let pulled = 0
      const chunk = new Uint8Array(64 * 1024).fill(120)
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (pulled >= 10 * 1024 * 1024) return controller.close()
          pulled += chunk.length
          controller.enqueue(chunk)
        }
      }, { highWaterMark: 0 })
      const request = HttpClientRequest.get("http://galileo.test/")
      const response = HttpClientResponse.fromWeb(request, new Response(body, { status: 200 }))
      const error = yield* Effect.flip(
        GalileoResponse.decode(Contract.Token, { maxBytes: 1024 * 1024, secrets: [] })(response)
      )
      expect(error).toMatchObject({ _tag: "GalileoDecodeError", reason: "the body is larger than 1048576 bytes" })
      expect(pulled).toBeLessThanOrEqual(1024 * 1024 + 2 * chunk.length)
    }))

  it.live("10. HTML with a 200 status is a GalileoDecodeError and is not cached", () =>
    Effect.gen(function*() {
      const { auth, server } = yield* Live.withAuth()
      yield* server.inject(Fault.Respond({ status: 200, body: "<html>maintenance</html>", headers: {} }))
      expect(yield* Effect.flip(auth.token)).toMatchObject({
        _tag: "GalileoDecodeError",
        reason: "the body is not JSON"
      })
      expect(Auth.subject(yield* auth.token)).toBe(GalileoServer.subjectOf(GalileoServer.demoApiKey))
    }).pipe(Live.provide(Live.clients[1]![1])))

  it.effect("12. a revoked key under 1,000 req/s: at most one login per cooldown", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make([{ status: 401, body: { detail: "Invalid API key" } }])
      for (let ms = 0; ms < 20_000; ms += 100) {
        yield* Effect.forEach(times(100, () => Effect.flip(auth.token)), (e) => e, { concurrency: "unbounded" })
        yield* TestClock.adjust("100 millis")
      }
      expect((yield* stub.requests).length).toBe(4) // t = 0, 5, 10, 15 s for 20,000 calls
    }))

  it.live.each([["+10 min", 10], ["-10 min", -10]] as const)(
    "13. server clock %s off the client's: right expiry, no refresh loop, no spurious 401",
    ([_label, minutes]) =>
      Effect.gen(function*() {
        const { auth, client, server } = yield* Live.withClient({ retryPolicy: RetryPolicy.defaultPolicy })
        const now = yield* DateTime.now
        const token = yield* auth.token
        const after = yield* DateTime.now
        // an hour (exp - iat) after it was received by the client's clock, whatever the server's says
        const expiresAt = DateTime.toEpochMillis(Option.getOrThrow(token.expiresAt))
        expect(expiresAt).toBeGreaterThanOrEqual(DateTime.toEpochMillis(now) + 3_600_000)
        expect(expiresAt).toBeLessThanOrEqual(DateTime.toEpochMillis(after) + 3_600_000)
        yield* Effect.forEach(times(100, () => auth.token), (e) => e)
        const user = yield* Effect.flatMap(client.get("current_user"), client.decode(Contract.CurrentUser))
        expect(user.id).toBe(GalileoServer.userIdOf(GalileoServer.subjectOf(GalileoServer.demoApiKey)))
        const stats = yield* server.stats
        expect([stats.logins, stats.unauthorizedCalls]).toEqual([1, 0])
      }).pipe(
        Effect.provide(
          Layer.merge(GalileoServer.layer({ clockOffset: Duration.minutes(minutes) }), Live.clients[1]![1])
        )
      )
  )

  it.live("14. a non-ASCII key goes on the wire as exact UTF-8", () =>
    Effect.gen(function*() {
      const key = "clé-ключ-鍵-🔑"
      const { auth } = yield* Live.withAuth({ apiKey: key, retryPolicy: RetryPolicy.defaultPolicy })
      expect(Auth.subject(yield* auth.login)).toBe(GalileoServer.subjectOf(key))
      const { auth: stubbed, stub } = yield* Auth.make([Auth.tokenAnswer(0, 60)], { apiKey: Redacted.make(key) })
      yield* stubbed.login
      const body = (yield* stub.requests)[0]?.request.body
      const bytes = body?._tag === "Uint8Array" ? body.body : new Uint8Array()
      expect(Buffer.from(bytes).equals(Buffer.from(JSON.stringify({ api_key: key }), "utf8"))).toBe(true)
    }).pipe(Effect.provide(Layer.merge(GalileoServer.layer({ apiKeys: ["clé-ключ-鍵-🔑"] }), Live.clients[0]![1]))))

  it.effect(
    "16. closing the scope during a login: interrupted, and the process exits on its own",
    () =>
      Effect.gen(function*() {
        const result = yield* Spawn.run(process.execPath, ["--import", "tsx", "test/fixtures/scope-exit.ts"])
        expect(result.code).toBe(0)
        expect(result.stdout).toBe("interrupted\nleft: []\n")
      })
  )
})
