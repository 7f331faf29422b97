// Copied from core/test/client.tokenCache.test.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * The token cache's state machine on its own (the core's `client/tokenCache.ts`): `decide` (what a
 * `token` call does at an instant), `claim`, `settled` (the state after a login ends) and
 * `invalidated` are pure functions of the state and the time, so every transition is checked
 * here without fibers, HTTP or a clock. Plain vitest: no Effect.
 */
import { describe, expect, it } from "vitest"
import * as TokenCache from "../../src/core/client/tokenCache.js"

/** The default refresh policy's intervals: 10 s retry interval, 5 s cooldown. */
const intervals: TokenCache.Intervals = { retryInterval: 10_000, unauthorizedCooldown: 5_000 }

const minute = 60_000

interface Token {
  readonly name: string
}
interface Login {
  readonly id: number
}
type Refusal = { readonly _tag: "GalileoUnauthorized"; readonly detail: string }
type State = TokenCache.State<Token, Login, Refusal>

const empty: State = TokenCache.initial

let logins = 0
const newLogin = (): Login => ({ id: ++logins })

/** A 1 h token received at `receivedAt`: refreshed from +55 min, expired at +60 min (the default policy). */
const token = (name: string, receivedAt = 0) => ({
  token: { name },
  timing: { refreshAt: receivedAt + 55 * minute, expiresAt: receivedAt + 60 * minute }
})

const unauthorized: Refusal = { _tag: "GalileoUnauthorized", detail: "Invalid API key" }

/** Applies a decision that claims a login; fails the test when it claims none. */
const claimed = (now: number, s: State): readonly [Login, State] => {
  const decision = TokenCache.decide(now, s)
  const claims = decision._tag === "Login" || (decision._tag === "Serve" && decision.refresh)
  expect(claims).toBe(true)
  const login = newLogin()
  return [login, TokenCache.claim(s, login)]
}

const succeeded = (t: ReturnType<typeof token>) => ({ _tag: "Success", ...t }) as const
const failed = (refusal?: Refusal) => ({ _tag: "Failure", refusal }) as const

/** A state holding `t` (as a successful login leaves it). */
const holding = (t: ReturnType<typeof token>, from: State = empty): State => {
  const [login, s] = claimed(0, from)
  return TokenCache.settled(s, login, succeeded(t), 0, intervals)
}

/** A state after a login that failed at `now` (refused when `refusal` is given). */
const failedAt = (now: number, refusal?: Refusal, from: State = empty): State => {
  const [login, s] = claimed(now, from)
  return TokenCache.settled(s, login, failed(refusal), now, intervals)
}

describe("TokenCache.decide", () => {
  it("a cold cache claims one login, and every later call waits for that same one", () => {
    expect(TokenCache.decide(0, empty)).toEqual({ _tag: "Login" })
    const [login, s] = claimed(0, empty)
    expect(s.inflight).toBe(login)
    expect(empty.inflight).toBeUndefined()
    const second = TokenCache.decide(0, s)
    expect(second).toEqual({ _tag: "Await", login })
    expect(second._tag === "Await" && second.login).toBe(login)
  })

  it("a cached token before its refresh instant is a hit, and claims nothing", () => {
    const s = holding(token("a"))
    expect(s.inflight).toBeUndefined()
    for (const now of [0, 30 * minute, 55 * minute - 1]) {
      expect(TokenCache.decide(now, s)).toEqual({ _tag: "Serve", token: { name: "a" }, outcome: "hit", refresh: false })
    }
  })

  it("inside the refresh-ahead window: served at once, and exactly one background login is claimed", () => {
    const s = holding(token("a"))
    expect(TokenCache.decide(55 * minute, s)).toEqual({
      _tag: "Serve",
      token: { name: "a" },
      outcome: "refresh-ahead",
      refresh: true
    })
    const [background, refreshing] = claimed(55 * minute, s)
    expect(refreshing.inflight).toBe(background)
    expect(refreshing.cached).toBe(s.cached)
    for (const now of [55 * minute, 57 * minute, 60 * minute - 1]) {
      expect(TokenCache.decide(now, refreshing)).toEqual({
        _tag: "Serve",
        token: { name: "a" },
        outcome: "refresh-ahead",
        refresh: false
      })
    }
  })

  it("an expired token is not served: the call claims a new login", () => {
    const s = holding(token("a"))
    expect(TokenCache.decide(60 * minute, s)).toEqual({ _tag: "Login" })
    const [login, next] = claimed(60 * minute, s)
    const after = TokenCache.settled(next, login, succeeded(token("b", 60 * minute)), 60 * minute, intervals)
    expect(TokenCache.decide(60 * minute, after)).toMatchObject({ _tag: "Serve", token: { name: "b" }, outcome: "hit" })
  })

  it("after GalileoUnauthorized: the same error, no login, until the cooldown ends", () => {
    const s = failedAt(1000, unauthorized)
    expect(s.cooldown).toEqual({ until: 6000, error: unauthorized })
    expect(s.inflight).toBeUndefined()
    for (const now of [1000, 3000, 5999]) {
      const decision = TokenCache.decide(now, s)
      expect(decision).toEqual({ _tag: "Refuse", error: unauthorized })
      expect(decision._tag === "Refuse" && decision.error).toBe(unauthorized)
    }
    expect(TokenCache.decide(6000, s)).toEqual({ _tag: "Login" })
  })

  it("another failure starts no cooldown: the next call logs in again", () => {
    const s = failedAt(1000)
    expect(s.cooldown).toBeUndefined()
    expect(TokenCache.decide(1000, s)).toEqual({ _tag: "Login" })
  })

  it("a failed background refresh keeps the token and claims no other before backgroundAfter", () => {
    const s = holding(token("a"))
    const [login, refreshing] = claimed(55 * minute, s)
    const after = TokenCache.settled(refreshing, login, failed(), 55 * minute, intervals)
    expect(after.backgroundAfter).toBe(55 * minute + 10_000)
    expect(after.inflight).toBeUndefined()
    for (const now of [55 * minute, 55 * minute + 9_999]) {
      expect(TokenCache.decide(now, after)).toEqual({
        _tag: "Serve",
        token: { name: "a" },
        outcome: "refresh-ahead",
        refresh: false
      })
    }
    expect(TokenCache.decide(55 * minute + 10_000, after)).toMatchObject({ _tag: "Serve", refresh: true })
  })

  it("backgroundAfter does not hold back a login for a caller that has no usable token", () => {
    const s = holding(token("a"))
    const [login, refreshing] = claimed(55 * minute, s)
    const after = TokenCache.settled(refreshing, login, failed(), 60 * minute - 5000, intervals)
    expect(after.backgroundAfter).toBeGreaterThan(60 * minute)
    expect(TokenCache.decide(60 * minute, after)).toEqual({ _tag: "Login" })
  })
})

describe("TokenCache.settled", () => {
  it("caches a successful login with its timing, and clears the login in flight", () => {
    const s = holding(token("a", 1000))
    expect(s.cached).toEqual({ token: { name: "a" }, timing: { refreshAt: 1000 + 55 * minute, expiresAt: 1000 + 60 * minute } })
    expect(s.inflight).toBeUndefined()
  })

  it("the end of a login that is no longer the one in flight leaves the current one alone", () => {
    const [stale, first] = claimed(0, empty)
    // a second login claimed over it (as `AuthService.login` does while one is in flight)
    const current = newLogin()
    const reclaimed = TokenCache.claim(first, current)
    expect(reclaimed.inflight).toBe(current)
    const s = TokenCache.settled(reclaimed, stale, succeeded(token("old")), 0, intervals)
    expect(s.inflight).toBe(current)
    expect(s.cached?.token).toEqual({ name: "old" })
  })

  it("a failure keeps the cached token", () => {
    const s = holding(token("a"))
    const [login, refreshing] = claimed(55 * minute, s)
    const after = TokenCache.settled(refreshing, login, failed(unauthorized), 55 * minute, intervals)
    expect(after.cached?.token).toEqual({ name: "a" })
  })

  it("a successful login ends the cooldown of an earlier GalileoUnauthorized", () => {
    // a login that failed with 401 at t = 0, then one that succeeded at t = 1 s (AuthService.login
    // does not wait for the cooldown), then the token is invalidated (a 401 on a call)
    const refused = failedAt(0, unauthorized)
    const [login, s] = claimed(6000, refused)
    const ok = TokenCache.settled(s, login, succeeded(token("b", 1000)), 1000, intervals)
    expect(ok.cooldown).toBeUndefined()
    const [dropped, invalidated] = TokenCache.invalidated(ok, (t) => t.name === "b")
    expect(dropped).toBe(true)
    expect(TokenCache.decide(1500, invalidated)).toEqual({ _tag: "Login" })
  })

  it("a later failure that is no refusal leaves the cooldown as it was", () => {
    const refused = failedAt(0, unauthorized)
    const [login, s] = claimed(6000, refused)
    const after = TokenCache.settled(s, login, failed(), 6000, intervals)
    expect(after.cooldown).toEqual({ until: 5000, error: unauthorized })
    expect(after.backgroundAfter).toBe(16_000)
  })
})

describe("TokenCache.invalidated", () => {
  it("drops only the rejected token (compare-and-swap), once", () => {
    const s = holding(token("a"))
    const [dropped, next] = TokenCache.invalidated(s, (t) => t.name === "a")
    expect([dropped, next.cached]).toEqual([true, undefined])
    const [again, same] = TokenCache.invalidated(next, (t) => t.name === "a")
    expect(again).toBe(false)
    expect(same).toBe(next)
    const [other, kept] = TokenCache.invalidated(s, (t) => t.name === "b")
    expect(other).toBe(false)
    expect(kept).toBe(s)
  })

  it("keeps the login in flight and the cooldown", () => {
    const refused = failedAt(55 * minute, unauthorized, holding(token("a")))
    expect(refused.cooldown).toEqual({ until: 55 * minute + 5000, error: unauthorized })
    const [login, s] = claimed(56 * minute, refused)
    const [, next] = TokenCache.invalidated(s, () => true)
    expect(next.inflight).toBe(login)
    expect(next.cooldown).toBe(s.cooldown)
  })
})
