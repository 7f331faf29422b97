import { describe, expect, it } from "@effect/vitest"
import { Duration, Effect, Exit, Fiber, Option, Random, Redacted, Scope } from "effect"
import { HttpClientRequest } from "effect/http"
import { TestClock } from "effect/testing"
import type { AuthService } from "../src/index.js"
import { AccessToken, RefreshPolicy, RetryPolicy } from "../src/index.js"
import * as Auth from "./support/Auth.js"
import * as StubClient from "./support/StubClient.js"

const value = (token: AccessToken.AccessToken) => Redacted.value(token.value)

/** Calls `token` every second: one login until `seconds`, a second one (in the background) right then. */
const refreshesAt = (
  auth: AuthService.Service,
  stub: { readonly requests: Effect.Effect<ReadonlyArray<unknown>> },
  seconds: number
) =>
  Effect.gen(function*() {
    for (let i = 1; i < seconds; i++) {
      yield* TestClock.adjust("1 second")
      yield* auth.token
    }
    expect((yield* stub.requests).length).toBe(1)
    yield* TestClock.adjust("1 second")
    yield* auth.token
    yield* Auth.settle
    expect((yield* stub.requests).length).toBe(2)
  })

describe("AuthService login", () => {
  it.effect("POSTs the key as JSON and decodes the token with its expiry", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make([Auth.tokenAnswer(0, 3600)])
      const token = yield* auth.login
      expect(token.type).toBe("bearer")
      expect(Auth.subject(token)).toBe("user-1")
      expect(Option.map(token.expiresAt, (d) => d.epochMilliseconds)).toEqual(Option.some(3_600_000))
      const [sent] = yield* stub.requests
      expect(sent?.request.method).toBe("POST")
      expect(sent?.request.url).toBe("https://galileo.test/v1/login/api_key")
      expect(sent?.request.headers["content-type"]).toBe("application/json")
      expect(sent?.request.headers["traceparent"]).toBeUndefined()
      const body = sent?.request.body
      expect(body?._tag === "Uint8Array" ? new TextDecoder().decode(body.body) : "").toBe(
        "{\"api_key\":\"unit-api-key\"}"
      )
    }))

  it.effect("retries 503, 503 then succeeds, each delay within the full-jitter bound", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make([{ status: 503 }, { status: 503 }, Auth.tokenAnswer(0, 3600)])
      yield* Auth.runFor(auth.login, "10 seconds").pipe(Random.withSeed("seed-6"))
      const times = (yield* stub.requests).map((r) => r.at)
      expect(times.length).toBe(3)
      // TestClock instants (virtual time, moved by the test): the jitter bounds, not a speed
      const [t0 = 0, t1 = 0, t2 = 0] = times
      expect(t1 - t0).toBeGreaterThanOrEqual(0)
      expect(t1 - t0).toBeLessThan(150)
      expect(t2 - t1).toBeGreaterThanOrEqual(0)
      expect(t2 - t1).toBeLessThan(300)
    }))

  it.effect("gives up after 3 retries with GalileoHttpError and does not cache the failure", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make([{ status: 502, text: "upstream down" }])
      const error = yield* Effect.flip(Auth.runFor(auth.token, "30 seconds"))
      expect(error._tag).toBe("GalileoHttpError")
      expect(error._tag === "GalileoHttpError" && error.status).toBe(502)
      expect(error._tag === "GalileoHttpError" && error.body).toBe("upstream down")
      expect((yield* stub.requests).length).toBe(4)
      yield* Effect.flip(Auth.runFor(auth.token, "30 seconds"))
      expect((yield* stub.requests).length).toBe(8)
    }).pipe(Auth.seeded))

  it.effect.each(
    [
      [422, "GalileoValidationError"],
      [401, "GalileoUnauthorized"],
      [403, "GalileoUnauthorized"],
      [400, "GalileoHttpError"],
      [404, "GalileoHttpError"]
    ] as const
  )("does not retry a %i", ([status, tag]) =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make([{ status, body: { detail: "no" } }])
      const error = yield* Effect.flip(Auth.runFor(auth.login, "1 minute"))
      expect(error._tag).toBe(tag)
      expect((yield* stub.requests).length).toBe(1)
    }))

  it.effect("retries transport errors and 408/429/500/504", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make([
        "transport-error",
        { status: 408 },
        { status: 500 },
        Auth.tokenAnswer(0, 3600)
      ])
      yield* Auth.runFor(auth.login, "10 seconds")
      expect((yield* stub.requests).length).toBe(4)
    }).pipe(Auth.seeded))

  it.effect.each(
    [
      ["in seconds", "2", 2000],
      ["as an HTTP-date", new Date(3000).toUTCString(), 3000]
    ] as const
  )("honours Retry-After %s", ([_how, header, delay]) =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make([
        { status: 429, headers: { "retry-after": header } },
        Auth.tokenAnswer(0, 3600)
      ])
      yield* Auth.runFor(auth.login, "10 seconds")
      expect((yield* stub.requests).map((r) => r.at)).toEqual([0, delay])
    }))

  it.effect("ignores an invalid Retry-After and backs off with jitter", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make([
        { status: 503, headers: { "retry-after": "soon-ish" } },
        Auth.tokenAnswer(0, 3600)
      ])
      yield* Auth.runFor(auth.login, "10 seconds")
      const [t0 = 0, t1 = 0] = (yield* stub.requests).map((r) => r.at) // TestClock instants
      expect(t1 - t0).toBeLessThan(150)
    }).pipe(Auth.seeded))

  it.effect("fails at once when Retry-After exceeds the deadline, carrying it", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make([{ status: 429, headers: { "retry-after": "120" } }])
      const error = yield* Effect.flip(auth.login)
      expect(error._tag).toBe("GalileoHttpError")
      expect(error._tag === "GalileoHttpError" && error.retryAfter).toEqual(Duration.seconds(120))
      expect(error.message).toBe("Galileo answered HTTP 429 (POST /v1/login/api_key) (retry after 2m): {}")
      expect((yield* stub.requests).length).toBe(1)
    }))

  it.effect("times an attempt out after 10 s", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make(["hang"], { retryPolicy: RetryPolicy.none })
      const fiber = yield* Effect.forkChild(auth.login)
      yield* TestClock.adjust("9999 millis")
      expect(fiber.pollUnsafe()).toBeUndefined()
      yield* TestClock.adjust("1 millis")
      const error = yield* Effect.flip(Fiber.join(fiber))
      expect(error._tag).toBe("GalileoTransportError")
      expect(error._tag === "GalileoTransportError" && error.reason).toBe("Timeout")
      expect((yield* stub.requests).length).toBe(1)
    }))

  it.effect("stops at the overall deadline", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make(["hang"], {
        retryPolicy: RetryPolicy.make({ deadline: Duration.seconds(25), maxRetries: 10 })
      })
      const fiber = yield* Effect.forkChild(auth.login)
      yield* Auth.advance(fiber, "25 seconds")
      const error = yield* Effect.flip(Fiber.join(fiber))
      expect(error.message).toContain("Timeout")
      expect((yield* stub.requests).length).toBe(3)
    }).pipe(Auth.seeded))
})

describe("AuthService token cache", () => {
  it.effect("10,000 concurrent cold callers share one login", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make([{ ...Auth.tokenAnswer(0, 3600), after: "100 millis" }])
      const tokens = yield* Auth.runFor(
        Effect.forEach(Array.from({ length: 10_000 }), () => auth.token, { concurrency: "unbounded" }),
        "1 second"
      )
      expect((yield* stub.requests).length).toBe(1)
      expect(new Set(tokens.map(value)).size).toBe(1)
    }))

  it.effect("serves from cache before the refresh-ahead window, refreshes once in the background inside it", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make([Auth.tokenAnswer(0, 3600, "first"), {
        ...Auth.tokenAnswer(3300, 3600, "second"),
        after: "1 second"
      }])
      const first = yield* auth.token
      yield* TestClock.adjust("54 minutes")
      expect(value(yield* auth.token)).toBe(value(first))
      expect((yield* stub.requests).length).toBe(1)
      yield* TestClock.adjust("1 minute") // t = 55 min: refresh-ahead window
      const during = yield* Effect.forEach(Array.from({ length: 500 }), () => auth.token, { concurrency: "unbounded" })
      expect(during.every((t) => value(t) === value(first))).toBe(true)
      // Effect 4 serves the 500 calls without a scheduler turn: the refresh's request goes out at the next ones
      yield* Auth.settle
      expect((yield* stub.requests).length).toBe(2)
      yield* TestClock.adjust("1 second")
      const after = yield* auth.token
      expect(Auth.subject(after)).toBe("second")
      expect((yield* stub.requests).length).toBe(2)
    }))

  it.effect("one token effect, captured once, is checked each time it runs: yield*, flatMap and a fiber of its own", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make([
        Auth.tokenAnswer(0, 3600, "first"),
        Auth.tokenAnswer(3300, 3600, "second"),
        Auth.tokenAnswer(3300, 3600, "third")
      ])
      const token = auth.token
      const ways = (expected: string) =>
        Effect.gen(function*() {
          expect(Auth.subject(yield* token)).toBe(expected)
          expect(Auth.subject(yield* Effect.flatMap(token, Effect.succeed))).toBe(expected)
          expect(Auth.subject(yield* Fiber.join(yield* Effect.forkChild(token)))).toBe(expected)
        })
      yield* ways("first")
      expect((yield* stub.requests).length).toBe(1)
      // the refresh-ahead window, by the TestClock: the first run in it still serves the cached
      // token and starts one refresh, whichever way it runs
      yield* TestClock.adjust("55 minutes")
      expect(Auth.subject(yield* token)).toBe("first")
      yield* Auth.settle
      expect((yield* stub.requests).length).toBe(2)
      yield* ways("second")
      // dropped by invalidate: the next run logs in, even yielded
      const second = yield* token
      expect(yield* auth.invalidate(second.value)).toBe(true)
      yield* ways("third")
      expect((yield* stub.requests).length).toBe(3)
    }))

  it.effect("refreshes a 60 s token at half its life, not on every call", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make([Auth.tokenAnswer(0, 60)])
      yield* auth.token
      yield* refreshesAt(auth, stub, 30)
    }))

  it.effect("an expired token makes callers wait for one new login", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make([
        Auth.tokenAnswer(0, 3600, "old"),
        { status: 503 },
        { ...Auth.tokenAnswer(3600, 3600, "new"), after: "1 second" }
      ], { refreshPolicy: RefreshPolicy.make({ retryInterval: Duration.hours(2) }) })
      yield* auth.token
      yield* TestClock.adjust("55 minutes")
      yield* auth.token // starts a background refresh that fails (503, then not retried: deadline/backoff)
      yield* TestClock.adjust("5 minutes") // now expired
      const tokens = yield* Auth.runFor(
        Effect.forEach(Array.from({ length: 100 }), () => auth.token, { concurrency: "unbounded" }),
        "2 seconds"
      )
      expect(tokens.every((t) => Auth.subject(t) === "new")).toBe(true)
      expect((yield* stub.requests).length).toBe(3)
    }).pipe(Auth.seeded))

  it.effect("a failed background refresh keeps the valid token and tries again later", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make([
        Auth.tokenAnswer(0, 3600, "old"),
        { status: 400 },
        Auth.tokenAnswer(3320, 3600, "new")
      ])
      yield* auth.token
      yield* TestClock.adjust("55 minutes")
      expect(Auth.subject(yield* auth.token)).toBe("old")
      yield* Auth.settle
      expect((yield* stub.requests).length).toBe(2)
      yield* TestClock.adjust("5 seconds")
      expect(Auth.subject(yield* auth.token)).toBe("old")
      expect((yield* stub.requests).length).toBe(2)
      yield* TestClock.adjust("5 seconds") // retryInterval (10 s) passed
      yield* auth.token
      yield* Auth.settle
      expect((yield* stub.requests).length).toBe(3)
      expect(Auth.subject(yield* auth.token)).toBe("new")
    }))

  it.effect("a token without exp lives the fallback lifetime", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make([{ status: 200, body: { access_token: "opaque" } }], {
        refreshPolicy: RefreshPolicy.make({ fallbackLifetime: Duration.minutes(2) })
      })
      const token = yield* auth.token
      expect(Option.isNone(token.expiresAt)).toBe(true)
      yield* refreshesAt(auth, stub, 60)
    }))

  it.effect("is immune to a client clock 10 minutes off the server's", () =>
    Effect.gen(function*() {
      // server clock 10 min ahead: iat = +600 s; and 10 min behind: iat = -600 s
      const { auth, stub } = yield* Auth.make([Auth.tokenAnswer(600, 3600), Auth.tokenAnswer(-600 + 3300, 3600)])
      const ahead = yield* auth.token
      expect(Option.map(ahead.expiresAt, (d) => d.epochMilliseconds)).toEqual(Option.some(3_600_000))
      for (let i = 0; i < 54; i++) {
        yield* TestClock.adjust("1 minute")
        yield* auth.token
      }
      expect((yield* stub.requests).length).toBe(1)
    }))

  it.effect("invalidate drops only the rejected token (compare-and-swap)", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make([Auth.tokenAnswer(0, 3600, "a"), Auth.tokenAnswer(0, 3600, "b")])
      const stale = yield* auth.token
      const dropped = yield* Effect.forEach(Array.from({ length: 100 }), () => auth.invalidate(stale), {
        concurrency: "unbounded"
      })
      expect(dropped.filter(Boolean).length).toBe(1)
      const fresh = yield* auth.token
      expect(Auth.subject(fresh)).toBe("b")
      expect(yield* auth.invalidate(stale)).toBe(false)
      expect(value(yield* auth.token)).toBe(value(fresh))
      expect((yield* stub.requests).length).toBe(2)
    }))

  it.effect("after GalileoUnauthorized, logins pause for the cooldown", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make([{ status: 401, body: { detail: "Invalid API key" } }])
      const first = yield* Effect.flip(auth.token)
      expect(first._tag).toBe("GalileoUnauthorized")
      expect(first.message).toBe("Galileo refused the credentials (POST /v1/login/api_key) with 401: Invalid API key")
      const during = yield* Effect.forEach(Array.from({ length: 1000 }), () => Effect.flip(auth.token))
      expect(during.every((e) => e === first)).toBe(true)
      expect((yield* stub.requests).length).toBe(1)
      yield* TestClock.adjust("5 seconds")
      yield* Effect.flip(auth.token)
      expect((yield* stub.requests).length).toBe(2)
    }))
})

describe("AuthService login run by the caller", () => {
  it.effect("a caller interrupted while running the login strands no waiter: the login starts again in the background", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make(["hang", Auth.tokenAnswer(0, 3600, "second")])
      const runner = yield* Effect.forkChild(auth.token)
      yield* Auth.settle
      const waiters = yield* Effect.forEach(Array.from({ length: 10 }), () => Effect.forkChild(auth.token))
      yield* Auth.settle
      expect((yield* stub.requests).length).toBe(1)
      yield* Fiber.interrupt(runner)
      const tokens = yield* Effect.forEach(waiters, Fiber.join)
      expect(tokens.every((t) => Auth.subject(t) === "second")).toBe(true)
      expect((yield* stub.requests).length).toBe(2)
      expect(Exit.hasInterrupts(yield* Fiber.await(runner))).toBe(true)
    }))

  it.effect("a login slower than every caller's timeout still ends: no caller's interruption stops it twice", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make([{ ...Auth.tokenAnswer(0, 3600, "slow"), after: "3 seconds" }])
      const impatient = Effect.option(Effect.timeout(auth.token, "1 second"))
      // a caller each second, each giving up after one: the first runs the login and is interrupted
      for (let i = 0; i < 3; i++) {
        const caller = yield* Effect.forkChild(impatient)
        yield* TestClock.adjust("1 second")
        expect(Option.isNone(yield* Fiber.join(caller))).toBe(true)
      }
      // the login restarted at 1 s in the scope answers at 4 s, whoever waits
      yield* TestClock.adjust("1 second")
      const next = yield* Effect.forkChild(auth.token)
      yield* Auth.settle
      const served = next.pollUnsafe()
      expect(served === undefined ? undefined : Exit.map(served, Auth.subject)).toEqual(Exit.succeed("slow"))
      expect((yield* stub.requests).map((r) => r.at)).toEqual([0, 1000])
    }))

  it.effect("closing the scope interrupts the login a caller runs and every waiter", () =>
    Effect.gen(function*() {
      const scope = yield* Scope.make()
      const { auth, stub } = yield* Scope.provide(Auth.make(["hang"]), scope)
      const fibers = yield* Effect.forEach(Array.from({ length: 10 }), () => Effect.forkChild(auth.token))
      yield* Auth.settle
      expect((yield* stub.requests).length).toBe(1)
      yield* Scope.close(scope, Exit.void)
      for (const fiber of fibers) expect(Exit.hasInterrupts(yield* Fiber.await(fiber))).toBe(true)
      expect((yield* stub.requests).length).toBe(1)
    }))

  it.effect("an uninterruptible caller's attempt still times out, and the retry serves it", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make(["hang", Auth.tokenAnswer(0, 3600, "second")])
      const token = yield* Auth.runFor(Effect.uninterruptible(auth.token), "15 seconds")
      expect(Auth.subject(token)).toBe("second")
      expect((yield* stub.requests).length).toBe(2)
    }).pipe(Auth.seeded))
})

describe("AuthService credentials and renewal", () => {
  const noApiKey = { apiKey: undefined }
  const idToken = StubClient.jwt({ sub: "sso-user", iat: 0, exp: 3600 })

  it.effect("Password: POSTs the OAuth2 password form to /v1/login", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make([Auth.tokenAnswer(0, 3600, "ann")], {
        ...noApiKey,
        username: "ann@example.com",
        password: Redacted.make("pw secret&=")
      })
      expect(Auth.subject(yield* auth.login)).toBe("ann")
      const [sent] = yield* stub.requests
      expect(sent?.request.method).toBe("POST")
      expect(sent?.request.url).toBe("https://galileo.test/v1/login")
      expect(sent?.request.headers["content-type"]).toBe("application/x-www-form-urlencoded")
      const form = new URLSearchParams(StubClient.bodyText(sent?.request ?? HttpClientRequest.get("/")))
      expect([form.get("username"), form.get("password")]).toEqual(["ann@example.com", "pw secret&="])
    }))

  it.effect("Sso: POSTs { id_token, provider } to /v1/login/social", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make([Auth.tokenAnswer(0, 3600, "sso")], {
        ...noApiKey,
        ssoIdToken: Redacted.make(idToken),
        ssoProvider: "GitHub"
      })
      expect(Auth.subject(yield* auth.login)).toBe("sso")
      const [sent] = yield* stub.requests
      expect(sent?.request.url).toBe("https://galileo.test/v1/login/social")
      expect(sent?.request.headers["content-type"]).toBe("application/json")
      expect(JSON.parse(StubClient.bodyText(sent?.request ?? HttpClientRequest.get("/")))).toEqual({
        id_token: idToken,
        provider: "github"
      })
    }))

  it.effect("Jwt: no request; the token is used until its exp, then GalileoCredentialExpired", () =>
    Effect.gen(function*() {
      const jwt = StubClient.jwt({ sub: "pre-issued", iat: 0, exp: 3600 })
      const { auth, stub } = yield* Auth.make([Auth.tokenAnswer(0, 3600)], { ...noApiKey, jwt: Redacted.make(jwt) })
      const token = yield* auth.token
      expect(value(token)).toBe(jwt)
      expect(Option.map(token.expiresAt, (d) => d.epochMilliseconds)).toEqual(Option.some(3_600_000))
      yield* TestClock.adjust("59 minutes")
      expect(value(yield* auth.token)).toBe(jwt)
      yield* Auth.settle
      yield* TestClock.adjust("1 minute")
      const error = yield* Effect.flip(auth.token)
      expect(error._tag).toBe("GalileoCredentialExpired")
      expect(error.message).toBe(
        "The jwt credential has expired: the pre-issued JWT expired at 1970-01-01T01:00:00.000Z and no other " +
          "credential is configured to log in with"
      )
      expect((yield* stub.requests).length).toBe(0)
    }))

  it.effect("Jwt: an exp no Date can hold is a typed answer, never a defect", () =>
    Effect.gen(function*() {
      const far = StubClient.jwt({ sub: "far", exp: 1e300 })
      const ahead = yield* Auth.make([], { ...noApiKey, jwt: Redacted.make(far) })
      const token = yield* ahead.auth.token
      expect(value(token)).toBe(far)
      expect(Option.isNone(token.expiresAt)).toBe(true)
      const past = StubClient.jwt({ sub: "past", exp: -1e300 })
      const behind = yield* Auth.make([], { ...noApiKey, jwt: Redacted.make(past) })
      const error = yield* Effect.flip(behind.auth.token)
      expect(error._tag).toBe("GalileoCredentialExpired")
      expect(error.message).toContain("expired at -1e+303 ms after the epoch")
      expect((yield* ahead.stub.requests).length + (yield* behind.stub.requests).length).toBe(0)
    }))

  it.effect("renews through the refresh_token cookie the login set: POST /v1/refresh_token with the cookie", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make([
        { ...Auth.tokenAnswer(0, 3600, "first"), setCookies: ["refresh_token=r-1; Path=/; HttpOnly; Secure"] },
        Auth.tokenAnswer(3300, 3600, "second")
      ])
      expect(Auth.subject(yield* auth.token)).toBe("first")
      yield* TestClock.adjust("55 minutes")
      expect(Auth.subject(yield* auth.token)).toBe("first")
      yield* Auth.settle
      const [login, refresh] = yield* stub.requests
      expect(login?.request.url).toBe("https://galileo.test/v1/login/api_key")
      expect(refresh?.request.method).toBe("POST")
      expect(refresh?.request.url).toBe("https://galileo.test/v1/refresh_token")
      expect(refresh?.request.headers["cookie"]).toBe("refresh_token=r-1")
      expect(refresh?.request.body._tag).toBe("Empty")
      expect(Auth.subject(yield* auth.token)).toBe("second")
      expect((yield* stub.requests).length).toBe(2)
    }))

  it.effect("a refused refresh falls back to the credential once, and the cookie is not used again", () =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make([
        { ...Auth.tokenAnswer(0, 3600, "first"), setCookies: ["refresh_token=r-1"] },
        { status: 401, body: { detail: "Invalid refresh token" } },
        Auth.tokenAnswer(3300, 3600, "second"),
        Auth.tokenAnswer(6600, 3600, "third")
      ])
      yield* auth.token
      yield* TestClock.adjust("55 minutes")
      yield* auth.token
      yield* Auth.settle
      expect(Auth.subject(yield* auth.token)).toBe("second")
      yield* TestClock.adjust("55 minutes")
      yield* auth.token
      yield* Auth.settle
      expect(Auth.subject(yield* auth.token)).toBe("third")
      const paths = (yield* stub.requests).map((r) => new URL(r.request.url).pathname)
      expect(paths).toEqual(["/v1/login/api_key", "/v1/refresh_token", "/v1/login/api_key", "/v1/login/api_key"])
    }))

  it.effect.each(
    [
      ["empty", "", "the access token is empty"],
      ["with a space", "abc def", "the access token has characters a bearer token cannot hold"],
      ["with a quote", "abc\"def", "the access token has characters a bearer token cannot hold"],
      ["over 16 KiB", "a".repeat(16 * 1024 + 1), "the access token is longer than 16384 characters"]
    ] as const
  )("refuses an access token %s: GalileoDecodeError, nothing cached", ([_what, bad, reason]) =>
    Effect.gen(function*() {
      const { auth, stub } = yield* Auth.make([
        { status: 200, body: { access_token: bad, token_type: "bearer" } },
        Auth.tokenAnswer(0, 3600, "good")
      ])
      const error = yield* Effect.flip(auth.token)
      expect(error).toMatchObject({
        _tag: "GalileoDecodeError",
        status: 200,
        reason,
        method: "POST",
        path: "/v1/login/api_key"
      })
      if (bad.length > 0) expect(error.message).not.toContain(bad)
      expect((yield* stub.requests).length).toBe(1)
      expect(Auth.subject(yield* auth.token)).toBe("good")
      expect((yield* stub.requests).length).toBe(2)
    }))

  it.effect.each(
    [
      [{ exp: "4102444800", iat: 0 }, "the exp or iat claim is not a number"],
      [{ exp: null }, "the exp or iat claim is not a number"],
      [{ exp: [4102444800] }, "the exp or iat claim is not a number"],
      [{ exp: 3600, iat: "0" }, "the exp or iat claim is not a number"]
    ] as const
  )(
    "refuses an issued JWT whose claims are not numbers (%j): GalileoDecodeError, nothing cached",
    ([claims, reason]) =>
      Effect.gen(function*() {
        const bad = StubClient.jwt({ sub: "bad", ...claims })
        const { auth, stub } = yield* Auth.make([
          { status: 200, body: { access_token: bad, token_type: "bearer" } },
          Auth.tokenAnswer(0, 3600, "good")
        ])
        const error = yield* Effect.flip(auth.token)
        expect(error).toMatchObject({ _tag: "GalileoDecodeError", status: 200, reason, path: "/v1/login/api_key" })
        expect(error.message).not.toContain(bad)
        expect(Auth.subject(yield* auth.token)).toBe("good")
        expect((yield* stub.requests).length).toBe(2)
      })
  )

  it.effect.each(["mac", "bearer\r\nx-injected: 1", "\u001bbearer"])(
    "refuses a token_type that is not bearer: GalileoDecodeError naming it, nothing cached %#",
    (tokenType) =>
      Effect.gen(function*() {
        const { auth, stub } = yield* Auth.make([
          { status: 200, body: { access_token: "abc", token_type: tokenType } },
          { status: 200, body: { access_token: "good", token_type: "Bearer" } }
        ])
        const error = yield* Effect.flip(auth.token)
        expect(error).toMatchObject({ _tag: "GalileoDecodeError", status: 200, path: "/v1/login/api_key" })
        expect(error._tag === "GalileoDecodeError" && error.reason).toContain("token_type")
        expect(error.message).not.toContain("injected")
        const token = yield* auth.token
        expect(value(token)).toBe("good")
        expect(Redacted.value(AccessToken.authorization(token))).toBe("Bearer good")
        expect((yield* stub.requests).length).toBe(2)
      })
  )

  it.effect("accepts an access token of exactly 16 KiB", () =>
    Effect.gen(function*() {
      const { auth } = yield* Auth.make([{ status: 200, body: { access_token: "a".repeat(16 * 1024) } }])
      expect(value(yield* auth.token).length).toBe(16 * 1024)
    }))

  it.effect("a 422 with a string detail keeps it as description, with detail []", () =>
    Effect.gen(function*() {
      const { auth } = yield* Auth.make([{ status: 422, body: { detail: "api_key is malformed" } }])
      const error = yield* Effect.flip(auth.login)
      expect(error).toMatchObject({
        _tag: "GalileoValidationError",
        status: 422,
        detail: [],
        description: "api_key is malformed",
        method: "POST",
        path: "/v1/login/api_key"
      })
      expect(error.message).toBe(
        "Galileo rejected the request (POST /v1/login/api_key) with 422: api_key is malformed"
      )
    }))
})
