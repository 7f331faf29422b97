/**
 * Plain tests (vitest, no Effect) of the embedded server's resource routes (issue #21, item 4):
 * the table through the core `Router`, over one `Store`, with requests made by hand. The 422
 * bodies are pydantic 2.13's own for the same models and inputs (checked with pydantic, then
 * written here).
 */
import { describe, expect, it } from "vitest"
import type { Ctx, Incoming } from "../../src/core/server/http.js"
import type * as Jwt from "../../src/core/server/jwt.js"
import { parseDatetime, renderDatetime } from "../../src/core/server/resources/datetime.js"
import * as Resources from "../../src/core/server/resources/routes.js"
import { parseUuid } from "../../src/core/server/resources/uuid.js"
import { Router } from "../../src/core/server/router.js"
import * as State from "../../src/core/server/state.js"

const uuid4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const now = Date.parse("2026-12-08T10:00:00Z")
const claims: Jwt.Claims = { sub: "user-abc", iat: 0, exp: 0, jti: undefined, email: undefined }

const setup = (limits: Partial<Resources.Limits> = {}) => {
  const store = new Resources.Store(limits)
  const router = new Router(Resources.entries(store))
  const ctx: Ctx = {
    state: new State.State([], [], [], 0, new Set()),
    now: () => now,
    tokenLifetimeMillis: 1,
    scheme: "http"
  }
  const call = (method: string, url: string, body?: unknown, anonymous?: "anonymous") => {
    const [path = "", query = ""] = url.split("?")
    const incoming: Incoming = {
      method,
      path,
      query,
      headers: { "content-type": "application/json" },
      bytes: body === undefined ? Buffer.alloc(0) : Buffer.from(typeof body === "string" ? body : JSON.stringify(body)),
      bearer: anonymous === undefined ? claims : undefined
    }
    const match = router.match(method, path)
    if (match._tag !== "Found") throw new Error(`${method} ${path}: ${match._tag}`)
    const answer = match.target(ctx, incoming, match.params)
    return { status: answer.status, body: answer.body === "" ? undefined : JSON.parse(answer.body) }
  }
  return { store, call, ctx }
}

const project = (call: ReturnType<typeof setup>["call"], name = "p") => call("POST", "/v2/projects", { name }).body.id
const stream = (call: ReturnType<typeof setup>["call"], projectId: string, name = "s") =>
  call("POST", `/projects/${projectId}/log_streams`, { name }).body.id

describe("projects", () => {
  it("create, find by name, get, list, delete; ids are uuid4s; 409 for a name taken", () => {
    const { call, store } = setup()
    const created = call("POST", "/projects", { name: "demo", create_example_templates: false })
    expect(created).toEqual({
      status: 200,
      body: {
        name: "demo",
        created_by: State.userIdOf("user-abc"),
        type: "gen_ai",
        id: expect.stringMatching(uuid4),
        created_at: "2026-12-08T10:00:00Z",
        updated_at: "2026-12-08T10:00:00Z"
      }
    })
    const id = created.body.id
    expect(call("POST", "/v1/projects", { name: "demo" })).toEqual({
      status: 409,
      body: { detail: "Project with name 'demo' already exists." }
    })
    expect(call("GET", "/projects?project_name=demo&type=gen_ai").body.map((p: { id: string }) => p.id)).toEqual([id])
    expect(call("GET", "/projects?project_name=other").body).toEqual([])
    expect(call("GET", "/projects?project_name=demo&type=protect").body).toEqual([])
    expect(call("GET", `/v2/projects/${id}`).body).toMatchObject({
      id,
      name: "demo",
      runs: [],
      created_by_user: { id: State.userIdOf("user-abc"), email: "user-abc@galileo.test" }
    })
    expect(call("GET", "/projects/all").body).toHaveLength(1)
    expect(call("DELETE", `/projects/${id}`)).toEqual({
      status: 200,
      body: { message: "Successfully deleted project demo" }
    })
    expect(call("GET", `/projects/${id}`)).toEqual({ status: 404, body: { detail: "Project not found" } })
    expect(store.stats().projects).toBe(0)
  })

  it("422 as pydantic reports ProjectCreate's errors, every field at once", () => {
    const { call } = setup()
    expect(call("POST", "/projects", { name: 5, type: "x", created_by: "abc", create_example_templates: "maybe" }))
      .toEqual({
        status: 422,
        body: {
          detail: [
            { type: "string_type", loc: ["body", "name"], msg: "Input should be a valid string", input: 5 },
            {
              type: "uuid_parsing",
              loc: ["body", "created_by"],
              msg: "Input should be a valid UUID, invalid length: expected length 32 for simple format, found 3",
              input: "abc",
              ctx: { error: "invalid length: expected length 32 for simple format, found 3" }
            },
            {
              type: "enum",
              loc: ["body", "type"],
              msg: "Input should be 'prompt_evaluation', 'llm_monitor', 'protect' or 'gen_ai'",
              input: "x",
              ctx: { expected: "'prompt_evaluation', 'llm_monitor', 'protect' or 'gen_ai'" }
            },
            {
              type: "bool_parsing",
              loc: ["body", "create_example_templates"],
              msg: "Input should be a valid boolean, unable to interpret input",
              input: "maybe"
            }
          ]
        }
      })
    expect(call("POST", "/projects", { name: "" }).body).toEqual({
      detail: [{
        type: "string_too_short",
        loc: ["body", "name"],
        msg: "String should have at least 1 character",
        input: "",
        ctx: { min_length: 1 }
      }]
    })
    expect(call("POST", "/projects").body).toEqual({
      detail: [{ type: "missing", loc: ["body"], msg: "Field required", input: null }]
    })
    expect(call("POST", "/projects", "{").body).toEqual({
      detail: [{
        type: "json_invalid",
        loc: ["body", 1],
        msg: "JSON decode error",
        input: {},
        ctx: { error: "Expecting property name enclosed in double quotes" }
      }]
    })
    expect(call("GET", "/projects?type=nope").body.detail[0]).toMatchObject({ type: "enum", loc: ["query", "type"] })
  })

  it("path parameters: uuid_parsing / uuid_version with the uuid crate's messages", () => {
    const { call } = setup()
    expect(call("GET", "/projects/zz").body).toEqual({
      detail: [{
        type: "uuid_parsing",
        loc: ["path", "project_id"],
        msg: "Input should be a valid UUID, invalid character: found `z` at 1",
        input: "zz",
        ctx: { error: "invalid character: found `z` at 1" }
      }]
    })
    expect(call("GET", "/projects/6ba7b810-9dad-11d1-80b4-00c04fd430c8").body.detail[0]).toEqual({
      type: "uuid_version",
      loc: ["path", "project_id"],
      msg: "UUID version 4 expected",
      input: "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
      ctx: { expected_version: 4 }
    })
    expect(call("GET", "/projects/6ba7b810-9dad-41d1-80b4-00c04fd430c8")).toEqual({
      status: 404,
      body: { detail: "Project not found" }
    })
  })

  it("401 without a caller, before the body is validated (a JSON decode error comes first)", () => {
    const { call, ctx } = setup()
    expect(call("POST", "/projects", { name: "" }, "anonymous")).toEqual({
      status: 401,
      body: { detail: "Not authenticated" }
    })
    expect(call("POST", "/projects", "{", "anonymous").status).toBe(422)
    expect(ctx.state.stats().unauthorizedCalls).toBe(1)
  })

  it("bounded: the projects cap answers 507 and counts it", () => {
    const { call, store } = setup({ projects: 2 })
    project(call, "a")
    project(call, "b")
    expect(call("POST", "/projects", { name: "c" })).toEqual({
      status: 507,
      body: { detail: "The embedded server keeps at most 2 projects (its `projects` limit)." }
    })
    expect(store.stats()).toMatchObject({ projects: 2, refusedByCap: 1 })
  })
})

describe("log streams and experiments", () => {
  it("create, list (with counts), get, 409, 404, delete (204)", () => {
    const { call } = setup()
    const p = project(call)
    const s = call("POST", `/projects/${p}/log_streams`, { name: "prod" })
    expect(s.body).toMatchObject({ name: "prod", project_id: p, id: expect.stringMatching(uuid4), num_traces: null })
    expect(call("POST", `/projects/${p}/log_streams`, { name: "prod" }).status).toBe(409)
    expect(call("GET", `/projects/${p}/log_streams?include_counts=true`).body).toMatchObject([{
      id: s.body.id,
      num_traces: 0,
      num_spans: 0
    }])
    expect(call("GET", `/projects/${p}/log_streams/${s.body.id}`).body.id).toBe(s.body.id)
    expect(call("DELETE", `/projects/${p}/log_streams/${s.body.id}`)).toEqual({ status: 204, body: undefined })
    expect(call("GET", `/projects/${p}/log_streams/${s.body.id}`)).toEqual({
      status: 404,
      body: { detail: "Log stream not found" }
    })
    expect(call("GET", `/projects/6ba7b810-9dad-41d1-80b4-00c04fd430c8/log_streams`).status).toBe(404)
  })

  it("experiments: task_type is Literal[16, 17]", () => {
    const { call } = setup()
    const p = project(call)
    const e = call("POST", `/projects/${p}/experiments`, { name: "exp-1" })
    expect(e.body).toMatchObject({ name: "exp-1", project_id: p, task_type: 16, dataset: null })
    expect(call("POST", `/projects/${p}/experiments`, { name: "exp-2", task_type: 3 }).body).toEqual({
      detail: [{
        type: "literal_error",
        loc: ["body", "task_type"],
        msg: "Input should be 16 or 17",
        input: 3,
        ctx: { expected: "16 or 17" }
      }]
    })
    expect(call("GET", `/projects/${p}/experiments`).body.map((x: { id: string }) => x.id)).toEqual([e.body.id])
    expect(call("DELETE", `/projects/${p}/experiments/${e.body.id}`).status).toBe(204)
  })
})

const llmSpan = {
  type: "llm",
  input: [{ role: "user", content: "hi" }],
  output: { role: "assistant", content: "hello" },
  model: "m",
  metrics: { num_input_tokens: 1, num_output_tokens: 1 }
}

describe("traces and spans", () => {
  it("ingest: counts, ids, the session; read back with children; spans by id", () => {
    const { call, store } = setup()
    const p = project(call)
    const s = stream(call, p)
    const ingest = call("POST", `/projects/${p}/traces`, {
      log_stream_id: s,
      include_trace_ids: true,
      traces: [
        { input: "q", output: "a", spans: [{ type: "workflow", name: "w", spans: [llmSpan] }] },
        { input: [{ type: "text", text: "q2" }], created_at: "2026-12-08T09:00:00Z" }
      ]
    })
    expect(ingest).toEqual({
      status: 200,
      body: {
        log_stream_id: s,
        experiment_id: null,
        metrics_testing_id: null,
        project_id: p,
        project_name: "p",
        session_id: expect.stringMatching(uuid4),
        records_count: 4,
        traces_count: 2,
        spans_count: 2,
        trace_ids: [expect.stringMatching(uuid4), expect.stringMatching(uuid4)]
      }
    })
    const [t1, t2] = ingest.body.trace_ids
    const read = call("GET", `/projects/${p}/traces/${t1}`).body
    expect(read).toMatchObject({
      type: "trace",
      id: t1,
      trace_id: t1,
      session_id: ingest.body.session_id,
      project_id: p,
      run_id: s,
      created_at: "2026-12-08T10:00:00Z",
      num_spans: 2,
      has_children: true,
      spans: [{
        type: "workflow",
        name: "w",
        parent_id: t1,
        spans: [{ type: "llm", model: "m", metrics: { num_input_tokens: 1 } }]
      }]
    })
    const workflow = read.spans[0]
    expect(workflow.spans[0].parent_id).toBe(workflow.id)
    expect(call("GET", `/projects/${p}/spans/${workflow.spans[0].id}`).body).toMatchObject({
      type: "llm",
      trace_id: t1
    })
    expect(call("GET", `/projects/${p}/traces/${t2}`).body).toMatchObject({
      created_at: "2026-12-08T09:00:00Z",
      num_spans: 0
    })
    expect(store.stats()).toMatchObject({ traces: 2, spans: 2, ingestedTraces: 2, ingestedSpans: 2 })
    expect(call("GET", `/projects/${p}/traces/6ba7b810-9dad-41d1-80b4-00c04fd430c8`)).toEqual({
      status: 404,
      body: { detail: "Trace not found" }
    })
  })

  it("422 located in the tagged unions as pydantic locates it", () => {
    const { call } = setup()
    const p = project(call)
    const s = stream(call, p)
    const body = call("POST", `/projects/${p}/traces`, {
      log_stream_id: s,
      traces: [{
        type: "span",
        input: 5,
        spans: [{}, { type: "x" }, { type: "llm", input: [{ content: 5, role: "bot" }] }, 7]
      }]
    }).body
    expect(body).toEqual({
      detail: [
        {
          type: "literal_error",
          loc: ["body", "traces", 0, "type"],
          msg: "Input should be 'trace'",
          input: "span",
          ctx: { expected: "'trace'" }
        },
        {
          type: "string_type",
          loc: ["body", "traces", 0, "input", "str"],
          msg: "Input should be a valid string",
          input: 5
        },
        {
          type: "list_type",
          loc: ["body", "traces", 0, "input", "list[tagged-union[TextContentPart,FileContentPart]]"],
          msg: "Input should be a valid list",
          input: 5
        },
        {
          type: "union_tag_not_found",
          loc: ["body", "traces", 0, "spans", 0],
          msg: "Unable to extract tag using discriminator 'type'",
          input: {},
          ctx: { discriminator: "'type'" }
        },
        {
          type: "union_tag_invalid",
          loc: ["body", "traces", 0, "spans", 1],
          msg:
            "Input tag 'x' found using 'type' does not match any of the expected tags: 'agent', 'workflow', 'llm', 'retriever', 'tool', 'control'",
          input: { type: "x" },
          ctx: {
            discriminator: "'type'",
            tag: "x",
            expected_tags: "'agent', 'workflow', 'llm', 'retriever', 'tool', 'control'"
          }
        },
        {
          type: "string_type",
          loc: ["body", "traces", 0, "spans", 2, "llm", "input", 0, "content", "str"],
          msg: "Input should be a valid string",
          input: 5
        },
        {
          type: "list_type",
          loc: [
            "body",
            "traces",
            0,
            "spans",
            2,
            "llm",
            "input",
            0,
            "content",
            "list[tagged-union[TextContentPart,FileContentPart]]"
          ],
          msg: "Input should be a valid list",
          input: 5
        },
        {
          type: "enum",
          loc: ["body", "traces", 0, "spans", 2, "llm", "input", 0, "role"],
          msg: "Input should be 'agent', 'assistant', 'developer', 'function', 'system', 'tool' or 'user'",
          input: "bot",
          ctx: { expected: "'agent', 'assistant', 'developer', 'function', 'system', 'tool' or 'user'" }
        },
        {
          type: "model_attributes_type",
          loc: ["body", "traces", 0, "spans", 3],
          msg: "Input should be a valid dictionary or object to extract fields from",
          input: 7
        }
      ]
    })
    expect(call("POST", `/projects/${p}/traces`, { log_stream_id: s, traces: [] }).body.detail).toEqual([{
      type: "too_short",
      loc: ["body", "traces"],
      msg: "List should have at least 1 item after validation, not 0",
      input: [],
      ctx: { field_type: "List", min_length: 1, actual_length: 0 }
    }])
    expect(call("POST", `/projects/${p}/traces`, { traces: [{}] }).body.detail).toEqual([{
      type: "value_error",
      loc: ["body"],
      msg: "Value error, Exactly one of log_stream_id, experiment_id or metrics_testing_id must be set.",
      input: { traces: [{}] },
      ctx: { error: {} }
    }])
    expect(
      call("POST", `/projects/${p}/traces`, { log_stream_id: "6ba7b810-9dad-41d1-80b4-00c04fd430c8", traces: [{}] })
    )
      .toEqual({ status: 404, body: { detail: "Log stream not found" } })
  })

  it("spans added to a logged trace (streaming), search and count with id and text filters", () => {
    const { call } = setup()
    const p = project(call)
    const s = stream(call, p)
    const ingest = call("POST", `/projects/${p}/traces`, {
      log_stream_id: s,
      include_trace_ids: true,
      traces: [{ name: "first", input: "a" }, { name: "second", input: "b" }]
    }).body
    const [t1, t2] = ingest.trace_ids
    expect(
      call("POST", `/projects/${p}/spans`, { log_stream_id: s, trace_id: t1, parent_id: t1, spans: [llmSpan] }).body
    )
      .toMatchObject({ trace_id: t1, parent_id: t1, records_count: 1, project_name: "p" })
    expect(call("POST", `/projects/${p}/spans`, { log_stream_id: s, trace_id: t1, parent_id: t2, spans: [llmSpan] }))
      .toEqual({ status: 404, body: { detail: "Parent not found" } })
    const search = (filters: ReadonlyArray<unknown>) =>
      call("POST", `/projects/${p}/traces/search`, { log_stream_id: s, filters }).body
    expect(search([]).records.map((r: { name: string }) => r.name)).toEqual(["first", "second"])
    expect(search([{ type: "id", column_id: "id", value: t2 }]).records.map((r: { id: string }) => r.id)).toEqual([t2])
    expect(
      search([{ type: "text", column_id: "name", operator: "contains", value: "SEC", case_sensitive: false }]).records
    )
      .toHaveLength(1)
    expect(call("POST", `/projects/${p}/traces/search`, { log_stream_id: s, filters: [{ type: "date" }] }))
      .toEqual({ status: 400, body: { detail: "The embedded server does not support `date` filters." } })
    expect(call("POST", `/projects/${p}/traces/count`, { log_stream_id: s }).body).toEqual({ total_count: 2 })
    expect(call("POST", `/projects/${p}/spans/count`, { log_stream_id: s }).body).toEqual({ total_count: 1 })
    const page =
      call("POST", `/projects/${p}/traces/search`, { log_stream_id: s, limit: 1, sort: { column_id: "name" } }).body
    expect(page).toMatchObject({ limit: 1, paginated: true, next_starting_token: 1, records: [{ name: "first" }] })
    expect(page.records[0].spans).toBeUndefined()
  })

  it("bounded: the oldest traces are evicted beyond the caps, a trace over spansPerTrace is refused", () => {
    const { call, store } = setup({ traces: 2, spansPerTrace: 2 })
    const p = project(call)
    const s = stream(call, p)
    const ids = [1, 2, 3].map((n) =>
      call("POST", `/projects/${p}/traces`, { log_stream_id: s, include_trace_ids: true, traces: [{ name: `t${n}` }] })
        .body
        .trace_ids[0]
    )
    expect(store.stats()).toMatchObject({ traces: 2, evictedTraces: 1, ingestedTraces: 3 })
    expect(call("GET", `/projects/${p}/traces/${ids[0]}`).status).toBe(404)
    expect(call("GET", `/projects/${p}/traces/${ids[2]}`).status).toBe(200)
    expect(
      call("POST", `/projects/${p}/traces`, { log_stream_id: s, traces: [{ spans: [llmSpan, llmSpan, llmSpan] }] })
    )
      .toEqual({
        status: 507,
        body: { detail: "The embedded server keeps at most 2 spans in one trace (its `spansPerTrace` limit)." }
      })
    expect(store.stats()).toMatchObject({ traces: 2, refusedByCap: 1 })
  })

  it("a trace logged again with its id replaces the old one", () => {
    const { call, store } = setup()
    const p = project(call)
    const s = stream(call, p)
    const id = "0b9f6a1e-2c3d-4e5f-8a9b-0c1d2e3f4a5b"
    call("POST", `/projects/${p}/traces`, { log_stream_id: s, traces: [{ id, name: "old", spans: [llmSpan] }] })
    call("POST", `/projects/${p}/traces`, { log_stream_id: s, traces: [{ id, name: "new" }] })
    expect(call("GET", `/projects/${p}/traces/${id}`).body).toMatchObject({ name: "new", num_spans: 0 })
    expect(store.stats()).toMatchObject({ traces: 1, spans: 0 })
  })
})

describe("datasets", () => {
  it("multipart CSV upload, get, content pages, list, delete", () => {
    const { call, store } = setup()
    const boundary = "XyZ"
    const form = [
      `--${boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\nqa\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="qa.csv"\r\nContent-Type: text/csv\r\n\r\n`,
      "input,output\r\n\"2 + 2, please\",4\r\n3 + 3,6\r\n",
      `\r\n--${boundary}--\r\n`
    ].join("")
    const router = new Router(Resources.entries(store))
    const match = router.match("POST", "/datasets")
    if (match._tag !== "Found") throw new Error("no route")
    const answer = match.target(setup().ctx, {
      method: "POST",
      path: "/datasets",
      query: "format=csv",
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      bytes: Buffer.from(form),
      bearer: claims
    }, {})
    expect(answer.status).toBe(200)
    const dataset = JSON.parse(answer.body)
    expect(dataset).toMatchObject({
      name: "qa",
      num_rows: 2,
      column_names: ["input", "output"],
      id: expect.stringMatching(uuid4)
    })
    expect(call("GET", `/datasets/${dataset.id}/content?limit=1`).body).toMatchObject({
      paginated: true,
      next_starting_token: 1,
      rows: [{ index: 0, values: ["2 + 2, please", "4"], values_dict: { input: "2 + 2, please", output: "4" } }]
    })
    expect(call("GET", "/datasets").body.datasets.map((d: { id: string }) => d.id)).toEqual([dataset.id])
    expect(call("DELETE", `/datasets/${dataset.id}`)).toEqual({ status: 200, body: null })
    expect(call("GET", `/datasets/${dataset.id}`)).toEqual({ status: 404, body: { detail: "Dataset not found" } })
  })
})

describe("the parsers under the checks", () => {
  it("UUIDs: the four forms Python reads, the crate's errors", () => {
    expect(parseUuid("{6BA7B810-9DAD-41D1-80B4-00C04FD430C8}")).toEqual({
      _tag: "Uuid",
      uuid: "6ba7b810-9dad-41d1-80b4-00c04fd430c8",
      version: 4
    })
    expect(parseUuid("urn:uuid:6ba7b810-9dad-41d1-80b4-00c04fd430c8")).toMatchObject({ version: 4 })
    expect(parseUuid("6ba7b8109dad41d180b400c04fd430c8")).toMatchObject({ version: 4 })
    expect(parseUuid("6ba7b810-9dad-41d1-00b4-00c04fd430c8")).toMatchObject({ version: 0 })
    expect([
      "6ba7b810-9dad-11d1-80b4-00c04fd430c",
      "6ba7b810-9dad-11d1-80b4",
      "6ba7b810-9dad-41d1-80b4_00c04fd430c8",
      "6ba7b81009dad041d1080b4000c04fd430c8",
      "é".repeat(36)
    ].map((u) => parseUuid(u))).toEqual([
      { _tag: "Error", error: "invalid group length in group 4: expected 12, found 11" },
      { _tag: "Error", error: "invalid group count: expected 5, found 4" },
      { _tag: "Error", error: "invalid character: found `_` at 24" },
      { _tag: "Error", error: "invalid length: expected length 32 for simple format, found 36" },
      { _tag: "Error", error: "invalid character: found `é` at 1" }
    ])
  })

  it("datetimes: speedate's messages for the date part, pydantic's rendering", () => {
    expect(["x", "2026-13-08T00:00:00Z", "2026-12-08T25:00:00", "2026-02-30", "0000-01-01"].map(parseDatetime)).toEqual(
      [
        { _tag: "Error", type: "datetime_from_date_parsing", error: "input is too short" },
        { _tag: "Error", type: "datetime_from_date_parsing", error: "month value is outside expected range of 1-12" },
        {
          _tag: "Error",
          type: "datetime_from_date_parsing",
          error: "unexpected extra characters at the end of the input"
        },
        { _tag: "Error", type: "datetime_from_date_parsing", error: "day value is outside expected range" },
        { _tag: "Error", type: "datetime_parsing", error: "year 0 is out of range" }
      ]
    )
    expect(parseDatetime("2026-12-08T10:00:00.123+01:30")).toEqual({
      _tag: "Millis",
      millis: Date.parse("2026-12-08T08:30:00.123Z")
    })
    expect(parseDatetime("12.5")).toEqual({ _tag: "Millis", millis: 12_500 })
    expect(renderDatetime(Date.parse("2026-12-08T10:00:00.395Z"))).toBe("2026-12-08T10:00:00.395000Z")
    expect(renderDatetime(Date.parse("2026-12-08T10:00:00Z"))).toBe("2026-12-08T10:00:00Z")
  })
})
