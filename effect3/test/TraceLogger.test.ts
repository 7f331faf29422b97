/**
 * The trace logger over a stub sender that records each batch: traces and their span trees in the
 * contract's wire shape, batches of `batchSize`, the interval flush driven by `TestClock`, `flush`
 * waiting for a batch in flight, drops counted under `whenFull: "drop"`, back-pressure under
 * `"wait"`, everything accepted sent when the scope closes, failed batches counted.
 */
import { describe, expect, it } from "@effect/vitest"
import { Cause, Deferred, Effect, Exit, Fiber, Option, Schema, Scope, TestClock } from "effect"
import { GalileoHttpError } from "../src/GalileoError.js"
import * as Api from "../src/generated/Traces.js"
import * as internal from "../src/internal/traceLogger.js"
import type * as TraceLogger from "../src/TraceLogger.js"

type Batch = ReadonlyArray<internal.EncodedTrace>

/** A sender that records every batch; `gate`, when given, holds each send until it is done. */
const recorder = (
  options: { readonly gate?: Deferred.Deferred<void>; readonly fail?: (n: number) => boolean } = {}
) => {
  const batches: Array<Batch> = []
  let calls = 0
  const send: internal.Send = (traces) =>
    Effect.suspend(() => {
      const n = calls++
      return Effect.zipRight(
        options.gate === undefined ? Effect.void : Deferred.await(options.gate),
        options.fail?.(n) === true
          ? Effect.fail(new GalileoHttpError({ status: 500, body: "", method: "POST", path: "/v1/projects/p/traces" }))
          : Effect.sync(() => {
            batches.push(traces)
          })
      )
    })
  return { batches, send }
}

const settings = (options: TraceLogger.BufferOptions = {}) =>
  internal.settings({ flushInterval: "1 minute", ...options })

const sizes = (batches: ReadonlyArray<Batch>) => batches.map((b) => b.length)

/** Concludes `n` traces named `t0`, `t1`, ..., each with one LLM span. */
const conclude = (logger: TraceLogger.Service, n: number, from = 0) =>
  Effect.forEach(
    Array.from({ length: n }, (_, i) => from + i),
    (i) =>
      Effect.flatMap(logger.startTrace({ name: `t${i}`, input: `q${i}` }), (trace) =>
        Effect.zipRight(trace.addLlmSpan({ input: `q${i}`, output: `a${i}`, model: "m" }), trace.conclude()))
  )

const counts = (traces: number, spans = traces) => ({ traces, spans })

describe("TraceLogger", () => {
  it.scoped("renders a trace with nested workflow spans in the contract's shape", () =>
    Effect.gen(function*() {
      const { batches, send } = recorder()
      const logger = yield* internal.make(settings(), send)
      const trace = yield* logger.startTrace({ name: "chat", input: "What is 2 + 2?", tags: ["demo"] })
      yield* trace.addRetrieverSpan({
        input: "2 + 2",
        output: ["4 is 2 + 2", { content: "doc", metadata: { k: "v" } }]
      })
      const workflow = yield* trace.addWorkflowSpan({ name: "plan", input: "plan it" })
      yield* workflow.addToolSpan({ name: "calc", input: "2+2", output: "4", toolCallId: "call-1", durationNs: 10.4 })
      yield* workflow.withWorkflowSpan({ name: "inner", input: "x" }, (inner) =>
        Effect.zipRight(
          TestClock.adjust("2 millis"),
          inner.addLlmSpan({
            input: [{ role: "system", content: "add" }, { role: "user", content: "2+2" }],
            output: "4",
            model: "m-1",
            numInputTokens: 3,
            numOutputTokens: 1,
            totalTokens: 4
          })
        ))
      yield* workflow.conclude({ output: "planned" })
      yield* TestClock.adjust("1 milli")
      expect(yield* trace.conclude({ output: "4" })).toBe(true)
      yield* logger.flush

      expect(sizes(batches)).toEqual([1])
      const sent = batches[0]![0]!
      const at = new Date(0).toISOString()
      expect(sent).toEqual({
        type: "trace",
        id: trace.id,
        name: "chat",
        created_at: at,
        input: "What is 2 + 2?",
        output: "4",
        tags: ["demo"],
        metrics: { duration_ns: 3_000_000 },
        spans: [
          {
            type: "retriever",
            id: expect.any(String),
            trace_id: trace.id,
            parent_id: trace.id,
            name: "",
            created_at: at,
            input: "2 + 2",
            output: [{ content: "4 is 2 + 2" }, { content: "doc", metadata: { k: "v" } }]
          },
          {
            type: "workflow",
            id: workflow.id,
            trace_id: trace.id,
            parent_id: trace.id,
            name: "plan",
            created_at: at,
            input: "plan it",
            output: "planned",
            metrics: { duration_ns: 2_000_000 },
            spans: [
              {
                type: "tool",
                id: expect.any(String),
                trace_id: trace.id,
                parent_id: workflow.id,
                name: "calc",
                created_at: at,
                input: "2+2",
                output: "4",
                tool_call_id: "call-1",
                metrics: { duration_ns: 10 }
              },
              {
                type: "workflow",
                id: expect.any(String),
                trace_id: trace.id,
                parent_id: workflow.id,
                name: "inner",
                created_at: at,
                input: "x",
                metrics: { duration_ns: 2_000_000 },
                spans: [
                  {
                    type: "llm",
                    id: expect.any(String),
                    trace_id: trace.id,
                    parent_id: expect.any(String),
                    name: "",
                    created_at: new Date(2).toISOString(),
                    input: [{ role: "system", content: "add" }, { role: "user", content: "2+2" }],
                    output: { role: "assistant", content: "4" },
                    model: "m-1",
                    metrics: { num_input_tokens: 3, num_output_tokens: 1, num_total_tokens: 4 }
                  }
                ]
              }
            ]
          }
        ]
      })
      // the LLM span's parent is the inner workflow
      const plan = sent.spans![1]!
      const inner = "spans" in plan ? plan.spans![1]! : undefined
      expect(inner !== undefined && "spans" in inner ? inner.spans![0]!.parent_id : undefined).toBe(inner?.id)
      // JSON drops what was not given; the generated schema accepts the request as it is
      const wire = JSON.parse(JSON.stringify(sent))
      expect(Object.keys(wire).sort()).toEqual(
        ["created_at", "id", "input", "metrics", "name", "output", "spans", "tags", "type"]
      )
      const encoded = yield* Schema.decodeUnknown(Schema.encodedBoundSchema(Api.LogTracesIngestRequest))({
        log_stream_id: "ls",
        traces: [sent]
      })
      expect(encoded.traces).toHaveLength(1)
      expect(yield* logger.stats).toEqual({
        accepted: counts(1, 5),
        sent: counts(1, 5),
        dropped: counts(0),
        failed: counts(0),
        batches: 1
      })
    }))

  it.scoped("sends full batches at once and the rest on flush: 5 traces in batches of 2 are 2, 2, 1", () =>
    Effect.gen(function*() {
      const { batches, send } = recorder()
      const logger = yield* internal.make(settings({ batchSize: 2 }), send)
      yield* conclude(logger, 5)
      // the full batches go out without a flush (their flusher runs once the test yields)
      yield* Effect.yieldNow()
      yield* Effect.yieldNow()
      expect(sizes(batches)).toEqual([2, 2])
      yield* logger.flush
      expect(sizes(batches)).toEqual([2, 2, 1])
      expect(batches.flat().map((t) => t.name)).toEqual(["t0", "t1", "t2", "t3", "t4"])
      expect(yield* logger.stats).toEqual({
        accepted: counts(5),
        sent: counts(5),
        dropped: counts(0),
        failed: counts(0),
        batches: 3
      })
      // nothing left: a second flush sends nothing
      yield* logger.flush
      expect(batches).toHaveLength(3)
    }))

  it.scoped("flushes on the interval, driven by TestClock", () =>
    Effect.gen(function*() {
      const { batches, send } = recorder()
      const logger = yield* internal.make(settings({ flushInterval: "5 seconds" }), send)
      yield* conclude(logger, 3)
      yield* TestClock.adjust("4999 millis")
      expect(batches).toHaveLength(0)
      yield* TestClock.adjust("1 milli")
      expect(sizes(batches)).toEqual([3])
      yield* conclude(logger, 1, 3)
      yield* TestClock.adjust("5 seconds")
      expect(sizes(batches)).toEqual([3, 1])
      // an empty buffer sends nothing on the interval
      yield* TestClock.adjust("1 minute")
      expect(batches).toHaveLength(2)
    }))

  it.scoped("flush waits for a batch already on its way", () =>
    Effect.gen(function*() {
      const gate = yield* Deferred.make<void>()
      const { batches, send } = recorder({ gate })
      const logger = yield* internal.make(settings({ batchSize: 2 }), send)
      yield* conclude(logger, 3)
      // the full batch is taken by its flusher and held at the gate
      yield* Effect.yieldNow()
      const flushing = yield* Effect.fork(logger.flush)
      yield* Effect.yieldNow()
      expect(Option.isNone(yield* Fiber.poll(flushing))).toBe(true)
      expect(batches).toHaveLength(0)
      yield* Deferred.succeed(gate, undefined)
      yield* Fiber.join(flushing)
      expect(sizes(batches)).toEqual([2, 1])
    }))

  it.scoped("whenFull \"drop\": a conclusion that finds the buffer full is dropped and counted", () =>
    Effect.gen(function*() {
      const { batches, send } = recorder()
      const logger = yield* internal.make(settings({ bufferCapacity: 2, batchSize: 10, whenFull: "drop" }), send)
      const trace = yield* logger.startTrace({ input: "big" })
      yield* trace.addToolSpan({ input: "a" })
      yield* trace.addToolSpan({ input: "b" })
      yield* conclude(logger, 2)
      expect(yield* trace.conclude()).toBe(false)
      yield* conclude(logger, 1, 2)
      expect(yield* logger.stats).toEqual({
        accepted: counts(2),
        sent: counts(0),
        dropped: { traces: 2, spans: 3 },
        failed: counts(0),
        batches: 0
      })
      yield* logger.flush
      expect(batches.flat().map((t) => t.name)).toEqual(["t0", "t1"])
      // room again
      yield* conclude(logger, 1, 3)
      yield* logger.flush
      expect(sizes(batches)).toEqual([2, 1])
      expect((yield* logger.stats).sent).toEqual(counts(3))
    }))

  it.scoped("whenFull \"wait\": a conclusion that finds the buffer full waits for room", () =>
    Effect.gen(function*() {
      const { batches, send } = recorder()
      const logger = yield* internal.make(
        settings({ bufferCapacity: 2, batchSize: 10, whenFull: "wait", flushInterval: "1 second" }),
        send
      )
      yield* conclude(logger, 2)
      const third = yield* Effect.fork(conclude(logger, 1, 2))
      yield* Effect.yieldNow()
      expect(Option.isNone(yield* Fiber.poll(third))).toBe(true)
      expect((yield* logger.stats).accepted).toEqual(counts(2))
      // the interval flush makes room: the third goes in
      yield* TestClock.adjust("1 second")
      expect(yield* Fiber.join(third)).toEqual([true])
      expect(batches[0]!.slice(0, 2).map((t) => t.name)).toEqual(["t0", "t1"])
      // the interval's flush took the waiting one too when it came in, or this one sends it
      yield* logger.flush
      expect(batches.flat().map((t) => t.name)).toEqual(["t0", "t1", "t2"])
      expect(yield* logger.stats).toEqual({
        accepted: counts(3),
        sent: counts(3),
        dropped: counts(0),
        failed: counts(0),
        batches: batches.length
      })
    }))

  it.effect("closing the scope sends everything accepted; later conclusions are dropped", () =>
    Effect.gen(function*() {
      const { batches, send } = recorder()
      const scope = yield* Scope.make()
      const logger = yield* Scope.extend(internal.make(settings({ batchSize: 4 }), send), scope)
      yield* conclude(logger, 3)
      const late = yield* logger.startTrace({ input: "late" })
      expect(batches).toHaveLength(0)
      yield* Scope.close(scope, Exit.void)
      expect(sizes(batches)).toEqual([3])
      expect(yield* late.conclude()).toBe(false)
      expect(yield* logger.stats).toEqual({
        accepted: counts(3),
        sent: counts(3),
        dropped: counts(1, 0),
        failed: counts(0),
        batches: 1
      })
    }))

  it.effect("closing the scope waits for a batch in flight and sends the rest after it", () =>
    Effect.gen(function*() {
      const gate = yield* Deferred.make<void>()
      const { batches, send } = recorder({ gate })
      const scope = yield* Scope.make()
      const logger = yield* Scope.extend(internal.make(settings({ batchSize: 2 }), send), scope)
      yield* conclude(logger, 5)
      yield* Effect.yieldNow()
      const closing = yield* Effect.fork(Scope.close(scope, Exit.void))
      yield* Effect.yieldNow()
      expect(Option.isNone(yield* Fiber.poll(closing))).toBe(true)
      yield* Deferred.succeed(gate, undefined)
      yield* Fiber.join(closing)
      expect(sizes(batches).reduce((a, b) => a + b, 0)).toBe(5)
      expect(batches.flat().map((t) => t.name)).toEqual(["t0", "t1", "t2", "t3", "t4"])
      expect((yield* logger.stats).sent).toEqual(counts(5))
    }))

  it.scoped("a batch that fails is counted, and the logger goes on", () =>
    Effect.gen(function*() {
      const { batches, send } = recorder({ fail: (n) => n === 0 })
      const logger = yield* internal.make(settings({ batchSize: 2 }), send)
      yield* conclude(logger, 2)
      yield* logger.flush
      yield* conclude(logger, 1, 2)
      yield* logger.flush
      expect(batches.flat().map((t) => t.name)).toEqual(["t2"])
      expect(yield* logger.stats).toEqual({
        accepted: counts(3),
        sent: counts(1),
        dropped: counts(0),
        failed: counts(2),
        batches: 1
      })
    }))

  it.scoped("withTrace concludes the trace when its body ends, with status 500 when it fails", () =>
    Effect.gen(function*() {
      const { batches, send } = recorder()
      const logger = yield* internal.make(settings(), send)
      const ok = yield* logger.withTrace(
        { name: "ok", input: "q" },
        (trace) => Effect.as(Effect.zipRight(TestClock.adjust("3 millis"), trace.addToolSpan({ input: "t" })), 42)
      )
      expect(ok).toBe(42)
      const failed = yield* Effect.exit(logger.withTrace({ name: "bad", input: "q" }, () => Effect.fail("boom")))
      expect(failed).toEqual(Exit.fail("boom"))
      yield* logger.flush
      expect(batches.flat().map((t) => [t.name, t.status_code, t.metrics?.duration_ns, t.spans?.length])).toEqual([
        ["ok", undefined, 3_000_000, 1],
        ["bad", 500, 0, 0]
      ])
    }))

  it.scoped("a concluded trace refuses more spans and a second conclusion (a defect)", () =>
    Effect.gen(function*() {
      const { send } = recorder()
      const logger = yield* internal.make(settings(), send)
      const trace = yield* logger.startTrace({ input: "q" })
      const workflow = yield* trace.addWorkflowSpan({ input: "w" })
      yield* trace.conclude()
      for (
        const late of [trace.addLlmSpan({ input: "x" }), workflow.addToolSpan({ input: "y" }), trace.conclude()]
      ) {
        const exit = yield* Effect.exit(late)
        expect(Exit.isFailure(exit) && Cause.isDie(exit.cause)).toBe(true)
      }
      expect((yield* logger.stats).accepted).toEqual(counts(1))
    }))

  it.scoped("a trace whose options break the contract is refused at conclusion (a defect), nothing sent", () =>
    Effect.gen(function*() {
      const { batches, send } = recorder()
      const logger = yield* internal.make(settings(), send)
      // a token count that is no number, deep in a workflow; a duration that is no whole number
      const nested = yield* logger.startTrace({ input: "q" })
      const workflow = yield* nested.addWorkflowSpan({ input: "w" })
      yield* workflow.addLlmSpan({ input: "x", numInputTokens: Number.NaN })
      const top = yield* logger.startTrace({ input: "q" })
      yield* top.addToolSpan({ input: "x", durationNs: Number.POSITIVE_INFINITY })
      for (const trace of [nested, top]) {
        const exit = yield* Effect.exit(trace.conclude())
        expect(Exit.isFailure(exit) && Cause.isDie(exit.cause)).toBe(true)
        // the trace stays concluded
        expect(Exit.isFailure(yield* Effect.exit(trace.conclude()))).toBe(true)
      }
      // a good one still goes through
      yield* conclude(logger, 1)
      yield* logger.flush
      expect(batches.flat().map((t) => t.name)).toEqual(["t0"])
      expect((yield* logger.stats).accepted).toEqual(counts(1))
    }))

  it("refuses counts below 1 and an interval of 0", () => {
    expect(() => internal.settings({ batchSize: 0 })).toThrow("batchSize must be a whole number ≥ 1")
    expect(() => internal.settings({ bufferCapacity: 1.5 })).toThrow("bufferCapacity")
    expect(() => internal.settings({ flushInterval: 0 })).toThrow("flushInterval")
    expect(internal.settings({})).toMatchObject({ batchSize: 100, bufferCapacity: 10_000, whenFull: "drop" })
  })
})
