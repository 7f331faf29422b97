/**
 * The trace logger against the embedded server (real login, real undici client): a route of the
 * test's own at `POST /v1/projects/{project_id}/traces` decodes each body with the generated
 * contract's `LogTracesIngestRequest` (422 otherwise) and records it. Exact request and trace
 * counts; release of the Layer sends what is left; a 503 is retried under the retry policy; the
 * API key shows nowhere (logs, spans, stats, what was sent).
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Redacted } from "effect"
import * as Api from "../src/generated/Traces.js"
import { Fault, GalileoServer, GalileoTest } from "../src/testing/index.js"
import * as TraceLogger from "../src/TraceLogger.js"
import { version } from "../src/version.js"
import * as Canary from "./support/Canary.js"

const projectId = "0b7c3e52-8f6a-4d1e-9c2b-5a4f3e2d1c0b"
const logStreamId = "5f1d2c3b-4a5e-4f60-8b7a-9c8d7e6f5a4b"
const tracesPath = `/v1/projects/${projectId}/traces`

/** A server whose traces route records every body it accepts. */
const recording = () => {
  const bodies: Array<Api.LogTracesIngestRequest> = []
  const route = GalileoServer.route({
    method: "POST",
    path: "/projects/{project_id}/traces",
    requestSchema: Api.LogTracesIngestRequest,
    handler: ({ body, params }) =>
      Effect.sync(() => {
        bodies.push(body)
        const spans = body.traces.reduce((n, t) => n + (t.spans?.length ?? 0), 0)
        return {
          status: 200,
          body: {
            log_stream_id: body.log_stream_id ?? null,
            project_id: params["project_id"] ?? "",
            project_name: "demo",
            records_count: body.traces.length + spans,
            traces_count: body.traces.length,
            spans_count: spans,
            trace_ids: null
          }
        }
      })
  })
  return { bodies, route }
}

const options = (buffer: TraceLogger.BufferOptions = {}): TraceLogger.Options => ({
  projectId,
  logStreamId,
  flushInterval: "1 hour",
  ...buffer
})

const conclude = (n: number) =>
  Effect.flatMap(
    TraceLogger.TraceLogger,
    (logger) =>
      Effect.forEach(Array.from({ length: n }, (_, i) => i), (i) =>
        logger.withTrace({ name: `t${i}`, input: `q${i}` }, (trace) =>
          trace.withWorkflowSpan({ name: "w", input: "w" }, (workflow) =>
            Effect.andThen(
              workflow.addLlmSpan({ input: `q${i}`, output: `a${i}`, model: "m" }),
              workflow.addToolSpan({ input: "x", output: "y" })
            ))))
  )

const traceRequests = Effect.flatMap(
  GalileoServer.GalileoServer,
  (server) => Effect.map(server.requests, (log) => log.filter((r) => r.path === tracesPath))
)

describe("TraceLogger against the embedded server", () => {
  const first = recording()
  it.effect("sends 5 traces in batches of 2 (2, 2, then 1 on release), each body per the contract", () =>
    Effect.gen(function*() {
      const stats = yield* Effect.gen(function*() {
        yield* conclude(5)
        const logger = yield* TraceLogger.TraceLogger
        return logger.stats
      }).pipe(Effect.provide(TraceLogger.layer(options({ batchSize: 2 }))))
      // the Layer is released: everything was sent
      expect(first.bodies.map((b) => b.traces.map((t) => t.name))).toEqual([["t0", "t1"], ["t2", "t3"], ["t4"]])
      const body = first.bodies[0]!
      expect(body).toMatchObject({
        log_stream_id: logStreamId,
        client_version: version,
        logging_method: "typescript_client"
      })
      const [trace] = body.traces
      expect(trace?.spans?.map((s) => s.type)).toEqual(["workflow"])
      const workflow = trace?.spans?.[0]
      expect(workflow?.type === "workflow" ? workflow.spans?.map((s) => [s.type, s.parent_id, s.trace_id]) : [])
        .toEqual([["llm", workflow?.id, trace?.id], ["tool", workflow?.id, trace?.id]])
      const requests = yield* traceRequests
      expect(requests.map((r) => [r.method, r.headers["authorization"], r.headers["content-type"]])).toEqual(
        Array.from({ length: 3 }, () => ["POST", "<redacted>", "application/json"])
      )
      expect(yield* stats).toEqual({
        accepted: { traces: 5, spans: 15 },
        sent: { traces: 5, spans: 15 },
        dropped: { traces: 0, spans: 0 },
        failed: { traces: 0, spans: 0 },
        batches: 3
      })
    }).pipe(Effect.provide(Layer.fresh(GalileoTest.layer({ server: { routes: [first.route] } })))))

  const second = recording()
  it.effect("retries a 503 under the retry policy: two 503s, then the batch goes in (3 requests)", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      yield* server.inject(Fault.unavailable(), { times: 2, path: tracesPath })
      const stats = yield* Effect.gen(function*() {
        yield* conclude(3)
        const logger = yield* TraceLogger.TraceLogger
        yield* logger.flush
        return yield* logger.stats
      }).pipe(Effect.provide(TraceLogger.layer(options())))
      expect((yield* traceRequests).length).toBe(3)
      expect(second.bodies.map((b) => b.traces.length)).toEqual([3])
      // the same trace ids on every attempt
      const sent = (yield* traceRequests).map((r) => JSON.parse(r.body ?? "{}").traces.map((t: { id: string }) => t.id))
      expect(new Set(sent.map((ids: Array<string>) => ids.join())).size).toBe(1)
      expect(stats).toMatchObject({ sent: { traces: 3, spans: 9 }, failed: { traces: 0, spans: 0 }, batches: 1 })
    }).pipe(Effect.provide(Layer.fresh(GalileoTest.layer({ server: { routes: [second.route] } })))))

  const third = recording()
  it.effect("a batch still failing after the retries is counted as failed (1 + 3 requests)", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      yield* server.inject(Fault.unavailable(), { times: 10, path: tracesPath })
      const stats = yield* Effect.gen(function*() {
        yield* conclude(2)
        const logger = yield* TraceLogger.TraceLogger
        yield* logger.flush
        return yield* logger.stats
      }).pipe(Effect.provide(TraceLogger.layer(options())))
      expect((yield* traceRequests).length).toBe(4)
      expect(third.bodies).toEqual([])
      expect(stats).toMatchObject({ sent: { traces: 0, spans: 0 }, failed: { traces: 2, spans: 6 }, batches: 0 })
    }).pipe(Effect.provide(Layer.fresh(GalileoTest.layer({ server: { routes: [third.route] } })))))

  const fifth = recording()
  it.effect("under retryNonIdempotent the client's own retries are the only ones (still 1 + 3 requests)", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      yield* server.inject(Fault.unavailable(), { times: 10, path: tracesPath })
      const stats = yield* Effect.gen(function*() {
        yield* conclude(1)
        const logger = yield* TraceLogger.TraceLogger
        yield* logger.flush
        return yield* logger.stats
      }).pipe(Effect.provide(TraceLogger.layer(options())))
      expect((yield* traceRequests).length).toBe(4)
      expect(stats).toMatchObject({ failed: { traces: 1, spans: 3 }, batches: 0 })
    }).pipe(
      Effect.provide(
        Layer.fresh(GalileoTest.layer({ server: { routes: [fifth.route] }, client: { retryNonIdempotent: true } }))
      )
    ))

  const canaryKey = "CANARY-KEY-2b9e41d7"
  const fourth = recording()
  it.effect("holds no secret: the API key is in no log, span, stat or body, whatever the server echoes", () => {
    const sink: Canary.Sink = { texts: [], spans: [] }
    return Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      yield* server.inject(Fault.status(500, { detail: `echo ${canaryKey}` }), { times: 4, path: tracesPath })
      const stats = yield* Effect.gen(function*() {
        yield* conclude(1)
        const logger = yield* TraceLogger.TraceLogger
        yield* logger.flush
        yield* conclude(1)
        return logger.stats
      }).pipe(Effect.provide(TraceLogger.layer(options())), Effect.flatten)
      expect(stats).toMatchObject({ sent: { traces: 1 }, failed: { traces: 1 } })
      // the failed batch was logged as a warning
      expect(sink.texts.some((t) => t.includes("a batch of 1 traces was not sent"))).toBe(true)
      const texts = [
        ...Canary.seen(sink),
        ...Canary.renderings(stats),
        ...fourth.bodies.flatMap(Canary.renderings),
        ...(yield* traceRequests).flatMap(Canary.renderings)
      ]
      expect(texts.length).toBeGreaterThan(5)
      for (const text of texts) expect(text).not.toContain(canaryKey)
    }).pipe(
      Canary.capture(sink),
      Effect.provide(Layer.fresh(GalileoTest.layer({
        server: { routes: [fourth.route], apiKeys: [canaryKey] },
        client: { apiKey: Redacted.make(canaryKey) }
      })))
    )
  })
})
