// Copied from core/test/client.retry.test.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * The retry driver's arithmetic on its own (the core's `client/retry.ts`): the full-jitter bound,
 * the wait (`Retry-After` over the schedule's, whole millis), the deadline test and `Retry-After`
 * parsing. Plain vitest: no Effect, no clock; times are epoch millis.
 */
import { describe, expect, it } from "vitest"
import * as Retry from "../../src/core/client/retry.js"

describe("fullJitter", () => {
  it("is the random fraction of the step, the step capped", () => {
    expect(Retry.fullJitter(150, 4000, 0)).toBe(0)
    expect(Retry.fullJitter(150, 4000, 0.5)).toBe(75)
    expect(Retry.fullJitter(300, 4000, 0.999)).toBeCloseTo(299.7)
    expect(Retry.fullJitter(9600, 4000, 0.5)).toBe(2000)
    expect(Retry.fullJitter(40, 25, 0.5)).toBe(12.5)
  })
})

describe("delay", () => {
  it("is the schedule's wait in whole millis when no Retry-After came", () => {
    expect(Retry.delay(1000, undefined)).toBe(1000)
    expect(Retry.delay(74.9, undefined)).toBe(74)
    expect(Retry.delay(0, undefined)).toBe(0)
    expect(Retry.delay(-5, undefined)).toBe(0)
  })

  it("is the Retry-After, longer or shorter than the schedule's, or zero", () => {
    expect(Retry.delay(100, 2000)).toBe(2000)
    expect(Retry.delay(10_000, 1000)).toBe(1000)
    expect(Retry.delay(10_000, 0)).toBe(0)
    expect(Retry.delay(10, 1500.7)).toBe(1500)
  })
})

describe("withinDeadline", () => {
  it("takes a wait that ends before the deadline, not one ending at or past it", () => {
    expect(Retry.withinDeadline(800, 100, 1000)).toBe(true)
    expect(Retry.withinDeadline(500, 500, 1000)).toBe(false)
    expect(Retry.withinDeadline(0, 120_000, 30_000)).toBe(false)
    expect(Retry.withinDeadline(999, 0, 1000)).toBe(true)
  })
})

describe("parseRetryAfter", () => {
  const now = Date.UTC(2025, 0, 1, 12, 0, 0)

  it("reads delay-seconds", () => {
    expect(Retry.parseRetryAfter("2", now)).toBe(2000)
    expect(Retry.parseRetryAfter(" 120 ", now)).toBe(120_000)
    expect(Retry.parseRetryAfter("0", now)).toBe(0)
  })

  it("reads an HTTP-date relative to now; a past date is zero", () => {
    expect(Retry.parseRetryAfter(new Date(now + 3000).toUTCString(), now)).toBe(3000)
    expect(Retry.parseRetryAfter(new Date(now - 60_000).toUTCString(), now)).toBe(0)
  })

  it.each(["", "soon-ish", "1.5", "-1", "1e3", "12 34"])("ignores %j", (header) => {
    expect(Retry.parseRetryAfter(header, now)).toBeUndefined()
  })
})
