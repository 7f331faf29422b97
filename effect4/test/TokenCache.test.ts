/**
 * The token cache's state machine on its own: `decide` (what a `token` call does at an instant)
 * and `settled` (the state after a login ends) are pure functions of the state and the time, so
 * every transition is checked here without fibers, HTTP or a clock.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit, Fiber, Option, Redacted, Ref, Scope } from "effect"
import { GalileoHttpError, GalileoUnauthorized } from "../src/GalileoError.js"
import { AccessToken, RefreshPolicy } from "../src/index.js"
import * as TokenCache from "../src/internal/tokenCache.js"
import * as Auth from "./support/Auth.js"
import * as StubClient from "./support/StubClient.js"

const policy = RefreshPolicy.defaultPolicy // refresh 5 min ahead, 10 s retry interval, 5 s cooldown

const minute = 60_000

/** A 1 h JWT received at `receivedAt`: refreshed from +55 min, expired at +60 min. */
const token = (name: string, receivedAt = 0) =>
  AccessToken.make(Redacted.make(StubClient.jwt({ sub: name, iat: 0, exp: 3600 })), "bearer", receivedAt)

const unauthorized = new GalileoUnauthorized({ status: 401, detail: "Invalid API key" })
const unavailable = new GalileoHttpError({ status: 503, body: "down" })

const inflight = (s: TokenCache.State) => Option.getOrUndefined(s.inflight)

/** The login a decision started; fails the test when it started none. */
const started = (decision: ReturnType<typeof TokenCache.decide>[0]) => Option.getOrThrow(decision.start)

/** A state holding `t` (as a successful login leaves it). */
const holding = (t: AccessToken.AccessToken, from: TokenCache.State = TokenCache.initial) => {
  const [decision, claimed] = TokenCache.decide(0, from)
  return TokenCache.settled(claimed, started(decision), Exit.succeed(t), 0, policy)
}

/** A state after a login that failed with `error` at `now`. */
const failedAt = (
  error: GalileoUnauthorized | GalileoHttpError,
  now: number,
  from: TokenCache.State = TokenCache.initial
) => {
  const [decision, claimed] = TokenCache.decide(now, from)
  return TokenCache.settled(claimed, started(decision), Exit.fail(error), now, policy)
}

const value = (t: AccessToken.AccessToken) => Redacted.value(t.value)

describe("TokenCache.decide", () => {
  it.effect("a cold cache claims one login, and every later call waits for that same one", () =>
    Effect.gen(function*() {
      const [first, claimed] = TokenCache.decide(0, TokenCache.initial)
      const login = started(first)
      expect(inflight(claimed)).toBe(login)
      expect(inflight(TokenCache.initial)).toBeUndefined()
      const [second, after] = TokenCache.decide(0, claimed)
      expect(Option.isNone(second.start)).toBe(true)
      expect(after).toBe(claimed)
      login.complete(Exit.succeed(token("a")))
      const [[t1, o1], [t2, o2]] = yield* Effect.all([first.served, second.served])
      expect([value(t1), o1, value(t2), o2]).toEqual([value(token("a")), "miss", value(token("a")), "miss"])
    }))

  it.effect("a cached token before its refresh instant is a hit, and the state does not change", () =>
    Effect.gen(function*() {
      const s = holding(token("a"))
      expect(inflight(s)).toBeUndefined()
      for (const now of [0, 30 * minute, 55 * minute - 1]) {
        const [decision, next] = TokenCache.decide(now, s)
        expect(Option.isNone(decision.start)).toBe(true)
        expect(next).toBe(s)
        const [served, outcome] = yield* decision.served
        expect([value(served), outcome]).toEqual([value(token("a")), "hit"])
      }
    }))

  it.effect("inside the refresh-ahead window: served at once, and exactly one background login is claimed", () =>
    Effect.gen(function*() {
      const s = holding(token("a"))
      const [first, claimed] = TokenCache.decide(55 * minute, s)
      const background = started(first)
      expect(inflight(claimed)).toBe(background)
      const [served, outcome] = yield* first.served
      expect([value(served), outcome]).toEqual([value(token("a")), "refresh-ahead"])
      for (const now of [55 * minute, 57 * minute, 60 * minute - 1]) {
        const [decision, next] = TokenCache.decide(now, claimed)
        expect(Option.isNone(decision.start)).toBe(true)
        expect(next).toBe(claimed)
        expect((yield* decision.served)[1]).toBe("refresh-ahead")
      }
    }))

  it.effect("an expired token is not served: the call waits for a new login", () =>
    Effect.gen(function*() {
      const s = holding(token("a"))
      const [decision, claimed] = TokenCache.decide(60 * minute, s)
      const login = started(decision)
      expect(inflight(claimed)).toBe(login)
      login.complete(Exit.succeed(token("b", 60 * minute)))
      const [served, outcome] = yield* decision.served
      expect([value(served), outcome]).toEqual([value(token("b")), "miss"])
    }))

  it.effect("after GalileoUnauthorized: the same error, no login, until the cooldown ends", () =>
    Effect.gen(function*() {
      const s = failedAt(unauthorized, 1000)
      expect(Option.map(s.cooldown, (c) => [c.until, c.error])).toEqual(Option.some([6000, unauthorized]))
      expect(inflight(s)).toBeUndefined()
      for (const now of [1000, 3000, 5999]) {
        const [decision, next] = TokenCache.decide(now, s)
        expect(Option.isNone(decision.start)).toBe(true)
        expect(next).toBe(s)
        expect(yield* Effect.flip(decision.served)).toBe(unauthorized)
      }
      const [after] = TokenCache.decide(6000, s)
      expect(Option.isSome(after.start)).toBe(true)
    }))

  it("another failure starts no cooldown: the next call logs in again", () => {
    const s = failedAt(unavailable, 1000)
    expect(Option.isNone(s.cooldown)).toBe(true)
    expect(Option.isSome(TokenCache.decide(1000, s)[0].start)).toBe(true)
  })

  it.effect("a failed background refresh keeps the token and claims no other before backgroundAfter", () =>
    Effect.gen(function*() {
      const s = holding(token("a"))
      const [first, claimed] = TokenCache.decide(55 * minute, s)
      const failed = TokenCache.settled(claimed, started(first), Exit.fail(unavailable), 55 * minute, policy)
      expect(failed.backgroundAfter).toBe(55 * minute + 10_000)
      expect(inflight(failed)).toBeUndefined()
      for (const now of [55 * minute, 55 * minute + 9_999]) {
        const [decision, next] = TokenCache.decide(now, failed)
        expect(Option.isNone(decision.start)).toBe(true)
        expect(next).toBe(failed)
        const [served, outcome] = yield* decision.served
        expect([value(served), outcome]).toEqual([value(token("a")), "refresh-ahead"])
      }
      const [again] = TokenCache.decide(55 * minute + 10_000, failed)
      expect(Option.isSome(again.start)).toBe(true)
    }))

  it("backgroundAfter does not hold back a login for a caller that has no usable token", () => {
    const s = holding(token("a"))
    const [first, claimed] = TokenCache.decide(55 * minute, s)
    const failed = TokenCache.settled(claimed, started(first), Exit.fail(unavailable), 60 * minute - 5000, policy)
    expect(failed.backgroundAfter).toBeGreaterThan(60 * minute)
    expect(Option.isSome(TokenCache.decide(60 * minute, failed)[0].start)).toBe(true)
  })
})

describe("TokenCache.settled", () => {
  it("caches a successful login with its timing, and clears the login in flight", () => {
    const s = holding(token("a", 1000))
    const cached = Option.getOrThrow(s.cached)
    expect(value(cached.token)).toBe(value(token("a")))
    expect(cached.timing).toEqual({ refreshAt: 1000 + 55 * minute, expiresAt: 1000 + 60 * minute })
    expect(Option.isNone(s.inflight)).toBe(true)
  })

  it("the end of a login that is no longer the one in flight leaves the current one alone", () => {
    const [first, claimed] = TokenCache.decide(0, TokenCache.initial)
    const stale = started(first)
    // a second login claimed over it (as `AuthService.login` does while one is in flight)
    const [second, reclaimed] = TokenCache.decide(0, { ...claimed, inflight: Option.none() })
    const current = started(second)
    const s = TokenCache.settled(reclaimed, stale, Exit.succeed(token("old")), 0, policy)
    expect(inflight(s)).toBe(current)
  })

  it("a failure keeps the cached token", () => {
    const s = holding(token("a"))
    const [decision, claimed] = TokenCache.decide(55 * minute, s)
    const failed = TokenCache.settled(claimed, started(decision), Exit.fail(unauthorized), 55 * minute, policy)
    expect(Option.map(failed.cached, (c) => value(c.token))).toEqual(Option.some(value(token("a"))))
  })

  it("a successful login ends the cooldown of an earlier GalileoUnauthorized", () => {
    // a login that failed with 401 at t = 0, then one that succeeded at t = 1 s (AuthService.login
    // does not wait for the cooldown), then the token is invalidated (a 401 on a call)
    const refused = failedAt(unauthorized, 0)
    const [decision, claimed] = TokenCache.decide(6000, refused)
    const succeeded = TokenCache.settled(claimed, started(decision), Exit.succeed(token("b", 1000)), 1000, policy)
    const invalidated: TokenCache.State = { ...succeeded, cached: Option.none() }
    const [next] = TokenCache.decide(1500, invalidated)
    expect(Option.isSome(next.start)).toBe(true)
  })
})

describe("TokenCache.Login", () => {
  it.effect("an interrupted waiter leaves the others waiting; its entry goes once its fiber has ended", () =>
    Effect.gen(function*() {
      const login = new TokenCache.Login()
      const fork = (n: number) => Effect.forEach(Array.from({ length: n }), () => Effect.forkChild(login.await))
      const first = yield* fork(100)
      yield* Effect.yieldNow()
      expect(login.waiting).toBe(100)
      yield* Fiber.interruptAll(first.slice(10))
      // the list is pruned when it has doubled since the last prune (at 64 → kept 64, next at 128)
      const second = yield* fork(29)
      yield* Effect.yieldNow()
      expect(login.waiting).toBe(10 + 29)
      expect(login.complete(Exit.succeed(token("a")))).toBe(true)
      expect(login.complete(Exit.succeed(token("b")))).toBe(false)
      const served = yield* Effect.forEach([...first.slice(0, 10), ...second], Fiber.join)
      expect(served.every((t) => value(t) === value(token("a")))).toBe(true)
      for (const fiber of first.slice(10)) expect(Exit.isInterrupted(yield* Fiber.await(fiber))).toBe(true)
      expect(login.waiting).toBe(0)
      expect(value(yield* login.await)).toBe(value(token("a"))) // a late waiter gets the outcome at once
    }))

  it.effect("a failure is shared: every waiter gets the same error", () =>
    Effect.gen(function*() {
      const login = new TokenCache.Login()
      const waiters = yield* Effect.forEach(Array.from({ length: 10 }), () => Effect.forkChild(Effect.flip(login.await)))
      yield* Effect.yieldNow()
      login.complete(Exit.fail(unavailable))
      const errors = yield* Effect.forEach(waiters, Fiber.join)
      expect(errors.every((e) => e === unavailable)).toBe(true)
    }))
})

describe("TokenCache.make", () => {
  it.effect.each(["fiber", "caller"] as const)(
    "%s: closing the scope interrupts the login in flight and every waiter, and leaves nothing running",
    (runLogin) =>
      Effect.gen(function*() {
        const scope = yield* Scope.make()
        const started = yield* Ref.make(0)
        const interrupted = yield* Ref.make(0)
        // the login hangs in a fiber of the cache's scope (as AuthService's attempts do)
        const login = (loginScope: Scope.Scope) =>
          Effect.andThen(
            Ref.update(started, (n) => n + 1),
            Effect.flatMap(
              Effect.forkIn(Effect.onInterrupt(Effect.never, () => Ref.update(interrupted, (n) => n + 1)), loginScope),
              Fiber.join
            )
          )
        const cache = yield* Scope.extend(TokenCache.make(login, policy, runLogin), scope)
        const fibers = yield* Effect.forEach(Array.from({ length: 10 }), () => Effect.forkChild(cache.get))
        yield* Auth.settle
        expect(yield* Ref.get(started)).toBe(1)
        yield* Scope.close(scope, Exit.void)
        for (const fiber of fibers) expect(Exit.isInterrupted(yield* Fiber.await(fiber))).toBe(true)
        expect([yield* Ref.get(started), yield* Ref.get(interrupted)]).toEqual([1, 1])
        expect(Exit.isInterrupted(yield* Effect.exit(cache.get))).toBe(true)
      })
  )
})
