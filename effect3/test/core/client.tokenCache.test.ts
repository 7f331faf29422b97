// Copied from core/test/client.tokenCache.test.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * The token cache's state machine on its own (the core's `client/tokenCache.ts`): `decide` (what a
 * `token` call does at an instant), `claim`, `loggedIn` and `failed` (the state after a login
 * ends) and `invalidated` are pure functions of the state and the time, so every transition is checked
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

const decide = (now: number, s: State) => TokenCache.decide(now, s, newLogin)

/** Decides a call that claims a login; fails the test when it claims none. */
const claimed = (now: number, s: State): readonly [Login, State] => {
  const [decision, next] = decide(now, s)
  const login = decision._tag === "Serve"
    ? decision.refresh
    : decision._tag === "Await" && decision.claimed
    ? decision.login
    : undefined
  if (login === undefined) throw new Error(`claimed no login: ${JSON.stringify(decision)}`)
  expect(next.inflight).toBe(login)
  return [login, next]
}

/** A state holding `t` (as a successful login leaves it). */
const holding = (t: ReturnType<typeof token>, from: State = empty): State => {
  const [login, s] = claimed(0, from)
  return TokenCache.loggedIn(s, login, t)
}

/** A state after a login that failed at `now` (refused when `refusal` is given). */
const failedAt = (now: number, refusal?: Refusal, from: State = empty): State => {
  const [login, s] = claimed(now, from)
  return TokenCache.failed(s, login, now, intervals, refusal)
}

const serve = (name: string, refresh?: Login) => ({ _tag: "Serve", token: { name }, refresh })

describe("TokenCache.decide", () => {
  it("a cold cache claims one login, and every later call waits for that same one", () => {
    const [login, s] = claimed(0, empty)
    expect(empty.inflight).toBeUndefined()
    const [second, after] = decide(0, s)
    expect(second).toEqual({ _tag: "Await", login, claimed: false })
    expect(second._tag === "Await" && second.login).toBe(login)
    expect(after).toBe(s)
  })

  it("a cached token before its refresh instant is served (a hit), and the state does not change", () => {
    const s = holding(token("a"))
    expect(s.inflight).toBeUndefined()
    for (const now of [0, 30 * minute, 55 * minute - 1]) {
      const [decision, next] = decide(now, s)
      expect(decision).toEqual(serve("a"))
      expect(next).toBe(s)
    }
  })

  it("inside the refresh-ahead window: served at once, and exactly one background login is claimed", () => {
    const s = holding(token("a"))
    const [first, refreshing] = decide(55 * minute, s)
    expect(first._tag === "Serve" && first.refresh).toBe(refreshing.inflight)
    expect(first).toEqual(serve("a", refreshing.inflight))
    expect(refreshing.cached).toBe(s.cached)
    for (const now of [55 * minute, 57 * minute, 60 * minute - 1]) {
      const [decision, next] = decide(now, refreshing)
      expect(decision).toEqual(serve("a"))
      expect(next).toBe(refreshing)
    }
  })

  it("an expired token is not served: the call waits for a new login", () => {
    const s = holding(token("a"))
    const [login, next] = claimed(60 * minute, s)
    const after = TokenCache.loggedIn(next, login, token("b", 60 * minute))
    expect(decide(60 * minute, after)[0]).toEqual(serve("b"))
  })

  it("after GalileoUnauthorized: the same error, no login, until the cooldown ends", () => {
    const s = failedAt(1000, unauthorized)
    expect(s.cooldown).toEqual({ until: 6000, error: unauthorized })
    expect(s.inflight).toBeUndefined()
    for (const now of [1000, 3000, 5999]) {
      const [decision, next] = decide(now, s)
      expect(decision).toEqual({ _tag: "Refuse", error: unauthorized })
      expect(decision._tag === "Refuse" && decision.error).toBe(unauthorized)
      expect(next).toBe(s)
    }
    claimed(6000, s)
  })

  it("another failure starts no cooldown: the next call logs in again", () => {
    const s = failedAt(1000)
    expect(s.cooldown).toBeUndefined()
    claimed(1000, s)
  })

  it("a failed background refresh keeps the token and claims no other before backgroundAfter", () => {
    const s = holding(token("a"))
    const [login, refreshing] = claimed(55 * minute, s)
    const after = TokenCache.failed(refreshing, login, 55 * minute, intervals, undefined)
    expect(after.backgroundAfter).toBe(55 * minute + 10_000)
    expect(after.inflight).toBeUndefined()
    for (const now of [55 * minute, 55 * minute + 9_999]) {
      const [decision, next] = decide(now, after)
      expect(decision).toEqual(serve("a"))
      expect(next).toBe(after)
    }
    claimed(55 * minute + 10_000, after)
  })

  it("backgroundAfter does not hold back a login for a caller that has no usable token", () => {
    const s = holding(token("a"))
    const [login, refreshing] = claimed(55 * minute, s)
    const after = TokenCache.failed(refreshing, login, 60 * minute - 5000, intervals, undefined)
    expect(after.backgroundAfter).toBeGreaterThan(60 * minute)
    const [decision] = decide(60 * minute, after)
    expect(decision).toMatchObject({ _tag: "Await", claimed: true })
  })
})

describe("TokenCache.loggedIn and failed", () => {
  it("caches a successful login with its timing, and clears the login in flight", () => {
    const s = holding(token("a", 1000))
    expect(s.cached).toEqual({
      token: { name: "a" },
      timing: { refreshAt: 1000 + 55 * minute, expiresAt: 1000 + 60 * minute }
    })
    expect(s.inflight).toBeUndefined()
  })

  it("the end of a login that is no longer the one in flight leaves the current one alone", () => {
    const [stale, first] = claimed(0, empty)
    // a second login claimed over it (as `AuthService.login` does while one is in flight)
    const current = newLogin()
    const reclaimed = TokenCache.claim(first, current)
    expect(reclaimed.inflight).toBe(current)
    const s = TokenCache.loggedIn(reclaimed, stale, token("old"))
    expect(s.inflight).toBe(current)
    expect(s.cached?.token).toEqual({ name: "old" })
    expect(TokenCache.failed(reclaimed, stale, 0, intervals, undefined).inflight).toBe(current)
  })

  it("a failure keeps the cached token", () => {
    const s = holding(token("a"))
    const [login, refreshing] = claimed(55 * minute, s)
    const after = TokenCache.failed(refreshing, login, 55 * minute, intervals, unauthorized)
    expect(after.cached?.token).toEqual({ name: "a" })
  })

  it("a successful login ends the cooldown of an earlier GalileoUnauthorized", () => {
    // a login that failed with 401 at t = 0, then one that succeeded at t = 1 s (AuthService.login
    // does not wait for the cooldown), then the token is invalidated (a 401 on a call)
    const refused = failedAt(0, unauthorized)
    const [login, s] = claimed(6000, refused)
    const ok = TokenCache.loggedIn(s, login, token("b", 1000))
    expect(ok.cooldown).toBeUndefined()
    const [dropped, invalidated] = TokenCache.invalidated(ok, (t) => t.name === "b")
    expect(dropped).toBe(true)
    claimed(1500, invalidated)
  })

  it("a later failure that is no refusal leaves the cooldown as it was", () => {
    const refused = failedAt(0, unauthorized)
    const [login, s] = claimed(6000, refused)
    const after = TokenCache.failed(s, login, 6000, intervals, undefined)
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
