/**
 * The embedded server serves Galileo's resources itself (issue #21, item 4): a spec on
 * `GalileoTest.layer` creates a project and a log stream with the line's own client, ingests a
 * trace, reads it back and counts it, over real HTTP; `server.resources` counts what the store
 * keeps, `reset` forgets it, `resourceLimits` caps it (507), a bad body answers FastAPI's 422. A
 * route of the user with a resource route's method and path answers in its place; the resource
 * routes answer the rest. The O11y prefix serves them too.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Option, Redacted } from "effect"
import * as LogStreams from "../../src/LogStreams.js"
import * as Projects from "../../src/Projects.js"
import { GalileoServer, GalileoTest } from "../../src/testing/index.js"
import * as Traces from "../../src/Traces.js"
import { type Answer, json, request } from "./http.js"

const uuid4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

const services = (options: GalileoTest.Options = {}) =>
  Layer.mergeAll(Projects.layer, LogStreams.layer, Traces.layer).pipe(
    Layer.provideMerge(GalileoTest.layer(options))
  )

const empty: GalileoServer.ResourceStats = {
  projects: 0,
  logStreams: 0,
  experiments: 0,
  datasets: 0,
  traces: 0,
  spans: 0,
  ingestedTraces: 0,
  ingestedSpans: 0,
  evictedTraces: 0,
  refusedByCap: 0,
  bytes: 0
}

/** The requests sent, as `METHOD path` (logins left out). */
const calls = Effect.flatMap(GalileoServer.GalileoServer, (server) => server.requests).pipe(
  Effect.map((log) => log.filter((r) => !r.path.includes("/login")).map((r) => `${r.method} ${r.path}`))
)

const resources = Effect.flatMap(GalileoServer.GalileoServer, (server) => server.resources)

const createdAt = "2026-12-08T10:00:00Z"

const llmSpan = {
  type: "llm" as const,
  name: "llm",
  input: [{ role: "user" as const, content: "What is 2 + 2?" }],
  output: { role: "assistant" as const, content: "4" },
  model: "imitation-1",
  metrics: { num_input_tokens: 12, num_output_tokens: 1 }
}

/** A project and a log stream, created with the client: their ids. */
const projectAndStream = (name = "demo") =>
  Effect.gen(function*() {
    const project = yield* (yield* Projects.Projects).create({ name })
    const stream = yield* (yield* LogStreams.LogStreams).create(project.id, { name: "prod" })
    return { projectId: project.id, streamId: stream.id }
  })

/** A field of a JSON answer's object body (`undefined` when there is none). */
const field = (answer: Answer, name: string): unknown => {
  const body = json(answer)
  return typeof body === "object" && body !== null && name in body
    ? Object.getOwnPropertyDescriptor(body, name)?.value
    : undefined
}

/** Raw HTTP with the demo API key in `Galileo-API-Key`. */
const raw = (url: string, method: string, body?: string) =>
  request(url, {
    method,
    headers: { "galileo-api-key": GalileoServer.demoApiKey, "content-type": "application/json" },
    ...(body === undefined ? {} : { body })
  })

describe("the resource routes, served by the embedded server itself", () => {
  it.effect("a spec creates a project and a log stream, ingests a trace, reads it back and counts it", () =>
    Effect.gen(function*() {
      const projects = yield* Projects.Projects
      const logStreams = yield* LogStreams.LogStreams
      const traces = yield* Traces.Traces
      const subject = GalileoServer.subjectOf(GalileoServer.demoApiKey)

      const { projectId, streamId } = yield* projectAndStream()
      expect([projectId, streamId]).toEqual([expect.stringMatching(uuid4), expect.stringMatching(uuid4)])
      const found = yield* projects.getByName("demo")
      expect(Option.map(found, (p) => [p.id, p.name, p.type, p.created_by, p.created_by_user?.email])).toEqual(
        Option.some([projectId, "demo", "gen_ai", GalileoServer.userIdOf(subject), `${subject}@galileo.test`])
      )
      expect((yield* logStreams.list(projectId)).map((s) => [s.id, s.name, s.project_id])).toEqual([
        [streamId, "prod", projectId]
      ])

      const ingested = yield* traces.ingest(projectId, {
        log_stream_id: streamId,
        include_trace_ids: true,
        traces: [{ input: "What is 2 + 2?", output: "4", name: "chat", created_at: createdAt, spans: [llmSpan] }]
      })
      expect(ingested).toMatchObject({
        log_stream_id: streamId,
        project_id: projectId,
        project_name: "demo",
        session_id: expect.stringMatching(uuid4),
        records_count: 2,
        traces_count: 1,
        spans_count: 1
      })
      const [traceId = "<none>"] = ingested.trace_ids ?? []
      const trace = yield* traces.get(projectId, traceId)
      expect(trace).toMatchObject({
        type: "trace",
        id: traceId,
        trace_id: traceId,
        project_id: projectId,
        run_id: streamId,
        session_id: ingested.session_id,
        input: "What is 2 + 2?",
        output: "4",
        name: "chat",
        num_spans: 1,
        has_children: true
      })
      const spans = "spans" in trace && Array.isArray(trace.spans) ? trace.spans : []
      expect(spans).toHaveLength(1)
      const spanId = String(spans[0]?.id)
      const span = yield* traces.getSpan(projectId, spanId)
      expect(span).toMatchObject({
        type: "llm",
        id: spanId,
        trace_id: traceId,
        parent_id: traceId,
        model: "imitation-1"
      })
      expect(yield* traces.count(projectId, { log_stream_id: streamId })).toMatchObject({ total_count: 1 })

      const kept = yield* resources
      expect(kept).toEqual({
        ...empty,
        projects: 1,
        logStreams: 1,
        traces: 1,
        spans: 1,
        ingestedTraces: 1,
        ingestedSpans: 1,
        bytes: kept.bytes
      })
      expect(kept.bytes).toBeGreaterThan(0)
      expect(yield* calls).toEqual([
        "POST /v1/projects",
        `POST /v1/projects/${projectId}/log_streams`,
        "GET /v1/projects",
        `GET /v1/projects/${projectId}/log_streams`,
        `POST /v1/projects/${projectId}/traces`,
        `GET /v1/projects/${projectId}/traces/${traceId}`,
        `GET /v1/projects/${projectId}/spans/${spanId}`,
        `POST /v1/projects/${projectId}/traces/count`
      ])
    }).pipe(Effect.provide(services())))

  it.effect("reset forgets every resource and zeroes the counts; the client's login still works", () =>
    Effect.gen(function*() {
      const { projectId } = yield* projectAndStream()
      expect(yield* resources).toMatchObject({ projects: 1, logStreams: 1 })
      yield* GalileoServer.reset
      expect(yield* resources).toEqual(empty)
      const missing = yield* Effect.flip((yield* Projects.Projects).get(projectId))
      expect(missing).toMatchObject({ _tag: "GalileoHttpError", status: 404 })
      expect(Option.isNone(yield* (yield* Projects.Projects).getByName("demo"))).toBe(true)
      // the name is free again
      const again = yield* projectAndStream()
      expect(again.projectId).not.toBe(projectId)
      expect(yield* resources).toMatchObject({ projects: 1, logStreams: 1 })
    }).pipe(Effect.provide(services())))

  it.effect("resourceLimits caps the store: a creation beyond a cap is refused with 507 and counted", () =>
    Effect.gen(function*() {
      const projects = yield* Projects.Projects
      const traces = yield* Traces.Traces
      const { projectId, streamId } = yield* projectAndStream("first")
      const refused = yield* Effect.flip(projects.create({ name: "second" }))
      expect(refused).toMatchObject({ _tag: "GalileoHttpError", status: 507 })
      expect(refused.message).toContain("The embedded server keeps at most 1 projects (its `projects` limit).")
      // a trace with more spans than spansPerTrace is refused too
      const tooLong = yield* Effect.flip(
        traces.ingest(projectId, { log_stream_id: streamId, traces: [{ input: "q", spans: [llmSpan, llmSpan] }] })
      )
      expect(tooLong).toMatchObject({ _tag: "GalileoHttpError", status: 507 })
      // beyond `traces`, the oldest trace is evicted
      const first = yield* traces.ingest(projectId, {
        log_stream_id: streamId,
        include_trace_ids: true,
        traces: [{ input: "one" }]
      })
      yield* traces.ingest(projectId, { log_stream_id: streamId, traces: [{ input: "two" }] })
      const evicted = yield* Effect.flip(traces.get(projectId, first.trace_ids?.[0] ?? "<none>"))
      expect(evicted).toMatchObject({ _tag: "GalileoHttpError", status: 404 })
      expect(yield* resources).toMatchObject({
        projects: 1,
        traces: 1,
        ingestedTraces: 2,
        evictedTraces: 1,
        refusedByCap: 2
      })
      // one request each: a 507 is not retried
      expect((yield* calls).filter((c) => c === "POST /v1/projects")).toHaveLength(2)
    }).pipe(Effect.provide(services({ server: { resourceLimits: { projects: 1, traces: 1, spansPerTrace: 1 } } }))))

  it.effect("a bad body answers FastAPI's 422: as a GalileoValidationError through the client, exact on the wire", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const { projectId } = yield* projectAndStream()
      const noRun = yield* Effect.flip((yield* Traces.Traces).ingest(projectId, { traces: [{ input: "q" }] }))
      expect(noRun).toMatchObject({
        _tag: "GalileoValidationError",
        status: 422,
        detail: [{
          type: "value_error",
          loc: ["body"],
          msg: "Value error, Exactly one of log_stream_id, experiment_id or metrics_testing_id must be set."
        }]
      })
      const wrongType = yield* raw(`${server.url}/v2/projects`, "POST", JSON.stringify({ name: 5 }))
      expect([wrongType.status, json(wrongType)]).toEqual([422, {
        detail: [{ type: "string_type", loc: ["body", "name"], msg: "Input should be a valid string", input: 5 }]
      }])
      const notJson = yield* raw(`${server.url}/projects`, "POST", "{")
      expect([notJson.status, json(notJson)]).toEqual([422, {
        detail: [{
          type: "json_invalid",
          loc: ["body", 1],
          msg: "JSON decode error",
          input: {},
          ctx: { error: "Expecting property name enclosed in double quotes" }
        }]
      }])
      const anonymous = yield* request(`${server.url}/v1/projects`)
      expect([anonymous.status, json(anonymous)]).toEqual([401, { detail: "Not authenticated" }])
      expect(yield* resources).toMatchObject({ projects: 1, logStreams: 1, traces: 0 })
    }).pipe(Effect.provide(services())))

  it.effect("under /v1, /v2 and no prefix; 405 for another method on a resource path", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const created = yield* raw(`${server.url}/projects`, "POST", JSON.stringify({ name: "bare" }))
      expect(created.status).toBe(200)
      const id = String(field(created, "id"))
      for (const prefix of ["", "/v1", "/v2"]) {
        const got = yield* raw(`${server.url}${prefix}/projects/${id}`, "GET")
        expect([prefix, got.status, field(got, "name")]).toEqual([prefix, 200, "bare"])
      }
      const put = yield* raw(`${server.url}/v2/projects`, "PUT", "{}")
      expect([put.status, put.headers["allow"]]).toEqual([405, "GET"])
      const stats = yield* server.stats
      expect([stats.requests["/projects"], stats.requests["/v2/projects"]]).toEqual([1, 1])
    }).pipe(Effect.provide(services())))
})

describe("routes of the user and the resource routes", () => {
  const fake: GalileoServer.Route = {
    method: "GET",
    path: "/projects/{project_id}",
    handler: (r) => Effect.succeed({ status: 200, body: { fake: true, id: r.params["project_id"] } }),
    public: true
  }
  const extra: GalileoServer.Route = {
    method: "GET",
    path: "/projects/{project_id}/widgets",
    handler: () => Effect.succeed({ status: 200, body: ["w"] }),
    public: true
  }

  it.effect("a route with a resource route's method and path answers in its place; the others still answer", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const { projectId } = yield* projectAndStream()
      // the route of the user is served under /v1 (the client's prefix) and bare: it answers there
      for (const prefix of ["", "/v1"]) {
        const faked = yield* raw(`${server.url}${prefix}/projects/${projectId}`, "GET")
        expect([prefix, faked.status, json(faked)]).toEqual([prefix, 200, { fake: true, id: projectId }])
      }
      // under /v2, and for the other methods, the store answers
      const real = yield* raw(`${server.url}/v2/projects/${projectId}`, "GET")
      expect([real.status, field(real, "name")]).toEqual([200, "demo"])
      const deleted = yield* (yield* Projects.Projects).delete(projectId)
      expect(deleted.message).toBe("Successfully deleted project demo")
      const widgets = yield* raw(`${server.url}/projects/${projectId}/widgets`, "GET")
      expect([widgets.status, json(widgets)]).toEqual([200, ["w"]])
      expect(yield* resources).toMatchObject({ projects: 0, logStreams: 0 })
    }).pipe(Effect.provide(services({ server: { routes: [fake, extra] } }))))

  it.effect("a POST /projects of the user's own shadows the store's (under /v1 and bare), as specs fake answers", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const create = yield* raw(`${server.url}/v1/projects`, "POST", JSON.stringify({ name: "x" }))
      expect([create.status, json(create)]).toEqual([201, { id: "p-1" }])
      expect(yield* resources).toEqual(empty)
    }).pipe(Effect.provide(services({
      server: {
        routes: [{
          method: "post",
          path: "/projects",
          handler: () => Effect.succeed({ status: 201, body: { id: "p-1" } }),
          public: true
        }]
      }
    }))))
})

describe("the O11y prefix", () => {
  const token = "o11y-token"

  it.effect("serves the resource routes under /ao/api behind X-SF-Token; the caller is the token's user", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const created = yield* request(`${server.url}/ao/api/v2/projects`, {
        method: "POST",
        headers: { "x-sf-token": token, "content-type": "application/json" },
        body: JSON.stringify({ name: "o11y" })
      })
      expect([created.status, field(created, "created_by")]).toEqual([
        200,
        GalileoServer.userIdOf(GalileoServer.subjectOf(token))
      ])
      const refused = yield* request(`${server.url}/ao/api/v2/projects`, {
        method: "POST",
        headers: { "x-sf-token": "wrong", "content-type": "application/json" },
        body: JSON.stringify({ name: "other" })
      })
      expect(refused.status).toBe(401)
      expect(yield* resources).toMatchObject({ projects: 1 })
    }).pipe(Effect.provide(services({ server: { o11yToken: Redacted.make(token) } }))))
})
