import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit, Schema } from "effect"
import { readFileSync } from "node:fs"
import { parse } from "yaml"
import { Fault, GalileoServer } from "../src/testing/index.js"
import * as OpenApiShape from "./support/OpenApiShape.js"

interface Answer {
  readonly status: number
  readonly headers: Headers
  readonly text: string
}

const call = (url: string, init: RequestInit = {}) =>
  Effect.promise((): Promise<Answer> =>
    fetch(url, init).then(async (r) => ({ status: r.status, headers: r.headers, text: await r.text() }))
  )

const post = (url: string, body: string) =>
  call(url, { method: "POST", body, headers: { "content-type": "application/json" } })

const json = (answer: Answer): unknown => JSON.parse(answer.text)

const wireToken = Schema.decodeUnknownSync(Schema.Struct({ access_token: Schema.String, token_type: Schema.String }))

const claims = (jwt: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString("utf8"))

const withServer = (options: GalileoServer.Options = {}) => Effect.provide(GalileoServer.layer(options))

const fixture = parse(readFileSync(new URL("./fixtures/login-api-key.openapi.yaml", import.meta.url), "utf8"))

describe("embedded server: login", () => {
  it.live("issues HS256 JWTs with sub, iat, exp and a unique jti", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const before = Date.now()
      const a = yield* post(`${server.url}/v1/login/api_key`, JSON.stringify({ api_key: "k2" }))
      const after = Date.now()
      const b = yield* post(`${server.url}/login/api_key`, JSON.stringify({ api_key: "k2", extra: true }))
      expect(a.status).toBe(200)
      expect(b.status).toBe(200)
      const tokenA = wireToken(json(a))
      const tokenB = wireToken(json(b))
      expect(tokenA.token_type).toBe("bearer")
      expect(JSON.parse(Buffer.from(tokenA.access_token.split(".")[0] ?? "", "base64url").toString())).toEqual({
        alg: "HS256",
        typ: "JWT"
      })
      const c = claims(tokenA.access_token)
      expect(c["sub"]).toBe(GalileoServer.subjectOf("k2"))
      expect(Number(c["exp"]) - Number(c["iat"])).toBe(90)
      // issued now: in the whole second of a reading taken before sending, or after it but not after the answer
      expect(Number(c["iat"])).toBeGreaterThanOrEqual(Math.floor(before / 1000))
      expect(Number(c["iat"])).toBeLessThanOrEqual(Math.floor(after / 1000))
      expect(c["jti"]).not.toBe(claims(tokenB.access_token)["jti"])
      expect((yield* server.stats).logins).toBe(2)
    }).pipe(withServer({ apiKeys: ["k1", "k2"], tokenLifetime: "90 seconds" })))

  it.live("answers an unknown key with 401 {detail: Invalid API key}", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const answer = yield* post(`${server.url}/v1/login/api_key`, JSON.stringify({ api_key: "nope" }))
      expect(answer.status).toBe(401)
      expect(json(answer)).toEqual({ detail: "Invalid API key" })
      expect((yield* server.stats).refusedLogins).toBe(1)
    }).pipe(withServer()))

  it.live.each(
    [
      ["missing field", "{}", [{ type: "missing", loc: ["body", "api_key"], msg: "Field required", input: {} }]],
      ["wrong type", "{\"api_key\": 5}", [{
        type: "string_type",
        loc: ["body", "api_key"],
        msg: "Input should be a valid string",
        input: 5
      }]],
      ["not an object", "[1]", [{
        type: "model_attributes_type",
        loc: ["body"],
        msg: "Input should be a valid dictionary or object to extract fields from",
        input: [1]
      }]],
      ["invalid JSON", "{\"api_key\": }", [{
        type: "json_invalid",
        loc: ["body", 12],
        msg: "JSON decode error",
        input: {},
        ctx: { error: "Expecting value" }
      }]],
      ["empty body", "", [{ type: "missing", loc: ["body"], msg: "Field required", input: null }]],
      ["null body", "null", [{ type: "missing", loc: ["body"], msg: "Field required", input: null }]]
    ] as const
  )("answers %s with FastAPI's exact 422", ([_name, body, detail]) =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const answer = yield* post(`${server.url}/v1/login/api_key`, body)
      expect(answer.status).toBe(422)
      expect(json(answer)).toEqual({ detail })
      expect((yield* server.stats).invalidLogins).toBe(1)
    }).pipe(withServer()))
})

describe("embedded server: authenticated routes", () => {
  it.live("healthcheck needs no token; current_user needs a valid, unexpired, unrevoked one", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      for (const path of ["/healthcheck", "/v1/healthcheck"]) {
        const health = yield* call(`${server.url}${path}`)
        expect(health.status).toBe(200)
        expect(json(health)).toEqual({ api_version: "v1", message: "ok", version: "galileo-effect-embedded" })
      }
      const login = yield* post(`${server.url}/v1/login/api_key`, JSON.stringify({ api_key: GalileoServer.demoApiKey }))
      const token = wireToken(json(login)).access_token
      const asUser = (path: string, bearer: string) =>
        call(`${server.url}${path}`, { headers: { authorization: bearer } })
      const demo = GalileoServer.subjectOf(GalileoServer.demoApiKey)
      expect(demo).toBe("user-5e13654e7dbd")
      for (const path of ["/current_user", "/v1/current_user"]) {
        const ok = yield* asUser(path, `Bearer ${token}`)
        expect(ok.status).toBe(200)
        expect(json(ok)).toMatchObject({
          id: GalileoServer.userIdOf(demo),
          email: `${demo}@galileo.test`,
          role: "user"
        })
      }
      const expired = yield* server.issueToken(demo, "-1 seconds")
      const forged = `${token.slice(0, -4)}AAAA`
      for (const bearer of ["", "Bearer", `Bearer ${expired}`, `Bearer ${forged}`, `Basic ${token}`]) {
        const refused = yield* asUser("/current_user", bearer)
        expect(refused.status).toBe(401)
        expect(json(refused)).toEqual({ detail: "Not authenticated" })
      }
      yield* server.revokeIssuedTokens
      expect((yield* asUser("/current_user", `Bearer ${token}`)).status).toBe(401)
      expect((yield* server.stats).unauthorizedCalls).toBe(6)
    }).pipe(withServer()))

  it.live("answers unknown routes 404 and wrong methods 405, as FastAPI does", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const missing = yield* call(`${server.url}/v2/nothing`)
      expect([missing.status, json(missing)]).toEqual([404, { detail: "Not Found" }])
      const wrongMethod = yield* call(`${server.url}/v1/login/api_key`)
      expect([wrongMethod.status, json(wrongMethod), wrongMethod.headers.get("allow")]).toEqual([
        405,
        { detail: "Method Not Allowed" },
        "POST"
      ])
    }).pipe(withServer()))
})

describe("embedded server: faults", () => {
  it.live("a scripted status applies to the next N requests of its path, with headers", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      yield* server.inject(Fault.tooManyRequests("7"), { times: 2, path: "/healthcheck" })
      const first = yield* call(`${server.url}/healthcheck`)
      expect([first.status, first.headers.get("retry-after"), json(first)]).toEqual([429, "7", {
        detail: "Too Many Requests"
      }])
      expect((yield* call(`${server.url}/v1/healthcheck`)).status).toBe(200)
      expect((yield* call(`${server.url}/healthcheck`)).status).toBe(429)
      expect((yield* call(`${server.url}/healthcheck`)).status).toBe(200)
      expect((yield* server.stats).requests).toEqual({ "/healthcheck": 3, "/v1/healthcheck": 1 })
    }).pipe(withServer()))

  it.live("malformed, non-JSON and HTML bodies", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const url = `${server.url}/healthcheck`
      yield* server.inject(Fault.malformedJson)
      expect((yield* call(url)).text).toBe("{\"access_token\": \"abc")
      yield* server.inject(Fault.nonJson)
      const plain = yield* call(url)
      expect([plain.status, plain.text, plain.headers.get("content-type")]).toEqual([200, "OK", "text/plain"])
      yield* server.inject(Fault.htmlPage(502))
      const html = yield* call(url)
      expect(html.status).toBe(502)
      expect(html.text).toContain("<h1>502 Bad Gateway</h1>")
    }).pipe(withServer()))

  it.live("a reset drops the connection; a mid-body reset cuts the answer", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      yield* server.inject(Fault.Reset())
      const reset = yield* Effect.exit(Effect.tryPromise(() => fetch(`${server.url}/healthcheck`)))
      expect(Exit.isFailure(reset)).toBe(true)
      yield* server.inject(Fault.ResetMidBody())
      const cut = yield* Effect.exit(
        Effect.tryPromise(() => fetch(`${server.url}/healthcheck`).then((r) => r.text()))
      )
      expect(Exit.isFailure(cut)).toBe(true)
      expect((yield* call(`${server.url}/healthcheck`)).status).toBe(200)
    }).pipe(withServer()))

  it.live("a delay answers normally afterwards; a hang never answers", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      yield* server.inject(Fault.delay("30 millis"))
      expect((yield* call(`${server.url}/healthcheck`)).status).toBe(200)
      yield* server.inject(Fault.Hang())
      const hung = yield* Effect.exit(
        Effect.tryPromise(() => fetch(`${server.url}/healthcheck`, { signal: AbortSignal.timeout(200) }))
      )
      expect(Exit.isFailure(hung)).toBe(true)
    }).pipe(withServer()))

  it.live("logs requests with the headers that matter, cookies redacted", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      yield* call(`${server.url}/healthcheck?x=1`, { headers: { "x-galileo-sdk": "t/1", cookie: "a=secret" } })
      expect(yield* server.requests).toEqual([{
        method: "GET",
        path: "/healthcheck",
        query: "x=1",
        headers: { "x-galileo-sdk": "t/1", accept: "*/*", cookie: "<redacted>" }
      }])
    }).pipe(withServer()))
})

describe("embedded server: lifecycle", () => {
  it.live("listens on 127.0.0.1 and closes with its scope, hung connections included", () =>
    Effect.gen(function*() {
      const url = yield* Effect.scoped(
        Effect.gen(function*() {
          const server = yield* GalileoServer.GalileoServer
          expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
          yield* server.inject(Fault.Hang())
          yield* Effect.forkDetach(Effect.tryPromise(() => fetch(`${server.url}/healthcheck`)))
          yield* Effect.sleep("50 millis")
          return server.url
        }).pipe(withServer())
      )
      const after = yield* Effect.exit(Effect.tryPromise(() => fetch(`${url}/healthcheck`)))
      expect(Exit.isFailure(after)).toBe(true)
    }))
})

describe("embedded server: OpenAPI", () => {
  it.live("/openapi.json matches the contract fixture for the login operation", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const generated = json(yield* call(`${server.url}/openapi.json`))
      const expected = OpenApiShape.loginOperation(fixture, "/v1/login/api_key")
      expect(expected).toEqual({
        request: { type: "object", required: ["api_key"], properties: { api_key: { type: "string" } } },
        ok: {
          type: "object",
          required: ["access_token"],
          properties: { access_token: { type: "string" }, token_type: { type: "string", default: "bearer" } }
        },
        invalid: {
          type: "object",
          properties: {
            detail: {
              type: "array",
              items: {
                type: "object",
                required: ["loc", "msg", "type"],
                properties: {
                  loc: { type: "array", items: { anyOf: [{ type: "string" }, { type: "integer" }] } },
                  msg: { type: "string" },
                  type: { type: "string" }
                }
              }
            }
          }
        }
      })
      expect(OpenApiShape.loginOperation(JSON.parse(JSON.stringify(generated)), "/v1/login/api_key")).toEqual(expected)
      expect(OpenApiShape.loginOperation(JSON.parse(JSON.stringify(generated)), "/login/api_key")).toEqual(expected)
    }).pipe(withServer()))

  it("the comparison catches drift", () => {
    const drifted = JSON.parse(JSON.stringify(fixture))
    drifted.components.schemas.Token.properties.token_type.default = "mac"
    expect(OpenApiShape.loginOperation(drifted, "/v1/login/api_key")).not.toEqual(
      OpenApiShape.loginOperation(fixture, "/v1/login/api_key")
    )
    const loosened = JSON.parse(JSON.stringify(fixture))
    loosened.components.schemas.ValidationError.required = ["loc"]
    expect(OpenApiShape.loginOperation(loosened, "/v1/login/api_key")).not.toEqual(
      OpenApiShape.loginOperation(fixture, "/v1/login/api_key")
    )
  })
})
