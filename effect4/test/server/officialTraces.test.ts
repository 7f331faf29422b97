/**
 * The official `galileo` npm client (1.33.1) logs a trace through the embedded server's resource
 * routes (issue #21, item 4): `init({ projectName, logstream })`, `startTrace`, `addLlmSpan`,
 * `conclude`, `flush()`, then `getTrace` / `getSpan` read it back. Asserted: the exact requests
 * the client sends, what the server keeps (`server.resources`, and the project, log stream, trace
 * and span as the server answers them, read with an API key) and what the client read back.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { renderDatetime } from "../../src/core/server/resources/datetime.js"
import { GalileoServer } from "../../src/testing/index.js"
import * as Spawn from "../support/Spawn.js"
import { json, request } from "./http.js"

const uuid4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

/** The JSON body of `GET path` on the server, with the API key `key` in `Galileo-API-Key`. */
const read = (url: string, path: string, key: string) =>
  Effect.map(request(`${url}${path}`, { headers: { "galileo-api-key": key } }), (answer) => {
    expect(answer.status, path).toBe(200)
    return json(answer)
  })

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

/** The value at `keys` in a JSON value (`undefined` where there is none). */
const at = (value: unknown, ...keys: ReadonlyArray<string | number>): unknown =>
  keys.reduce<unknown>(
    (v, key) => typeof v === "object" && v !== null ? Object.getOwnPropertyDescriptor(v, key)?.value : undefined,
    value
  )

describe("the official galileo npm client logs a trace against the embedded server", () => {
  it.live("init, startTrace, addLlmSpan, conclude, flush; getTrace and getSpan read it back", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const run = yield* official({ GALILEO_API_URL: server.url, GALILEO_API_KEY: "official-key" })
      expect(run.code).toBe(0)
      expect(run.out.flushed).toBe(1)

      const sent = yield* server.requests
      const key = "official-key"
      const projects = yield* read(server.url, "/v2/projects?project_name=demo-project", key)
      const projectId = String(at(projects, 0, "id"))
      const streams = yield* read(server.url, `/v2/projects/${projectId}/log_streams`, key)
      const streamId = String(at(streams, 0, "id"))
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

      // what the server kept
      const kept = yield* server.resources
      expect(kept).toEqual({
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
        bytes: kept.bytes
      })
      expect(kept.bytes).toBeGreaterThan(0)
      const subject = GalileoServer.subjectOf(key)
      expect(projects).toEqual([expect.objectContaining({
        name: "demo-project",
        type: "gen_ai",
        created_by: GalileoServer.userIdOf(subject),
        created_by_user: expect.objectContaining({
          id: GalileoServer.userIdOf(subject),
          email: `${subject}@galileo.test`
        })
      })])
      expect(streams).toEqual([expect.objectContaining({ name: "demo-stream", project_id: projectId })])
      expect([projectId, streamId, run.out.traceId]).toEqual([
        expect.stringMatching(uuid4),
        expect.stringMatching(uuid4),
        expect.stringMatching(uuid4)
      ])
      expect([run.out.projectId, run.out.logStreamId]).toEqual([projectId, streamId])
      const trace = yield* read(server.url, `/v2/projects/${projectId}/traces/${run.out.traceId}`, key)
      expect(trace).toMatchObject({
        type: "trace",
        input: "What is 2 + 2?",
        output: "4",
        name: "chat",
        tags: ["demo"],
        user_metadata: { run: "1" },
        metrics: { duration_ns: 2500 },
        id: run.out.traceId,
        trace_id: run.out.traceId,
        run_id: streamId,
        session_id: expect.stringMatching(uuid4),
        created_at: renderDatetime(Date.parse(createdAt)),
        num_spans: 1
      })
      const spans = at(trace, "spans")
      expect(Array.isArray(spans) ? spans.map((s) => [at(s, "trace_id"), at(s, "parent_id"), at(s, "type")]) : [])
        .toEqual([[run.out.traceId, run.out.traceId, "llm"]])
      const spanId = String(at(spans, 0, "id"))
      const span = yield* read(server.url, `/v2/projects/${projectId}/spans/${spanId}`, key)
      expect(span).toMatchObject({
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
      expect(run.out.trace).toMatchObject({
        type: "trace",
        id: run.out.traceId,
        traceId: run.out.traceId,
        projectId,
        runId: streamId,
        sessionId: at(trace, "session_id"),
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
    }).pipe(Effect.provide(GalileoServer.layer({ apiKeys: ["official-key"] }))))

  it.live("flushed again into the same project and log stream: found by name, not created twice", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const env = { GALILEO_API_URL: server.url, GALILEO_API_KEY: GalileoServer.demoApiKey }
      const first = yield* official(env)
      const second = yield* official(env)
      expect([first.code, second.code, first.out.flushed, second.out.flushed]).toEqual([0, 0, 1, 1])
      expect(second.out.projectId).toBe(first.out.projectId)
      expect(second.out.logStreamId).toBe(first.out.logStreamId)
      expect(yield* server.resources).toMatchObject({
        projects: 1,
        logStreams: 1,
        traces: 2,
        spans: 2,
        ingestedTraces: 2
      })
      const sent = yield* server.requests
      expect(sent.filter((r) => r.method === "POST" && r.path === "/projects").length).toBe(1)
      expect(sent.filter((r) => r.method === "POST" && r.path.endsWith("/log_streams")).length).toBe(1)
    }).pipe(Effect.provide(GalileoServer.layer())))
})
