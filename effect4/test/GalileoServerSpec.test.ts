/**
 * The spec helpers of the embedded server: `GalileoServer.reset` (tests sharing one server under
 * `it.layer` stay independent), `route` without a `requestSchema` and with answers of any status
 * (typed: checked by tsc on this file), and `GalileoServer.validationError` (FastAPI's 422 body).
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Schema } from "effect"
import { GalileoHttpClient } from "galileo-effect"
import { Fault, GalileoServer, GalileoTest } from "galileo-effect/testing"
import { json, postJson, request } from "./server/http.js"

// ---------------------------------------------------------------------------------------------
// routes: a GET without requestSchema; a POST answering 201 or 422 in one handler
// ---------------------------------------------------------------------------------------------

const thing = GalileoServer.route({
  method: "GET",
  path: "/things/{id}",
  handler: ({ body, params, query }) =>
    Effect.succeed({ status: 200, body: { id: params["id"], q: query["q"] ?? null, body: body ?? null } })
})

const NewProject = Schema.Struct({ name: Schema.String })
const Project = Schema.Struct({ id: Schema.String, name: Schema.String, created: Schema.DateFromString })

const createProject = GalileoServer.route({
  method: "POST",
  path: "/projects",
  requestSchema: NewProject,
  responseSchema: Project,
  handler: ({ body }) =>
    Effect.gen(function*() {
      if (body.name.trim() === "") {
        return {
          status: 422,
          body: GalileoServer.validationError(["body", "name"], "must not be blank", "value_error", body.name)
        }
      }
      if (body.name === "taken") return { status: 409, body: { detail: "Project already exists" } }
      return { status: 201, body: { id: "p-1", name: body.name, created: new Date(0) } }
    })
})

// without a responseSchema, any body of any status
const anything = GalileoServer.route({
  method: "POST",
  path: "/anything",
  requestSchema: NewProject,
  handler: ({ body }) =>
    Effect.succeed(body.name === "a" ? { status: 201, body: [1, 2] } : { status: 422, body: { other: true } })
})

// type-level: tsc refuses these (the test file is compiled by `tsc --noEmit`)
export const refused = [
  GalileoServer.route({
    method: "POST",
    path: "/wrong-body",
    requestSchema: NewProject,
    responseSchema: Project,
    // @ts-expect-error a 201 body that is not the responseSchema's type
    handler: () => Effect.succeed({ status: 201, body: { id: 1 } })
  }),
  GalileoServer.route({
    method: "GET",
    path: "/untyped-body",
    // @ts-expect-error without a requestSchema the body is unknown
    handler: ({ body }) => Effect.succeed({ status: 200, body: { name: body.name } })
  })
]

const routes = [thing, createProject, anything]

// ---------------------------------------------------------------------------------------------
// reset: one server shared by the tests of a layer
// ---------------------------------------------------------------------------------------------

describe("GalileoServer.reset: tests sharing one server stay independent", () => {
  it.layer(GalileoServer.layer({ routes, apiKeys: ["k1"] }))((it) => {
    const url = (path: string) => Effect.map(GalileoServer.GalileoServer, (s) => `${s.url}${path}`)
    const loginAs = (key: string) =>
      Effect.flatMap(url("/login/api_key"), (u) => postJson(u, JSON.stringify({ api_key: key })))

    it.effect("the first test injects faults, logs in, changes the keys, and leaves them behind", () =>
      Effect.gen(function*() {
        const server = yield* GalileoServer.GalileoServer
        yield* server.inject(Fault.status(503, { detail: "busy" }), { times: 3, path: "/healthcheck" })
        expect((yield* request(yield* url("/healthcheck"))).status).toBe(503)
        expect((yield* loginAs("k1")).status).toBe(200)
        yield* server.setApiKeys([])
        expect((yield* loginAs("k1")).status).toBe(401)
        const stats = yield* server.stats
        expect([stats.logins, stats.refusedLogins, stats.requests["/healthcheck"]]).toEqual([1, 1, 1])
        expect((yield* server.requests).length).toBe(3)
      }))

    it.effect("after reset: no fault left, empty log, counters at 0, the options' keys again", () =>
      Effect.gen(function*() {
        yield* GalileoServer.reset
        const server = yield* GalileoServer.GalileoServer
        expect(yield* server.stats).toEqual({
          requests: {},
          logins: 0,
          apiKeyLogins: 0,
          passwordLogins: 0,
          socialLogins: 0,
          refreshes: 0,
          refusedLogins: 0,
          refusedRefreshes: 0,
          invalidLogins: 0,
          unauthorizedCalls: 0,
          rejectedBodies: 0,
          internalErrors: 0
        })
        expect(yield* server.requests).toEqual([])
        // the two faults the first test left are gone
        for (let i = 0; i < 3; i++) expect((yield* request(yield* url("/healthcheck"))).status).toBe(200)
        expect((yield* loginAs("k1")).status).toBe(200)
        const stats = yield* server.stats
        expect([stats.logins, stats.refusedLogins, stats.requests["/healthcheck"]]).toEqual([1, 0, 3])
        expect((yield* server.requests).map((r) => r.path)).toEqual([
          "/healthcheck",
          "/healthcheck",
          "/healthcheck",
          "/login/api_key"
        ])
      }))

    it.effect("a fault injected then reset never applies; the log starts over", () =>
      Effect.gen(function*() {
        yield* GalileoServer.reset
        const server = yield* GalileoServer.GalileoServer
        yield* server.inject(Fault.status(500), { times: 1 })
        yield* GalileoServer.reset
        expect((yield* request(yield* url("/v2/healthcheck"))).status).toBe(200)
        expect((yield* server.requests).map((r) => r.path)).toEqual(["/v2/healthcheck"])
      }))
  })
})

// ---------------------------------------------------------------------------------------------
// routes over raw HTTP, and through the client
// ---------------------------------------------------------------------------------------------

describe("route: optional requestSchema, answers of any status", () => {
  it.live("a GET route without requestSchema", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const token = String(
        Object(json(yield* postJson(`${server.url}/login/api_key`, JSON.stringify({ api_key: "k1" }))))[
          "access_token"
        ]
      )
      const answer = yield* request(`${server.url}/v1/things/t-7?q=x`, {
        headers: { authorization: `Bearer ${token}` }
      })
      expect([answer.status, json(answer)]).toEqual([200, { id: "t-7", q: "x", body: null }])
      expect((yield* request(`${server.url}/things/t-7`)).status).toBe(401)
    }).pipe(Effect.provide(GalileoServer.layer({ routes, apiKeys: ["k1"] }))))

  it.live("201 encoded by the responseSchema; 422 and 409 sent as given", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const token = String(
        Object(json(yield* postJson(`${server.url}/login/api_key`, JSON.stringify({ api_key: "k1" }))))[
          "access_token"
        ]
      )
      const post = (path: string, name: string) =>
        postJson(`${server.url}${path}`, JSON.stringify({ name }), { authorization: `Bearer ${token}` })
      const created = yield* post("/projects", "demo")
      expect([created.status, created.text]).toEqual([
        201,
        "{\"id\":\"p-1\",\"name\":\"demo\",\"created\":\"1970-01-01T00:00:00.000Z\"}"
      ])
      const blank = yield* post("/projects", " ")
      expect([blank.status, blank.headers["content-type"], blank.text]).toEqual([
        422,
        "application/json",
        "{\"detail\":[{\"type\":\"value_error\",\"loc\":[\"body\",\"name\"],\"msg\":\"must not be blank\",\"input\":\" \"}]}"
      ])
      const taken = yield* post("/projects", "taken")
      expect([taken.status, json(taken)]).toEqual([409, { detail: "Project already exists" }])
      expect([(yield* post("/anything", "a")).text, (yield* post("/anything", "b")).status]).toEqual(["[1,2]", 422])
      expect((yield* server.stats).internalErrors).toBe(0)
    }).pipe(Effect.provide(GalileoServer.layer({ routes, apiKeys: ["k1"] }))))

  it.live("the client reads validationError's body as a GalileoValidationError", () =>
    Effect.gen(function*() {
      const failure = yield* Effect.flip(
        GalileoHttpClient.sendJson("POST", "projects", NewProject, { name: "" }, Project)
      )
      expect(failure).toMatchObject({
        _tag: "GalileoValidationError",
        status: 422,
        detail: [{ loc: ["body", "name"], msg: "must not be blank", type: "value_error" }]
      })
      const created = yield* GalileoHttpClient.sendJson("POST", "projects", NewProject, { name: "x" }, Project)
      expect(created).toEqual({ id: "p-1", name: "x", created: new Date(0) })
    }).pipe(Effect.provide(Layer.fresh(GalileoTest.layer({ server: { routes } })))))
})

describe("GalileoServer.validationError", () => {
  it("builds FastAPI's 422 body: type, loc, msg, input (null by default) in that order", () => {
    expect(JSON.stringify(GalileoServer.validationError(["body", "name"], "Field required", "missing"))).toBe(
      "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\",\"name\"],\"msg\":\"Field required\",\"input\":null}]}"
    )
    expect(GalileoServer.validationError(["query", "limit", 0], "bad")).toEqual({
      detail: [{ type: "value_error", loc: ["query", "limit", 0], msg: "bad", input: null }]
    })
  })
})
