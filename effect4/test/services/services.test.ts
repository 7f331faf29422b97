/**
 * The API group services against the embedded server (real login, real undici client, routes of
 * the test's own per the contract): each call decodes to the contract's types, goes out once
 * with the library's headers and the bearer token, ids as one path segment.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Option, Schema } from "effect"
import * as Datasets from "../../src/Datasets.js"
import * as Experiments from "../../src/Experiments.js"
import * as LogStreams from "../../src/LogStreams.js"
import * as Projects from "../../src/Projects.js"
import * as Prompts from "../../src/Prompts.js"
import { GalileoServer } from "../../src/testing/index.js"
import * as Traces from "../../src/Traces.js"
import { version } from "../../src/version.js"
import * as Live from "../support/Live.js"
import * as Fixtures from "./fixtures.js"

const requests = Effect.map(
  GalileoServer.GalileoServer,
  (server) => server.requests.pipe(Effect.map((log) => log.filter((r) => !r.path.includes("/login"))))
).pipe(Effect.flatten)

const calls = Effect.map(
  requests,
  (log) => log.map((r) => `${r.method} ${r.path}${r.query === undefined ? "" : `?${r.query}`}`)
)

describe("Projects", () => {
  it.effect("creates, finds by name, lists, gets, updates and deletes, one request each", () =>
    Effect.gen(function*() {
      const projects = yield* Projects.Projects
      const created = yield* projects.create({ name: "demo" })
      expect(Schema.is(Projects.ProjectCreateResponse)(created)).toBe(true)
      expect({ id: created.id, name: created.name, type: created.type }).toEqual({
        id: "p-1",
        name: "demo",
        type: "gen_ai"
      })

      const found = yield* projects.getByName("demo")
      expect(Option.map(found, (p) => [p.id, p.name, p.type, p.runs])).toEqual(
        Option.some(["p-1", "demo", "gen_ai", []])
      )
      expect(yield* projects.getByName("other")).toEqual(Option.none())
      const all = yield* projects.list({ type: "gen_ai" })
      expect(all.map((p) => p.id)).toEqual(["p-1"])
      expect(Schema.is(Projects.Project)(all[0])).toBe(true)
      const one = yield* projects.get("p-1")
      expect(one.created_by_user).toEqual({ id: "u-1", email: "demo@galileo.test" })
      const renamed = yield* projects.update("p-1", { name: "renamed" })
      expect(renamed.name).toBe("renamed")
      const page = yield* projects.search({}, { starting_token: 0, limit: 10 })
      expect(page.projects.map((p) => p.name)).toEqual(["renamed"])
      expect(page.starting_token).toBe(0)
      const deleted = yield* projects.delete("p-1")
      expect(deleted.message).toBe("Project deleted")

      expect(yield* calls).toEqual([
        "POST /v1/projects",
        "GET /v1/projects?project_name=demo",
        "GET /v1/projects?project_name=other",
        "GET /v1/projects?type=gen_ai",
        "GET /v1/projects/p-1",
        "PUT /v1/projects/p-1",
        "POST /v1/projects/paginated?starting_token=0&limit=10",
        "DELETE /v1/projects/p-1"
      ])
      const [first] = yield* requests
      expect(first?.headers).toMatchObject({
        authorization: "<redacted>",
        accept: "application/json",
        "content-type": "application/json",
        "x-galileo-sdk": `galileo-effect/${version}`
      })
      expect(first?.subject).toBe(GalileoServer.subjectOf(GalileoServer.demoApiKey))
      expect(first?.body).toBe(JSON.stringify({ name: "demo" }))
      expect((yield* (yield* GalileoServer.GalileoServer).stats).logins).toBe(1)
    }).pipe(Effect.provide(Fixtures.services())))

  it.effect("sends an id as one path segment: `?` and `#` in it start no query and no fragment", () =>
    Effect.gen(function*() {
      const projects = yield* Projects.Projects
      const error = yield* Effect.flip(projects.get("a?b=1#c"))
      // the route `/projects/{project_id}` answered, for the whole id (the server decodes the path)
      expect(error).toMatchObject({
        _tag: "GalileoHttpError",
        status: 404,
        method: "GET",
        path: "/v1/projects/a%3Fb%3D1%23c",
        body: "{\"detail\":\"Project not found\"}"
      })
      expect((yield* requests).map((r) => [r.method, r.path, r.query])).toEqual([[
        "GET",
        "/v1/projects/a?b=1#c",
        undefined
      ]])
    }).pipe(Effect.provide(Fixtures.services())))
})

describe("LogStreams", () => {
  it.effect("creates, lists, gets and deletes (204) a project's log streams", () =>
    Effect.gen(function*() {
      const logStreams = yield* LogStreams.LogStreams
      const created = yield* logStreams.create("p-1", { name: "production" })
      expect(Schema.is(LogStreams.LogStream)(created)).toBe(true)
      expect([created.id, created.project_id, created.name, created.created_at]).toEqual([
        "ls-1",
        "p-1",
        "production",
        Fixtures.now
      ])
      expect((yield* logStreams.list("p-1", { include_counts: true })).map((s) => s.id)).toEqual(["ls-1"])
      expect((yield* logStreams.get("p-1", "ls-1")).name).toBe("production")
      expect(yield* logStreams.delete("p-1", "ls-1")).toBeUndefined()
      expect(yield* calls).toEqual([
        "POST /v1/projects/p-1/log_streams",
        "GET /v1/projects/p-1/log_streams?include_counts=true",
        "GET /v1/projects/p-1/log_streams/ls-1",
        "DELETE /v1/projects/p-1/log_streams/ls-1"
      ])
    }).pipe(Effect.provide(Fixtures.services())))
})

describe("Traces", () => {
  it.effect("ingests traces, searches them, gets a trace and a span", () =>
    Effect.gen(function*() {
      const traces = yield* Traces.Traces
      const ingested = yield* traces.ingest("p-1", {
        log_stream_id: "ls-1",
        traces: [{
          name: "chat",
          input: "Hello",
          output: "Hi!",
          spans: [{ type: "llm", name: "llm", input: [{ role: "user", content: "Hello" }] }]
        }]
      })
      expect([ingested.traces_count, ingested.spans_count, ingested.records_count, ingested.log_stream_id]).toEqual([
        1,
        1,
        2,
        "ls-1"
      ])
      const found = yield* traces.search("p-1", { log_stream_id: "ls-1", limit: 10 })
      expect(found.records?.map((r) => [r.type, r.id])).toEqual([["trace", "t-1"]])
      const trace = yield* traces.get("p-1", "t-1", { include_presigned_urls: false })
      expect([trace.type, trace.id]).toEqual(["trace", "t-1"])
      const span = yield* traces.getSpan("p-1", "sp-1")
      expect([span.type, span.id]).toEqual(["llm", "sp-1"])
      expect(yield* calls).toEqual([
        "POST /v1/projects/p-1/traces",
        "POST /v1/projects/p-1/traces/search",
        "GET /v1/projects/p-1/traces/t-1?include_presigned_urls=false",
        "GET /v1/projects/p-1/spans/sp-1"
      ])
    }).pipe(Effect.provide(Fixtures.services())))
})

describe.each(Live.clients)("Datasets over %s", (_name, httpClient) => {
  it.effect("creates one from a file (multipart), lists them and reads a page of content", () =>
    Effect.gen(function*() {
      const datasets = yield* Datasets.Datasets
      const file = new Blob(["{\"input\":\"2+2\",\"output\":\"4\"}\n"], { type: "application/jsonl" })
      const created = yield* datasets.create({ name: "qa", file }, { format: "jsonl" })
      expect(Schema.is(Datasets.Dataset)(created)).toBe(true)
      expect([created.id, created.name, created.num_rows]).toEqual(["d-2", "qa", 2])
      expect((yield* datasets.list()).datasets?.map((d) => d.id)).toEqual(["d-1"])
      const content = yield* datasets.getContent("d-1", { starting_token: 0, limit: 10 })
      expect([content.limit, content.rows?.map((r) => r.values_dict)]).toEqual([10, [{ input: "2+2", output: "4" }]])
      expect(yield* calls).toEqual([
        "POST /v1/datasets?format=jsonl",
        "GET /v1/datasets",
        "GET /v1/datasets/d-1/content?starting_token=0&limit=10"
      ])
    }).pipe(Effect.provide(Fixtures.services({ httpClient }))))
})

describe("Experiments", () => {
  it.effect("creates and lists a project's experiments", () =>
    Effect.gen(function*() {
      const experiments = yield* Experiments.Experiments
      const created = yield* experiments.create("p-1", { name: "baseline-2" })
      expect([created.id, created.name, created.task_type]).toEqual(["e-2", "baseline-2", 16])
      expect((yield* experiments.list("p-1")).map((e) => e.name)).toEqual(["baseline"])
      expect(yield* calls).toEqual(["POST /v1/projects/p-1/experiments", "GET /v1/projects/p-1/experiments"])
    }).pipe(Effect.provide(Fixtures.services())))
})

describe("Prompts", () => {
  it.effect("lists and creates a project's templates", () =>
    Effect.gen(function*() {
      const prompts = yield* Prompts.Prompts
      const created = yield* prompts.createTemplate("p-1", { name: "farewell", template: "Say goodbye" })
      expect([created.id, created.name, created.selected_version.version, created.selected_version.template]).toEqual([
        "tpl-2",
        "farewell",
        1,
        "Say goodbye"
      ])
      expect((yield* prompts.listTemplates("p-1")).map((t) => t.name)).toEqual(["greeting"])
      expect(yield* calls).toEqual(["POST /v1/projects/p-1/templates", "GET /v1/projects/p-1/templates"])
    }).pipe(Effect.provide(Fixtures.services())))
})
