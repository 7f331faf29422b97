/**
 * The retry policy and its driver, on their own: attempts are plain effects that record the
 * TestClock instant they start at, time is moved with TestClock and jitter comes from a seeded
 * `Random`, so every count and instant below is exact and the same on every run.
 */
import { describe, expect, it } from "@effect/vitest"
import { Cause, Clock, Duration, Effect, Exit, Option, Random, Ref, Schedule } from "effect"
import {
  GalileoCredentialExpired,
  GalileoDecodeError,
  type GalileoError,
  GalileoHttpError,
  GalileoTransportError,
  GalileoUnauthorized,
  GalileoValidationError
} from "../src/GalileoError.js"
import { RetryPolicy } from "../src/index.js"
import { parseRetryAfter } from "../src/internal/response.js"
import * as Retry from "../src/internal/retry.js"
import * as Auth from "./support/Auth.js"

type Outcome = GalileoError | "ok" | "hang"

const where = { method: "POST", path: "/v1/login/api_key" }

const http = (status: number, body = "", retryAfter?: Duration.Input) =>
  new GalileoHttpError({
    status,
    body,
    ...(retryAfter === undefined ? {} : { retryAfter: Duration.fromInputUnsafe(retryAfter) }),
    ...where
  })

const transport = new GalileoTransportError({ reason: "Transport", description: "the request failed: ECONNRESET" })
const timeout = new GalileoTransportError({ reason: "Timeout", description: "no answer within 10s" })
const offBase = new GalileoTransportError({
  reason: "OffBaseUrl",
  description: "refusing to send Galileo credentials outside https://galileo.test/v1"
})
const unauthorized = new GalileoUnauthorized({ status: 401, detail: "Invalid API key" })
const forbidden = new GalileoUnauthorized({ status: 403, detail: "Forbidden" })
const validation = new GalileoValidationError({ status: 422, detail: [], description: "bad body" })
const decode = new GalileoDecodeError({ status: 200, reason: "the body is not JSON" })
const expired = new GalileoCredentialExpired({ credential: "jwt", description: "expired" })

/**
 * Runs the driver over scripted attempts (the last outcome repeats) while TestClock moves from
 * one sleep to the next; returns the exit, the instant each attempt started at and the instant
 * the whole ended at, in millis since the run started.
 */
const drive = (
  policy: RetryPolicy.RetryPolicy,
  outcomes: ReadonlyArray<Outcome>,
  total: Duration.Input = "10 minutes"
) =>
  Effect.gen(function*() {
    const start = yield* Clock.currentTimeMillis
    const attempts = yield* Ref.make<ReadonlyArray<number>>([])
    const ended = yield* Ref.make(Number.NaN)
    const attempt = (n: number): Effect.Effect<number, GalileoError> =>
      Effect.gen(function*() {
        const now = (yield* Clock.currentTimeMillis) - start
        const seen = yield* Ref.updateAndGet(attempts, (a) => [...a, now])
        expect(n).toBe(seen.length - 1)
        const outcome = outcomes[Math.min(n, outcomes.length - 1)] ?? "ok"
        if (outcome === "ok") return n
        if (outcome === "hang") return yield* Effect.never
        return yield* Effect.fail(outcome)
      })
    const exit = yield* Auth.runFor(
      Effect.exit(Retry.retry(policy, where, attempt)).pipe(
        Effect.tap(() => Effect.flatMap(Clock.currentTimeMillis, (now) => Ref.set(ended, now - start)))
      ),
      total
    )
    return { exit, at: yield* Ref.get(attempts), endedAt: yield* Ref.get(ended) }
  })

/** The waits between successive attempts. */
const waits = (at: ReadonlyArray<number>) => at.slice(1).map((t, i) => t - (at[i] ?? 0))

const failure = <A>(exit: Exit.Exit<A, GalileoError>) =>
  Exit.match(exit, { onFailure: (cause) => cause, onSuccess: () => undefined })

/** The error of a failure whose cause is that one error alone. */
const errorOf = <A>(exit: Exit.Exit<A, GalileoError>): GalileoError | undefined => {
  if (Exit.isSuccess(exit)) return undefined
  const [reason, ...others] = exit.cause.reasons
  return others.length === 0 && reason !== undefined && Cause.isFailReason(reason) ? reason.error : undefined
}

describe("RetryPolicy.defaultPolicy", () => {
  it.effect.each(["seed-1", "seed-2", "seed-3", "seed-6"])(
    "retries a transient failure exactly 3 times, each wait within its full-jitter bound (%s)",
    (seed) =>
      Effect.gen(function*() {
        const { at, exit } = yield* drive(RetryPolicy.defaultPolicy, [
          http(503, "attempt 0"),
          http(503, "attempt 1"),
          http(503, "attempt 2"),
          http(503, "attempt 3"),
          http(503, "never reached")
        ])
        expect(at.length).toBe(4)
        // TestClock waits (virtual time, moved by `drive`): the jitter bounds, not a speed
        const [w0 = -1, w1 = -1, w2 = -1] = waits(at)
        expect(w0).toBeGreaterThanOrEqual(0)
        expect(w0).toBeLessThan(150)
        expect(w1).toBeGreaterThanOrEqual(0)
        expect(w1).toBeLessThan(300)
        expect(w2).toBeGreaterThanOrEqual(0)
        expect(w2).toBeLessThan(600)
        const error = errorOf(exit)
        expect(error?._tag === "GalileoHttpError" && error.body).toBe("attempt 3")
      }).pipe(Random.withSeed(seed))
  )

  it.effect("draws its waits from Random: the same seed gives the same waits, another seed others", () =>
    Effect.gen(function*() {
      const run = (seed: string) =>
        Effect.map(
          drive(RetryPolicy.defaultPolicy, [http(503)]).pipe(Random.withSeed(seed)),
          ({ at }) => waits(at)
        )
      const first = yield* run("same")
      expect(yield* run("same")).toEqual(first)
      expect(yield* run("other")).not.toEqual(first)
    }))

  it.effect("caps the full-jitter bound at maxDelay", () =>
    Effect.gen(function*() {
      const policy = RetryPolicy.make({ maxRetries: 6, baseDelay: "10 millis", maxDelay: "25 millis" })
      const { at } = yield* drive(policy, [transport])
      expect(at.length).toBe(7)
      const bounds = [10, 20, 25, 25, 25, 25]
      waits(at).forEach((w, i) => {
        expect(w).toBeGreaterThanOrEqual(0)
        expect(w).toBeLessThan(bounds[i] ?? 0)
      })
    }).pipe(Random.withSeed("cap")))

  it("retries transport errors, timeouts and 408, 429, 500, 502, 503, 504; nothing else", () => {
    expect(RetryPolicy.transientStatuses).toEqual([408, 429, 500, 502, 503, 504])
    const retryable = RetryPolicy.defaultPolicy.retryable
    expect([408, 429, 500, 502, 503, 504].map((s) => retryable(http(s)))).toEqual(Array(6).fill(true))
    expect([400, 401, 403, 404, 409, 422, 501].map((s) => retryable(http(s)))).toEqual(Array(7).fill(false))
    expect([transport, timeout].map(retryable)).toEqual([true, true])
    expect([offBase, unauthorized, forbidden, validation, decode, expired].map(retryable)).toEqual(
      Array(6).fill(false)
    )
  })

  it.effect.each(
    [
      ["a 400", http(400)],
      ["a 404", http(404)],
      ["GalileoUnauthorized 401", unauthorized],
      ["GalileoUnauthorized 403", forbidden],
      ["GalileoValidationError", validation],
      ["GalileoDecodeError", decode],
      ["GalileoCredentialExpired", expired],
      ["an OffBaseUrl refusal", offBase]
    ] as const
  )("does not retry %s: one attempt, the same error, no wait", ([_what, error]) =>
    Effect.gen(function*() {
      const { at, endedAt, exit } = yield* drive(RetryPolicy.defaultPolicy, [error, "ok"])
      expect(at).toEqual([0])
      expect(endedAt).toBe(0)
      expect(errorOf(exit)).toBe(error)
    }).pipe(Random.withSeed("no-retry")))

  it.effect("never retries OffBaseUrl, even with a predicate built from statuses", () =>
    Effect.gen(function*() {
      const policy = RetryPolicy.make({ retryableStatuses: [400, 401, 403, 404, 422] })
      expect(policy.retryable(offBase)).toBe(false)
      const { at, exit } = yield* drive(policy, [offBase, "ok"])
      expect(at).toEqual([0])
      expect(errorOf(exit)).toBe(offBase)
    }))

  it.effect("succeeds with the first attempt that succeeds", () =>
    Effect.gen(function*() {
      const { at, exit } = yield* drive(RetryPolicy.defaultPolicy, [transport, http(502), "ok"])
      expect(at.length).toBe(3)
      expect(exit).toEqual(Exit.succeed(2))
    }).pipe(Random.withSeed("success")))
})

describe("Retry-After", () => {
  it.effect("replaces the schedule's delay, longer or shorter", () =>
    Effect.gen(function*() {
      const longer = yield* drive(RetryPolicy.defaultPolicy, [http(429, "", "2 seconds"), "ok"])
      expect(longer.at).toEqual([0, 2000])
      const spaced = RetryPolicy.make({ schedule: Schedule.spaced("10 seconds") })
      const shorter = yield* drive(spaced, [http(503, "", "1 second"), http(503), "ok"])
      expect(shorter.at).toEqual([0, 1000, 11_000])
      const now = yield* drive(spaced, [http(503, "", 0), "ok"])
      expect(now.at).toEqual([0, 0])
    }))

  it.effect("does not add retries: the schedule still decides how many", () =>
    Effect.gen(function*() {
      const { at, exit } = yield* drive(RetryPolicy.make({ maxRetries: 1 }), [http(429, "", "1 second")])
      expect(at).toEqual([0, 1000])
      expect(errorOf(exit)?._tag).toBe("GalileoHttpError")
    }))
})

describe("the deadline", () => {
  it.effect("a Retry-After that would end past it fails at once with the last error", () =>
    Effect.gen(function*() {
      const last = http(429, "busy", "2 minutes")
      const { at, endedAt, exit } = yield* drive(RetryPolicy.defaultPolicy, [last, "ok"])
      expect(at).toEqual([0])
      expect(endedAt).toBe(0)
      expect(errorOf(exit)).toBe(last)
    }))

  it.effect("a scheduled wait that would end past it fails at once with the last error", () =>
    Effect.gen(function*() {
      const policy = RetryPolicy.make({ schedule: Schedule.spaced("400 millis"), deadline: "1 second" })
      const { at, endedAt, exit } = yield* drive(policy, [http(503, "0"), http(503, "1"), http(503, "2"), "ok"])
      expect(at).toEqual([0, 400, 800])
      expect(endedAt).toBe(800)
      const error = errorOf(exit)
      expect(error?._tag === "GalileoHttpError" && error.body).toBe("2")
    }))

  it.effect("a wait ending exactly at the deadline is not taken", () =>
    Effect.gen(function*() {
      const policy = RetryPolicy.make({ schedule: Schedule.spaced("500 millis"), deadline: "1 second" })
      const { at, endedAt } = yield* drive(policy, [transport])
      expect(at).toEqual([0, 500])
      expect(endedAt).toBe(500)
    }))

  it.effect("bounds each attempt by what remains of it, and the timeout names the request and the cause", () =>
    Effect.gen(function*() {
      const policy = RetryPolicy.make({
        schedule: Schedule.spaced("1 second"),
        attemptTimeout: "10 seconds",
        deadline: "25 seconds"
      })
      const { at, endedAt, exit } = yield* drive(policy, ["hang"])
      expect(at).toEqual([0, 11_000, 22_000])
      expect(endedAt).toBe(25_000)
      expect(errorOf(exit)).toEqual(
        new GalileoTransportError({
          reason: "Timeout",
          description: "the overall deadline of 25s was reached",
          ...where
        })
      )
    }))

  it.effect("a single attempt times out after attemptTimeout", () =>
    Effect.gen(function*() {
      const { at, endedAt, exit } = yield* drive(RetryPolicy.none, ["hang"])
      expect(at).toEqual([0])
      expect(endedAt).toBe(10_000)
      expect(errorOf(exit)).toEqual(
        new GalileoTransportError({ reason: "Timeout", description: "no answer within 10s", ...where })
      )
    }))
})

describe("a schedule of your own", () => {
  it.effect("Schedule.spaced with Schedule.recurs (Schedule.max): exactly that many retries, that far apart", () =>
    Effect.gen(function*() {
      const policy = RetryPolicy.make({ schedule: Schedule.max([Schedule.spaced("1 second"), Schedule.recurs(5)]) })
      const { at, exit } = yield* drive(policy, [transport])
      expect(at).toEqual([0, 1000, 2000, 3000, 4000, 5000])
      expect(errorOf(exit)).toBe(transport)
    }))

  it.effect("Schedule.exponential with Schedule.recurs", () =>
    Effect.gen(function*() {
      const policy = RetryPolicy.make({
        schedule: Schedule.max([Schedule.exponential("100 millis"), Schedule.recurs(4)])
      })
      const { at } = yield* drive(policy, [http(500)])
      expect(at).toEqual([0, 100, 300, 700, 1500])
    }))

  it.effect("Schedule.exponential with Schedule.jittered: each wait within 80-120% of its step", () =>
    Effect.gen(function*() {
      const policy = RetryPolicy.make({
        schedule: Schedule.max([Schedule.exponential("100 millis").pipe(Schedule.jittered), Schedule.recurs(3)])
      })
      const { at } = yield* drive(policy, [http(504)])
      expect(at.length).toBe(4)
      const bounds = [[80, 120], [160, 240], [320, 480]]
      waits(at).forEach((w, i) => {
        const [low = 0, high = 0] = bounds[i] ?? []
        expect(w).toBeGreaterThanOrEqual(low)
        expect(w).toBeLessThan(high)
      })
    }).pipe(Random.withSeed("jittered")))

  it.effect("Schedule.upTo: retries while the elapsed time allows", () =>
    Effect.gen(function*() {
      const policy = RetryPolicy.make({
        schedule: Schedule.spaced("1 second").pipe(Schedule.upTo({ duration: "3500 millis" }))
      })
      const { at } = yield* drive(policy, [transport])
      expect(at).toEqual([0, 1000, 2000, 3000, 4000])
    }))

  it.effect("receives the failed attempt's error: Schedule.while can stop on one", () =>
    Effect.gen(function*() {
      const policy = RetryPolicy.make({
        schedule: Schedule.spaced("100 millis").pipe(
          Schedule.setInputType<GalileoError>(),
          Schedule.while(({ input }) => input._tag === "GalileoHttpError" && input.status === 503)
        )
      })
      const stop = http(500, "stop here")
      const { at, exit } = yield* drive(policy, [http(503), http(503), stop, "ok"])
      expect(at).toEqual([0, 100, 200])
      expect(errorOf(exit)).toBe(stop)
    }))

  it.effect("keeps the predicate: a schedule does not make a non-retryable error retryable", () =>
    Effect.gen(function*() {
      const policy = RetryPolicy.make({ schedule: Schedule.spaced("1 second") })
      const { at } = yield* drive(policy, [unauthorized, "ok"])
      expect(at).toEqual([0])
    }))

  it.effect("a predicate of your own decides what is retried", () =>
    Effect.gen(function*() {
      const policy = RetryPolicy.make({
        schedule: Schedule.max([Schedule.spaced("1 second"), Schedule.recurs(2)]),
        retryable: (e) => e._tag === "GalileoUnauthorized"
      })
      expect((yield* drive(policy, [unauthorized])).at).toEqual([0, 1000, 2000])
      expect((yield* drive(policy, [http(503)])).at).toEqual([0])
      const statuses = RetryPolicy.make({ schedule: Schedule.spaced("1 second"), retryableStatuses: [418] })
      expect((yield* drive(statuses, [http(418), "ok"])).at).toEqual([0, 1000])
      expect((yield* drive(statuses, [http(503), "ok"])).at).toEqual([0])
    }))

  it.effect("RetryPolicy.none and withoutRetries: one attempt, the same timeouts", () =>
    Effect.gen(function*() {
      expect((yield* drive(RetryPolicy.none, [transport, "ok"])).at).toEqual([0])
      const policy = RetryPolicy.make({ attemptTimeout: "3 seconds", deadline: "1 minute" })
      const once = RetryPolicy.withoutRetries(policy)
      expect([once.attemptTimeout, once.deadline, once.retryable]).toEqual([
        policy.attemptTimeout,
        policy.deadline,
        policy.retryable
      ])
      const { at, endedAt, exit } = yield* drive(once, ["hang"])
      expect(at).toEqual([0])
      expect(endedAt).toBe(3000)
      expect(failure(exit)?.reasons.map((r) => r._tag)).toEqual(["Fail"])
    }))
})

describe("parseRetryAfter", () => {
  const now = Date.UTC(2025, 0, 1, 12, 0, 0)
  const millis = (header: string) => Option.map(parseRetryAfter(header, now), Duration.toMillis)

  it("reads delay-seconds", () => {
    expect(millis("2")).toEqual(Option.some(2000))
    expect(millis(" 120 ")).toEqual(Option.some(120_000))
    expect(millis("0")).toEqual(Option.some(0))
  })

  it("reads an HTTP-date relative to now; a past date is zero", () => {
    expect(millis(new Date(now + 3000).toUTCString())).toEqual(Option.some(3000))
    expect(millis(new Date(now - 60_000).toUTCString())).toEqual(Option.some(0))
  })

  it.each(["", "soon-ish", "1.5", "-1", "1e3", "12 34"])("ignores %j", (header) => {
    expect(millis(header)).toEqual(Option.none())
  })
})
