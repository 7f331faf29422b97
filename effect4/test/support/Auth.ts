/**
 * Builds an AuthService on a stub client, for unit tests under TestClock. The stub answers from
 * memory, so time is driven the Effect way only: `Effect.yieldNow` lets forked fibers run to
 * their next wait, `TestClock.adjust` moves time; nothing waits on the event loop or the wall
 * clock.
 */
import { type Duration, Effect, Fiber, Option, Predicate, Random, Redacted, Result, Schema } from "effect"
import { Base64Url } from "effect/encoding"
import { TestClock } from "effect/testing"
import { AuthService, GalileoConfig, RetryPolicy } from "../../src/index.js"
import * as StubClient from "./StubClient.js"

export const apiKey = Redacted.make("unit-api-key")

export const baseUrl = "https://galileo.test"

/** Any configuration option; `apiKey` and `baseUrl` default to the unit ones, the retry policy to the default. */
export interface Options extends GalileoConfig.Options {}

/** The configuration the unit service runs with (a bad one is a defect: the tests build good ones). */
export const config = (options: Options = {}) =>
  Effect.orDie(GalileoConfig.make({ apiKey, baseUrl, retryPolicy: RetryPolicy.defaultPolicy, ...options }))

/**
 * Runs an effect with a seeded `Random`, so the jitter of its retries (and so every instant a
 * spec sees) is the same on every run.
 */
export const seeded = <A, E, R>(self: Effect.Effect<A, E, R>, seed: string = "galileo-unit"): Effect.Effect<A, E, R> =>
  Random.withSeed(self, seed)

/** The service and the stub it talks to. */
export const make = (answers: ReadonlyArray<StubClient.Answer>, options: Options = {}) =>
  Effect.gen(function*() {
    const stub = yield* StubClient.make(answers)
    const resolved = yield* config(options)
    const auth = yield* AuthService.make.pipe(
      Effect.provideService(GalileoConfig.GalileoConfig, resolved),
      Effect.provide(StubClient.layer(stub))
    )
    return { auth, stub, config: resolved }
  })

/**
 * Lets every runnable fiber (a forked call, a background refresh, the fibers of a timeout race)
 * run until it waits: a fixed number of turns of the Effect scheduler (a login needs a few: the
 * attempt's fiber in the cache's scope and its timeout race, a background refresh's own fiber,
 * the waiters woken after it; 32 leaves room). The stub answers from memory, so nothing outside Effect needs to happen first.
 */
export const settle = Effect.asVoid(Effect.repeat(Effect.yieldNow, { times: 32 }))

/**
 * Moves the TestClock forward by `total`, from one scheduled sleep to the next (Effect 4's
 * `TestClock.adjust` wakes each sleep at its exact instant and waits for what it woke to
 * suspend, so what it schedules next is seen); stops at the instant `fiber` is done (the
 * adjustment is interrupted then, so the clock stays where the fiber ended).
 */
export const advance = (fiber: Fiber.Fiber<unknown, unknown>, total: Duration.Input) =>
  Effect.gen(function*() {
    yield* settle
    if (fiber.pollUnsafe() !== undefined) return
    const clock = yield* Effect.forkChild(TestClock.adjust(total))
    yield* Effect.raceFirst(Effect.asVoid(Fiber.await(fiber)), Effect.asVoid(Fiber.await(clock)))
    yield* Fiber.interrupt(clock)
  })

/** Runs an effect in a fiber while moving the TestClock forward by up to `total`, then joins it. */
export const runFor = <A, E>(effect: Effect.Effect<A, E>, total: Duration.Input) =>
  Effect.gen(function*() {
    const fiber = yield* Effect.forkChild(effect)
    yield* advance(fiber, total)
    return yield* Fiber.join(fiber)
  })

/** A login answer carrying a JWT issued at `iat` seconds that lives `lifetime` seconds. */
export const tokenAnswer = (iat: number, lifetime: number, sub = "user-1"): StubClient.Reply => ({
  status: 200,
  body: { access_token: StubClient.jwt({ sub, iat, exp: iat + lifetime }), token_type: "bearer" }
})

const decodeClaims = Schema.decodeUnknownOption(Schema.fromJsonString(Schema.Record(Schema.String, Schema.Unknown)))

/**
 * A string claim of a JWT access token, read by the test (the client keeps claims secret and
 * no longer exposes them); `undefined` when the token is not a JWT or has no such string claim.
 */
export const claim = (token: { readonly value: Redacted.Redacted<string> }, name: string): string | undefined => {
  const payload = Redacted.value(token.value).split(".")[1] ?? ""
  return Result.match(Base64Url.decodeString(payload), {
    onFailure: () => undefined,
    onSuccess: (json) =>
      Option.getOrUndefined(
        Option.flatMap(decodeClaims(json), (claims) => Option.liftPredicate(claims[name], Predicate.isString))
      )
  })
}

/** The `sub` claim of a JWT access token (see {@link claim}). */
export const subject = (token: { readonly value: Redacted.Redacted<string> }): string | undefined => claim(token, "sub")
