/**
 * `/openapi.json`: the built-in document is declared once in the core (issue 19 item 5), so both
 * lines serve the same bytes, `test/core/fixtures/openapi.json`; this line's `HttpApi` declaration
 * of the built-in routes agrees with it (Effect 4's `OpenApi` renders it differently: no `400`
 * answers, `Schema.optional` as `S | null`, other key order). And it lists the routes a spec adds
 * to the embedded server, beside the built-in ones.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { readFileSync } from "node:fs"
import * as Api from "../../src/server/api.js"
import { GalileoServer } from "../../src/testing/index.js"
import * as OpenApiShape from "../support/OpenApiShape.js"
import { json, request } from "./http.js"

const withServer = (options: GalileoServer.Options = {}) => Effect.provide(GalileoServer.layer(options))

const CreateProject = Schema.Struct({ name: Schema.String }).annotate({ identifier: "CreateProject" })
const Project = Schema.Struct({ id: Schema.String, name: Schema.String, created: Schema.DateFromString })

const createProject = GalileoServer.route({
  method: "POST",
  path: "/projects",
  requestSchema: CreateProject,
  responseSchema: Project,
  handler: ({ body }) => Effect.succeed({ status: 200, body: { id: "p-1", name: body.name, created: new Date(0) } })
})

const getProject: GalileoServer.Route = {
  method: "get",
  path: "/v2/projects/{project_id}",
  public: true,
  handler: () => Effect.succeed({ status: 200, body: {} })
}

const shadowed: GalileoServer.Route = {
  method: "GET",
  path: "/healthcheck",
  public: true,
  handler: () => Effect.succeed({ status: 200, body: { shadowed: true } })
}

const unnamed: GalileoServer.Route = {
  method: "PROPFIND",
  path: "/dav",
  handler: () => Effect.succeed({ status: 207 })
}

const routes = [createProject, getProject]

const fetchSpec = (url: string) => Effect.map(request(`${url}/openapi.json`), (a) => json(a))

type Json = Record<string, unknown>
const record = (u: unknown): Json => (typeof u === "object" && u !== null ? Object.fromEntries(Object.entries(u)) : {})
const at = (u: unknown, ...keys: ReadonlyArray<string>): unknown => keys.reduce((node, k) => record(node)[k], u)

/** Every `$ref` of a document, and whether it names a schema the document has. */
const refs = (doc: unknown): ReadonlyArray<readonly [string, boolean]> => {
  const found: Array<readonly [string, boolean]> = []
  const walk = (u: unknown): void => {
    if (Array.isArray(u)) return u.forEach(walk)
    if (typeof u !== "object" || u === null) return
    for (const [k, v] of Object.entries(u)) {
      if (k === "$ref" && typeof v === "string") {
        found.push([v, at(doc, "components", "schemas", v.replace("#/components/schemas/", "")) !== undefined])
      } else walk(v)
    }
  }
  walk(doc)
  return found
}

/** The document both lines serve without routes of the user (the core's fixture). */
const fixture = readFileSync(new URL("../core/fixtures/openapi.json", import.meta.url), "utf8")

describe("/openapi.json: one document for both lines", () => {
  it.live("the server serves the core's fixture, byte for byte", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const answer = yield* request(`${server.url}/openapi.json`)
      expect(answer.status).toBe(200)
      expect(answer.text).toBe(fixture)
      expect(Buffer.byteLength(answer.text)).toBe(22_132)
    }).pipe(withServer()))

  it("the HttpApi declaration (OpenApi.fromApi) agrees with it: operations, bodies and answers, in shape", () => {
    const served = JSON.parse(fixture)
    const declared = JSON.parse(JSON.stringify(Api.httpApiSpec()))
    expect(Object.keys(declared.paths)).toEqual(Object.keys(served.paths))
    expect(OpenApiShape.operations(declared, ["400"])).toEqual(OpenApiShape.operations(served, ["400"]))
    // and the comparison sees a drift: one SSO provider less in the served document
    const drifted = structuredClone(served)
    drifted.components.schemas.SocialLoginRequest.properties.provider.enum.pop()
    expect(OpenApiShape.operations(drifted, ["400"])).not.toEqual(OpenApiShape.operations(declared, ["400"]))
  })

  it("on Effect 4 the HttpApi declaration has no 400 answers (Effect 3's HttpApi adds one to each); the served document keeps them", () => {
    const served = JSON.parse(fixture)
    const declared = JSON.parse(JSON.stringify(Api.httpApiSpec()))
    const statuses = (doc: typeof served) =>
      Object.values<Record<string, { responses: object }>>(doc.paths).flatMap((item) =>
        Object.values(item).map((op) => Object.keys(op.responses))
      )
    expect(statuses(served).every((s) => s.includes("400"))).toBe(true)
    expect(statuses(declared).some((s) => s.includes("400"))).toBe(false)
    expect(JSON.stringify(Api.builtInSpec())).toBe(fixture)
  })
})

describe("/openapi.json: routes of your own", () => {
  it.live("lists them: paths (under /v1 and without), method, request and response schemas", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const doc = yield* fetchSpec(server.url)
      const expected = (path: string) => ({
        tags: ["routes"],
        operationId: `routes.post${path.replace(/\W/g, "_")}`,
        parameters: [],
        security: [{ bearer: [] }],
        responses: {
          200: {
            description: "Successful Response",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["id", "name", "created"],
                  properties: {
                    id: { type: "string" },
                    name: { type: "string" },
                    // the encoded side: a string (Effect 4 names no DateFromString component; Effect 3 does)
                    created: { type: "string" }
                  },
                  additionalProperties: false
                }
              }
            }
          },
          401: {
            description: "Not authenticated",
            content: { "application/json": { schema: { $ref: "#/components/schemas/DetailMessage" } } }
          },
          422: {
            description: "Validation Error",
            content: { "application/json": { schema: { $ref: "#/components/schemas/HTTPValidationError" } } }
          }
        },
        requestBody: {
          content: { "application/json": { schema: { $ref: "#/components/schemas/CreateProject" } } },
          required: true
        }
      })
      expect(at(doc, "paths", "/v1/projects")).toEqual({ post: expected("/v1/projects") })
      expect(at(doc, "paths", "/projects")).toEqual({ post: expected("/projects") })
      expect(at(doc, "components", "schemas", "CreateProject")).toEqual({
        type: "object",
        required: ["name"],
        properties: { name: { type: "string" } },
        additionalProperties: false
      })
      // a versioned path as given; a public route asks for no token
      expect(at(doc, "paths", "/v1/v2/projects/{project_id}")).toBeUndefined()
      expect(at(doc, "paths", "/v2/projects/{project_id}")).toEqual({
        get: {
          tags: ["routes"],
          operationId: "routes.get_v2_projects__project_id_",
          parameters: [{ name: "project_id", in: "path", schema: { type: "string" }, required: true }],
          security: [],
          responses: { 200: { description: "Successful Response" } }
        }
      })
      expect(at(doc, "components", "securitySchemes")).toEqual({
        bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" }
      })
      const all = refs(doc)
      expect(all.length).toBeGreaterThan(0)
      expect(all.filter(([, resolved]) => !resolved)).toEqual([])
      // and the route answers as documented
      const anonymous = yield* request(`${server.url}/v2/projects/p-1`)
      expect(anonymous.status).toBe(200)
    }).pipe(withServer({ routes: [createProject, getProject] })))

  it.live("the built-in API is the same with routes or without", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const plain = JSON.parse(Api.openApiJson())
      const doc = record(yield* fetchSpec(server.url))
      const builtIn = Object.keys(record(plain.paths))
      expect(Object.keys(record(doc.paths))).toEqual([
        ...builtIn,
        "/v1/projects",
        "/projects",
        "/v2/projects/{project_id}"
      ])
      for (const path of builtIn) expect(at(doc, "paths", path)).toEqual(plain.paths[path])
      // served twice, the same document (generated once per set of routes)
      expect((yield* request(`${server.url}/openapi.json`)).text).toBe(Api.openApiJson(routes))
    }).pipe(withServer({ routes })))

  it.live("a route the router never reaches, or whose method OpenAPI cannot name, is left out", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const doc = yield* fetchSpec(server.url)
      expect(at(doc, "paths", "/healthcheck")).toEqual(at(JSON.parse(Api.openApiJson()), "paths", "/healthcheck"))
      expect(at(doc, "paths", "/dav")).toBeUndefined()
      expect(Object.keys(record(at(doc, "paths", "/projects")))).toEqual(["post"])
      const health = yield* request(`${server.url}/healthcheck`)
      expect(json(health)).toMatchObject({ message: "ok" })
    }).pipe(
      withServer({ routes: [shadowed, unnamed, createProject, { ...createProject, handler: shadowed.handler }] })
    ))

  it.live("a server without routes serves the built-in document unchanged", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const answer = yield* request(`${server.url}/openapi.json`)
      expect([answer.status, answer.headers["content-type"], answer.text]).toEqual([
        200,
        "application/json",
        Api.openApiJson()
      ])
      expect(at(json(answer), "components", "securitySchemes")).toEqual({})
    }).pipe(withServer()))
})
