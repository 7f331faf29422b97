/**
 * The library's span helper: a span under an installed tracer, none under Effect's built-in one
 * (it records nowhere) unless its ids go out with the request, none at all with tracing off.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit } from "effect"
import { traced } from "../src/internal/span.js"
import * as Canary from "./support/Canary.js"

/** Whether `run` was given a span. */
const gotSpan = (enabled: boolean, options: { readonly propagated?: boolean } = {}) =>
  traced(enabled, "test", { "a.b": 1 }, () => "ok", (span) => Effect.succeed(span !== undefined), options)

describe("traced", () => {
  it.effect("under Effect's built-in tracer: no span, unless it is propagated", () =>
    Effect.gen(function*() {
      expect(yield* gotSpan(true)).toBe(false)
      expect(yield* gotSpan(true, { propagated: true })).toBe(true)
    }))

  it.effect("under an installed tracer: one span, ended with the exit's summary", () =>
    Effect.gen(function*() {
      const sink: Canary.Sink = { texts: [], spans: [] }
      expect(yield* gotSpan(true).pipe(Canary.capture(sink))).toBe(true)
      expect(sink.spans.map((s) => s.name)).toEqual(["test"])
      const status = sink.spans[0]?.status
      expect(status?._tag === "Ended" && Exit.isSuccess(status.exit) && status.exit.value).toBe("ok")
    }))

  it.effect("tracing off: no span under any tracer", () =>
    Effect.gen(function*() {
      const sink: Canary.Sink = { texts: [], spans: [] }
      expect(yield* gotSpan(false, { propagated: true }).pipe(Canary.capture(sink))).toBe(false)
      expect(sink.spans).toEqual([])
    }))
})
