/**
 * Specs in five lines: routes of your own on the embedded server, the request log with
 * credentials redacted, and the server's own waits under TestClock.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Option, Schema, TestClock } from "effect"
import { Fault, GalileoServer } from "../../src/testing/index.js"
import { type Answer, json, postJson, request } from "./http.js"

const withServer = (options: GalileoServer.Options = {}) => Effect.provide(GalileoServer.layer(options))

const login = (url: string) =>
  Effect.map(postJson(`${url}/v1/login/api_key`, JSON.stringify({ api_key: GalileoServer.demoApiKey })), (a) => {
    const body = json(a)
    return typeof body === "object" && body !== null && "access_token" in body ? String(body.access_token) : ""
  })

const claims = (jwt: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString("utf8"))

const projects: GalileoServer.Route = {
  method: "GET",
  path: "/projects/{project_id}",
  handler: (r) =>
    Effect.succeed({ status: 200, body: { id: r.params["project_id"], owner: Option.getOrNull(r.subject) } })
}

describe("routes of your own", () => {
  it.scopedLive("a route in five lines: served under /v1 and without, bearer token required", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const token = yield* login(server.url)
      const subject = GalileoServer.subjectOf(GalileoServer.demoApiKey)
      for (const path of ["/v1/projects/p-1", "/projects/p-1"]) {
        const ok = yield* request(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } })
        expect([ok.status, json(ok)]).toEqual([200, { id: "p-1", owner: subject }])
        const anonymous = yield* request(`${server.url}${path}`)
        expect([anonymous.status, anonymous.headers["www-authenticate"], json(anonymous)]).toEqual([401, "Bearer", {
          detail: "Not authenticated"
        }])
      }
      const wrongMethod = yield* request(`${server.url}/v1/projects/p-1`, { method: "PUT" })
      expect([wrongMethod.status, wrongMethod.headers["allow"]]).toEqual([405, "GET"])
      const stats = yield* server.stats
      expect([stats.unauthorizedCalls, stats.requests["/v1/projects/p-1"]]).toEqual([2, 3])
    }).pipe(withServer({ routes: [projects] })))

  it.scopedLive("the handler sees method, path, query, headers (credentials redacted), the body and the subject", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const answer = yield* request(`${server.url}/v2/echo?a=1&b=x%20y&a=2`, {
        method: "PUT",
        body: JSON.stringify({ n: 1, list: [true, null] }),
        headers: { "content-type": "application/json", cookie: "refresh_token=secret", "x-trace": "t" }
      })
      expect(answer.status).toBe(204)
      expect(answer.text).toBe("")
      expect(answer.headers["x-answered"]).toBe("yes")
      const plain = yield* request(`${server.url}/v2/echo`, {
        method: "PUT",
        body: "hello",
        headers: { "content-type": "text/plain" }
      })
      expect(plain.status).toBe(204)
      const none = yield* request(`${server.url}/v2/echo`, { method: "PUT" })
      expect(none.status).toBe(204)
      expect((yield* request(`${server.url}/echo`, { method: "PUT" })).status).toBe(404)
    }).pipe(withServer({
      routes: [{
        method: "put",
        path: "/v2/echo",
        public: true,
        handler: (r) =>
          Effect.sync(() => {
            if (r.body === undefined || r.body === "hello") {
              expect(r.subject).toEqual(Option.none())
            } else {
              expect(r).toMatchObject({
                method: "PUT",
                path: "/v2/echo",
                params: {},
                query: { a: "2", b: "x y" },
                body: { n: 1, list: [true, null] },
                subject: Option.none()
              })
              expect(r.headers).toMatchObject({
                cookie: "<redacted>",
                "x-trace": "t",
                "content-type": "application/json"
              })
            }
            return { status: 204, headers: { "x-answered": "yes" } }
          })
      }]
    })))

  const CreateProject = Schema.Struct({ name: Schema.NonEmptyString, size: Schema.optional(Schema.Int) })
  const Project = Schema.Struct({ name: Schema.String, created: Schema.Date })
  const createProject = GalileoServer.route({
    method: "POST",
    path: "/projects",
    requestSchema: CreateProject,
    responseSchema: Project,
    handler: ({ body }) => Effect.succeed({ status: 201, body: { name: body.name, created: new Date(0) } })
  })

  it.scopedLive("a requestSchema decodes the body (FastAPI-style 422 otherwise); a responseSchema encodes the answer", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const token = yield* login(server.url)
      const auth = { authorization: `Bearer ${token}` }
      const post = (body: string, headers: Readonly<Record<string, string>> = auth) =>
        postJson(`${server.url}/v1/projects`, body, headers)
      const created = yield* post(JSON.stringify({ name: "p", extra: 1 }))
      expect([created.status, json(created)]).toEqual([201, { name: "p", created: "1970-01-01T00:00:00.000Z" }])
      const invalid = yield* post(JSON.stringify({ size: 1.5 }))
      expect([invalid.status, json(invalid)]).toEqual([422, {
        detail: [
          { type: "missing", loc: ["body", "name"], msg: "Field required", input: { size: 1.5 } },
          { type: "value_error", loc: ["body", "size"], msg: "Expected an integer, actual 1.5", input: 1.5 }
        ]
      }])
      // a Schema.optional field is never null (Effect 3); the Effect 4 line reads null as absent
      const nullSize = yield* post(JSON.stringify({ name: "p", size: null }))
      expect([nullSize.status, json(nullSize)]).toMatchObject([422, {
        detail: [{ loc: ["body", "size"], input: null }]
      }])
      const empty = yield* post("")
      expect(json(empty)).toEqual({ detail: [{ type: "missing", loc: ["body"], msg: "Field required", input: null }] })
      // as FastAPI orders its checks: JSON decoding, then authentication, then validation
      const broken = yield* post("{", {})
      expect(broken.status).toBe(422)
      expect(json(broken)).toMatchObject({ detail: [{ type: "json_invalid", loc: ["body", 1] }] })
      expect((yield* post(JSON.stringify({}), {})).status).toBe(401)
    }).pipe(withServer({ routes: [createProject] })))
})

describe("the request log", () => {
  it.scopedLive("records bodies with api_key, password, id_token redacted, and who sent a valid token", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const token = yield* login(server.url)
      yield* request(`${server.url}/v1/login`, {
        method: "POST",
        body: "username=demo%40galileo.test&password=galileo-demo-password&grant_type=password",
        headers: { "content-type": "application/x-www-form-urlencoded" }
      })
      const idToken = yield* server.signIdToken("a@b.c")
      yield* postJson(`${server.url}/login/social`, JSON.stringify({ id_token: idToken, provider: "okta" }))
      yield* postJson(`${server.url}/v1/login/api_key`, "{\"api_key\": \"galileo-demo-key\", \"x\": NaN")
      yield* request(`${server.url}/v1/current_user`, { headers: { authorization: `Bearer ${token}` } })
      const log = yield* server.requests
      expect(log.map((r) => r.body)).toEqual([
        "{\"api_key\":\"<redacted>\"}",
        "username=demo%40galileo.test&password=<redacted>&grant_type=password",
        "{\"id_token\":\"<redacted>\",\"provider\":\"okta\"}",
        "{\"api_key\": \"<redacted>\", \"x\": NaN",
        undefined
      ])
      expect(log[4]).toEqual({
        method: "GET",
        path: "/v1/current_user",
        headers: { authorization: "<redacted>" },
        subject: GalileoServer.subjectOf(GalileoServer.demoApiKey),
        tokenId: claims(token)["jti"]
      })
      const text = JSON.stringify(log)
      for (const secret of [GalileoServer.demoApiKey, "galileo-demo-password", idToken, token]) {
        expect(text).not.toContain(secret)
      }
    }).pipe(withServer()))

  it.scopedLive("keeps at most 64 KiB of a body", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      yield* postJson(`${server.url}/nowhere`, JSON.stringify({ filler: "x".repeat(100_000) }))
      const [entry] = yield* server.requests
      expect(entry?.body?.length).toBe(64 * 1024)
    }).pipe(withServer()))
})

describe("the server's clock under TestClock", () => {
  it.scoped("a Delay fault waits on the real clock, so a TestClock spec does not hang", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      yield* server.inject(Fault.delay("50 millis"))
      const started = Date.now()
      const answer: Answer = yield* request(`${server.url}/healthcheck`)
      expect(answer.status).toBe(200)
      expect(Date.now() - started).toBeGreaterThanOrEqual(45)
    }).pipe(withServer()))

  it.scoped("tokens are stamped with the TestClock (plus clockOffset), so they agree with a client under it", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      yield* TestClock.adjust("2 hours")
      const token = yield* login(server.url)
      expect(claims(token)).toMatchObject({ iat: 7200 + 60, exp: 7200 + 60 + 3600 })
      yield* TestClock.adjust("2 hours")
      const expired = yield* request(`${server.url}/current_user`, { headers: { authorization: `Bearer ${token}` } })
      expect(expired.status).toBe(401)
    }).pipe(withServer({ clockOffset: "1 minute" })))
})
