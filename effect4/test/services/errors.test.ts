/**
 * What the services get from running on `GalileoHttpClient`: a 422 from any group's endpoint is a
 * `GalileoValidationError` with its decoded `detail` (`catchTag` works), a 401 replays once
 * with a new token, idempotent methods retry and POST does not, the body cap holds, a body off
 * the contract is a `GalileoDecodeError` by paths only, spans name the request, and no error,
 * log or span holds the API key or the token. Counts are exact.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Redacted } from "effect"
import * as Datasets from "../../src/Datasets.js"
import * as Experiments from "../../src/Experiments.js"
import { AuthService, type GalileoError } from "../../src/index.js"
import * as LogStreams from "../../src/LogStreams.js"
import * as Projects from "../../src/Projects.js"
import * as Prompts from "../../src/Prompts.js"
import { Fault, GalileoServer } from "../../src/testing/index.js"
import * as Traces from "../../src/Traces.js"
import * as Canary from "../support/Canary.js"
import * as Fixtures from "./fixtures.js"

/** What the embedded server says of an empty string where the contract wants one character (Effect's text). */
const tooShortMessage = "Expected a value with a length of at least 1, got \"\""

const server = GalileoServer.GalileoServer
const count = (method: string, path: string) =>
  Effect.flatMap(server, (s) => s.requests).pipe(
    Effect.map((log) => log.filter((r) => r.method === method && r.path === path).length)
  )

/** What `catchTag("GalileoValidationError")` sees of a call's error (`undefined`: the call succeeded). */
const detailOf = <A, R>(effect: Effect.Effect<A, GalileoError.GalileoError, R>) =>
  effect.pipe(
    Effect.as(undefined),
    Effect.catchTag("GalileoValidationError", (e) =>
      Effect.succeed({ status: e.status, method: e.method, path: e.path, detail: e.detail }))
  )

describe("a 422 from any group's endpoint is a GalileoValidationError with the decoded detail", () => {
  it.effect("projects, log streams, traces, datasets, experiments, prompts: one request each", () =>
    Effect.gen(function*() {
      const projects = yield* Projects.Projects
      const logStreams = yield* LogStreams.LogStreams
      const traces = yield* Traces.Traces
      const datasets = yield* Datasets.Datasets
      const experiments = yield* Experiments.Experiments
      const prompts = yield* Prompts.Prompts
      const tooShort = (loc: ReadonlyArray<string | number>) => [{
        loc,
        msg: tooShortMessage,
        type: "value_error"
      }]
      expect(yield* detailOf(projects.create({ name: "" }))).toEqual({
        status: 422,
        method: "POST",
        path: "/v1/projects",
        detail: tooShort(["body", "name"])
      })
      expect(yield* detailOf(logStreams.create("p-1", { name: "" }))).toEqual({
        status: 422,
        method: "POST",
        path: "/v1/projects/p-1/log_streams",
        detail: tooShort(["body", "name"])
      })
      expect(yield* detailOf(experiments.create("p-1", { name: "" }))).toEqual({
        status: 422,
        method: "POST",
        path: "/v1/projects/p-1/experiments",
        detail: tooShort(["body", "name"])
      })
      const ingest = yield* detailOf(traces.ingest("p-1", { traces: [{ name: "chat", status_code: 1.5 }] }))
      expect(ingest).toMatchObject({ status: 422, method: "POST", path: "/v1/projects/p-1/traces" })
      expect(ingest?.detail.map((d) => d.loc)).toEqual([["body", "traces", 0, "status_code"]])
      expect(yield* detailOf(datasets.create({}))).toEqual({
        status: 422,
        method: "POST",
        path: "/v1/datasets",
        detail: [{ loc: ["body", "name"], msg: "Field required", type: "missing" }]
      })
      const prompt = yield* detailOf(prompts.createTemplate("p-1", { name: "", template: "Hi" }))
      expect(prompt).toMatchObject({ status: 422, method: "POST", path: "/v1/projects/p-1/templates" })
      expect(prompt?.detail.map((d) => d.loc[0])).toEqual(prompt?.detail.map(() => "body"))
      expect(prompt?.detail.length).toBeGreaterThan(0)

      // a 422 is never retried: one request each
      expect(yield* count("POST", "/v1/projects")).toBe(1)
      expect(yield* count("POST", "/v1/projects/p-1/log_streams")).toBe(1)
      expect(yield* count("POST", "/v1/projects/p-1/experiments")).toBe(1)
      expect(yield* count("POST", "/v1/projects/p-1/traces")).toBe(1)
      expect(yield* count("POST", "/v1/datasets")).toBe(1)
      expect(yield* count("POST", "/v1/projects/p-1/templates")).toBe(1)
    }).pipe(Effect.provide(Fixtures.services())))

  it.effect("the message names the request and every problem", () =>
    Effect.gen(function*() {
      const projects = yield* Projects.Projects
      const error = yield* Effect.flip(projects.create({ name: "" }))
      expect(error._tag).toBe("GalileoValidationError")
      expect(error.message).toBe(
        `Galileo rejected the request (POST /v1/projects) with 422: body.name: ${tooShortMessage}`
      )
    }).pipe(Effect.provide(Fixtures.services())))
})

describe("the 401 replay, retries by method", () => {
  it.effect("a revoked token: one 401, one new token, the call replayed once (GET and POST)", () =>
    Effect.gen(function*() {
      const projects = yield* Projects.Projects
      const s = yield* server
      yield* projects.create({ name: "demo" })
      yield* s.revokeIssuedTokens
      expect((yield* projects.list()).map((p) => p.name)).toEqual(["demo"])
      yield* s.revokeIssuedTokens
      expect((yield* projects.create({ name: "second" })).id).toBe("p-2")
      const stats = yield* s.stats
      // one login, then a new token per 401 (by the refresh cookie), each 401 replayed once
      expect([stats.logins, stats.refreshes, stats.unauthorizedCalls]).toEqual([1, 2, 2])
      expect(yield* count("GET", "/v1/projects")).toBe(2)
      expect(yield* count("POST", "/v1/projects")).toBe(3)
      const bodies = (yield* s.requests).filter((r) => r.method === "POST" && r.path === "/v1/projects").map((r) =>
        r.body
      )
      expect(bodies).toEqual([
        JSON.stringify({ name: "demo" }),
        JSON.stringify({ name: "second" }),
        JSON.stringify({ name: "second" })
      ])
    }).pipe(Effect.provide(Fixtures.services())))

  it.effect("GET, PUT and DELETE retry a 503; POST does not", () =>
    Effect.gen(function*() {
      const projects = yield* Projects.Projects
      const logStreams = yield* LogStreams.LogStreams
      const s = yield* server
      yield* projects.create({ name: "demo" })
      yield* logStreams.create("p-1", { name: "production" })
      yield* s.inject(Fault.unavailable(), { times: 1, path: "/v1/projects/p-1" })
      expect((yield* projects.get("p-1")).name).toBe("demo")
      yield* s.inject(Fault.unavailable(), { times: 1, path: "/v1/projects/p-1" })
      expect((yield* projects.update("p-1", { name: "renamed" })).name).toBe("renamed")
      yield* s.inject(Fault.unavailable(), { times: 1, path: "/v1/projects/p-1/log_streams/ls-2" })
      yield* logStreams.delete("p-1", "ls-2")
      yield* s.inject(Fault.unavailable(), { times: 1, path: "/v1/projects/p-1/log_streams" })
      const refused = yield* Effect.flip(logStreams.create("p-1", { name: "staging" }))
      expect(refused).toMatchObject({
        _tag: "GalileoHttpError",
        status: 503,
        method: "POST",
        path: "/v1/projects/p-1/log_streams"
      })
      expect(yield* count("GET", "/v1/projects/p-1")).toBe(2)
      expect(yield* count("PUT", "/v1/projects/p-1")).toBe(2)
      expect(yield* count("DELETE", "/v1/projects/p-1/log_streams/ls-2")).toBe(2)
      expect(yield* count("POST", "/v1/projects/p-1/log_streams")).toBe(2) // the create, then the refused one
    }).pipe(Effect.provide(Fixtures.services())))
})

describe("what a 2xx body must be", () => {
  it.effect("over the body cap: a GalileoDecodeError, not retried", () =>
    Effect.gen(function*() {
      const projects = yield* Projects.Projects
      const s = yield* server
      yield* s.inject(Fault.okJson([Fixtures.project("p-1", "x".repeat(4000))]), { path: "/v1/projects" })
      const error = yield* Effect.flip(projects.list())
      expect(error).toMatchObject({
        _tag: "GalileoDecodeError",
        status: 200,
        reason: "the body is larger than 2048 bytes",
        method: "GET",
        path: "/v1/projects"
      })
      expect(yield* count("GET", "/v1/projects")).toBe(1)
    }).pipe(Effect.provide(Fixtures.services({ client: { maxResponseBytes: 2048 } }))))

  it.effect("off the contract, not JSON, or a status the contract does not list: a GalileoDecodeError by paths only", () =>
    Effect.gen(function*() {
      const projects = yield* Projects.Projects
      const logStreams = yield* LogStreams.LogStreams
      const s = yield* server
      yield* s.inject(Fault.okJson({ id: "p-1", name: "secret-looking-name", runs: "nope" }), {
        path: "/v1/projects/p-1"
      })
      const offContract = yield* Effect.flip(projects.get("p-1"))
      expect(offContract._tag).toBe("GalileoDecodeError")
      expect(offContract).toMatchObject({ status: 200, method: "GET", path: "/v1/projects/p-1" })
      expect(offContract._tag === "GalileoDecodeError" && offContract.reason).toBe(
        "created_by is missing"
      )
      expect(Canary.renderings(offContract).some((text) => text.includes("secret-looking-name"))).toBe(false)

      yield* s.inject(Fault.nonJson, { path: "/v1/projects/p-1" })
      expect(yield* Effect.flip(projects.get("p-1"))).toMatchObject({
        _tag: "GalileoDecodeError",
        reason: "the body is not JSON"
      })

      // DELETE of a log stream answers 204 per the contract; a 200 is not an answer it lists
      yield* s.inject(Fault.okJson({}), { path: "/v1/projects/p-1/log_streams/ls-1" })
      expect(yield* Effect.flip(logStreams.delete("p-1", "ls-1"))).toMatchObject({
        _tag: "GalileoDecodeError",
        status: 200,
        reason: "the contract lists no 200 answer for this call",
        method: "DELETE",
        path: "/v1/projects/p-1/log_streams/ls-1"
      })
    }).pipe(Effect.provide(Fixtures.services())))
})

describe("spans and secrecy", () => {
  it.effect("one GalileoHttpClient span per call, naming the path; no key or token in errors, logs or spans", () => {
    const sink: Canary.Sink = { texts: [], spans: [] }
    return Effect.gen(function*() {
      const projects = yield* Projects.Projects
      const auth = yield* AuthService.AuthService
      const s = yield* server
      const token = Redacted.value((yield* auth.token).value)
      yield* projects.getByName("demo")
      // a 422 whose body echoes the key and the token, as a careless server might
      const echo = `key ${GalileoServer.demoApiKey} token ${token}`
      yield* s.inject(
        Fault.status(422, { detail: [{ loc: ["body", "name"], msg: echo, type: "value_error", input: echo }] }),
        { path: "/v1/projects" }
      )
      const rejected = yield* Effect.flip(projects.create({ name: "demo" }))
      expect(rejected).toMatchObject({
        _tag: "GalileoValidationError",
        detail: [{ loc: ["body", "name"], msg: "key <redacted> token <redacted>", type: "value_error" }]
      })
      yield* s.inject(Fault.status(500, { detail: echo }), { times: 4, path: "/v1/projects/p-9" })
      const failed = yield* Effect.flip(projects.get("p-9"))
      expect(failed).toMatchObject({ _tag: "GalileoHttpError", status: 500 })
      yield* Effect.logError("failed", rejected, failed)

      const gets = sink.spans.filter((span) => span.name === "GalileoHttpClient GET")
      expect(gets.map((span) => span.attributes.get("url.path"))).toEqual([
        "/v1/projects",
        "/v1/projects/p-9"
      ])
      expect(gets[0]?.attributes.get("http.response.status_code")).toBe(200)
      const posts = sink.spans.filter((span) => span.name === "GalileoHttpClient POST")
      expect(posts.map((span) => span.attributes.get("url.path"))).toEqual(["/v1/projects"])
      const texts = [...Canary.seen(sink), ...[rejected, failed].flatMap(Canary.renderings)]
      expect(texts.length).toBeGreaterThan(5)
      for (const text of texts) {
        expect(text).not.toContain(GalileoServer.demoApiKey)
        expect(text).not.toContain(token)
        expect(text).not.toContain("project_name=demo")
      }
    }).pipe(Canary.capture(sink), Effect.provide(Fixtures.services()))
  })
})
