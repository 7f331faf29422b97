/**
 * The official `galileo` npm client (1.33.1) logs a trace through the embedded server's resource
 * routes (issue #21, item 4): `init({ projectName, logstream })`, `startTrace`, `addLlmSpan`,
 * `conclude`, `flush()`, then `getTrace` / `getSpan` read it back. Asserted: the exact requests
 * the client sends, what the store kept (counts and fields) and what it read back.
 *
 * The resource routes are the Effect-free core's (`src/core/server/resources`), served here as
 * routes of the user over one `Store` (the core route checks the caller itself, from the
 * verified bearer token the server hands over as `subject`), until the server serves them itself.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Option } from "effect"
import { renderDatetime } from "../../src/core/server/resources/datetime.js"
import * as Resources from "../../src/core/server/resources/routes.js"
import * as State from "../../src/core/server/state.js"
import { GalileoServer } from "../../src/testing/index.js"
import * as Spawn from "../support/Spawn.js"

const uuid4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

/** The core's resource routes as routes of the user, over `store`. */
const served = (store: Resources.Store): ReadonlyArray<GalileoServer.Route> => {
  const ctx = {
    state: new State.State([], [], [], 0, new Set()),
    now: () => Date.now(),
    tokenLifetimeMillis: 3_600_000,
    scheme: "http" as const
  }
  return Resources.resourceRoutes.map((r) => ({
    method: r.method,
    path: r.path,
    public: true,
    handler: (request) =>
      Effect.sync(() => {
        const answer = r.answer(store, ctx, {
          method: request.method,
          path: request.path,
          query: new URLSearchParams(Object.entries(request.query)).toString(),
          headers: { "content-type": request.headers["content-type"] ?? "application/json" },
          bytes: request.body === undefined
            ? Buffer.alloc(0)
            : Buffer.from(typeof request.body === "string" ? request.body : JSON.stringify(request.body)),
          bearer: Option.match(request.subject, {
            onNone: () => undefined,
            onSome: (sub) => ({ sub, iat: 0, exp: 0, jti: undefined, email: undefined })
          })
        }, request.params)
        return { status: answer.status, body: answer.body === "" ? undefined : JSON.parse(answer.body) }
      })
  }))
}

/** No proxy between the child and 127.0.0.1 (axios honours these variables). */
const noProxy = {
  HTTP_PROXY: "",
  HTTPS_PROXY: "",
  http_proxy: "",
  https_proxy: "",
  NO_PROXY: "127.0.0.1,localhost",
  no_proxy: "127.0.0.1,localhost"
}

const createdAt = "2026-12-08T10:00:00.250Z"

const official = (env: Record<string, string>) =>
  Effect.map(
    Spawn.run(process.execPath, ["test/support/officialTraces.cjs"], {
      ...noProxy,
      OFFICIAL_PROJECT: "demo-project",
      OFFICIAL_LOG_STREAM: "demo-stream",
      OFFICIAL_CREATED_AT: createdAt,
      ...env
    }),
    (result) => ({
      code: result.code,
      out: JSON.parse(result.stdout.trim().split("\n").pop() ?? "null"),
      stderr: result.stderr
    })
  )

describe("the official galileo npm client logs a trace against the embedded server", () => {
  const store = new Resources.Store()

  it.live("init, startTrace, addLlmSpan, conclude, flush; getTrace and getSpan read it back", () =>
    Effect.gen(function*() {
      store.reset()
      const server = yield* GalileoServer.GalileoServer
      const run = yield* official({ GALILEO_API_URL: server.url, GALILEO_API_KEY: "official-key" })
      expect(run.code).toBe(0)
      expect(run.out.flushed).toBe(1)

      const sent = yield* server.requests
      const project = store.projectNamed("demo-project")
      const projectId = project?.id ?? "<none>"
      const streamId = [...(project?.logStreams.values() ?? [])][0]?.id ?? "<none>"
      expect(sent.map((r) => `${r.method} ${r.path}${r.query === undefined ? "" : `?${r.query}`}`)).toEqual([
        // flush(): the API client's init()
        "GET /healthcheck",
        "POST /login/api_key",
        "GET /projects?project_name=demo-project&type=gen_ai",
        "POST /projects",
        `GET /projects/${projectId}/log_streams?project_id=${projectId}`,
        `POST /projects/${projectId}/log_streams?project_id=${projectId}`,
        // the ingest, through galileo-generated (its own login)
        "POST /login/api_key",
        `POST /projects/${projectId}/traces`,
        // the second API client: init() finds both, then reads the trace and its span
        "GET /healthcheck",
        "POST /login/api_key",
        "GET /projects?project_name=demo-project&type=gen_ai",
        `GET /projects/${projectId}/log_streams?project_id=${projectId}`,
        `GET /projects/${projectId}/traces/${run.out.traceId}?project_id=${projectId}&trace_id=${run.out.traceId}`,
        expect.stringMatching(
          new RegExp(`^GET /projects/${projectId}/spans/[0-9a-f-]{36}\\?project_id=${projectId}&span_id=`)
        )
      ])
      expect(sent.map((r) => r.headers["x-galileo-sdk"])).toEqual([
        ...Array(6).fill("galileo-js/1.33.1"),
        "galileo-generated/0.2.14",
        "galileo-generated/0.2.14",
        ...Array(6).fill("galileo-js/1.33.1")
      ])
      expect(JSON.parse(sent[3]?.body ?? "null")).toEqual({
        name: "demo-project",
        type: "gen_ai",
        create_example_templates: false
      })
      expect(JSON.parse(sent[5]?.body ?? "null")).toEqual({ name: "demo-stream" })

      // what the store kept
      const stats = store.stats()
      expect(stats).toEqual({
        projects: 1,
        logStreams: 1,
        experiments: 0,
        datasets: 0,
        traces: 1,
        spans: 1,
        ingestedTraces: 1,
        ingestedSpans: 1,
        evictedTraces: 0,
        refusedByCap: 0,
        bytes: expect.any(Number)
      })
      const subject = GalileoServer.subjectOf("official-key")
      expect(project?.createdBy).toEqual({ id: GalileoServer.userIdOf(subject), email: `${subject}@galileo.test` })
      expect([projectId, streamId, run.out.traceId]).toEqual([
        expect.stringMatching(uuid4),
        expect.stringMatching(uuid4),
        expect.stringMatching(uuid4)
      ])
      expect([run.out.projectId, run.out.logStreamId]).toEqual([projectId, streamId])
      const trace = store.trace(run.out.traceId)
      expect(trace?.run.id).toBe(streamId)
      expect(trace?.sessionId).toMatch(uuid4)
      expect(trace?.createdAt).toBe(Date.parse(createdAt))
      expect(trace?.fields).toMatchObject({
        type: "trace",
        input: "What is 2 + 2?",
        output: "4",
        name: "chat",
        tags: ["demo"],
        user_metadata: { run: "1" },
        metrics: { duration_ns: 2500 },
        id: run.out.traceId
      })
      expect(trace?.allSpans.map((s) => [s.traceId, s.parentId, s.fields.type])).toEqual([
        [run.out.traceId, run.out.traceId, "llm"]
      ])
      expect(trace?.allSpans[0]?.fields).toMatchObject({
        input: [
          { role: "system", content: "You add numbers.", tool_call_id: null, tool_calls: null },
          { role: "user", content: "What is 2 + 2?", tool_call_id: null, tool_calls: null }
        ],
        output: { role: "assistant", content: "4", tool_call_id: null, tool_calls: null },
        model: "imitation-1",
        temperature: 0.5,
        metrics: { duration_ns: 1500, num_input_tokens: 12, num_output_tokens: 1, num_total_tokens: 13 }
      })

      // what the official client read back
      const spanId = trace?.allSpans[0]?.id
      expect(run.out.trace).toMatchObject({
        type: "trace",
        id: run.out.traceId,
        traceId: run.out.traceId,
        projectId,
        runId: streamId,
        sessionId: trace?.sessionId,
        input: "What is 2 + 2?",
        output: "4",
        createdAt: renderDatetime(Date.parse(createdAt)),
        numSpans: 1,
        hasChildren: true,
        spans: [{ type: "llm", id: spanId, parentId: run.out.traceId, model: "imitation-1" }]
      })
      expect(run.out.span).toMatchObject({
        type: "llm",
        id: spanId,
        traceId: run.out.traceId,
        parentId: run.out.traceId,
        metrics: { numInputTokens: 12, numOutputTokens: 1, numTotalTokens: 13, durationNs: 1500 }
      })
    }).pipe(Effect.provide(GalileoServer.layer({ apiKeys: ["official-key"], routes: served(store) }))))

  it.live("flushed again into the same project and log stream: found by name, not created twice", () =>
    Effect.gen(function*() {
      store.reset()
      const server = yield* GalileoServer.GalileoServer
      const env = { GALILEO_API_URL: server.url, GALILEO_API_KEY: GalileoServer.demoApiKey }
      const first = yield* official(env)
      const second = yield* official(env)
      expect([first.code, second.code, first.out.flushed, second.out.flushed]).toEqual([0, 0, 1, 1])
      expect(second.out.projectId).toBe(first.out.projectId)
      expect(second.out.logStreamId).toBe(first.out.logStreamId)
      expect(store.stats()).toMatchObject({ projects: 1, logStreams: 1, traces: 2, spans: 2, ingestedTraces: 2 })
      const sent = yield* server.requests
      expect(sent.filter((r) => r.method === "POST" && r.path === "/projects").length).toBe(1)
      expect(sent.filter((r) => r.method === "POST" && r.path.endsWith("/log_streams")).length).toBe(1)
    }).pipe(Effect.provide(GalileoServer.layer({ routes: served(store) }))))
})
