/**
 * The embedded server answers as Galileo's API reference says, where the official SDKs rely on it:
 * `CurrentUserDB` (uuid4 ids, galileo-core's `User { id: UUID4, email, role }`), the auth
 * endpoints under `/v2`, the refresh cookie's 422, `access_token` at `/login/social`, the
 * `SocialProvider` order, `GET /token` and the `Galileo-API-Key` header.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import * as Contract from "../../src/Contract.js"
import * as Api from "../../src/server/api.js"
import { GalileoServer } from "../../src/testing/index.js"
import { type Answer, json, postJson, request, unknownProvider } from "./http.js"

const withServer = (options: GalileoServer.Options = {}) => Effect.provide(GalileoServer.layer(options))

/** A version 4 UUID, as pydantic's `UUID4` accepts it (version nibble 4, variant 8-b). */
const uuid4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

const field = (u: unknown, key: string): unknown =>
  typeof u === "object" && u !== null ? Object.getOwnPropertyDescriptor(u, key)?.value : undefined

const accessToken = (answer: Answer): string => String(field(json(answer), "access_token"))

const me = (url: string, headers: Readonly<Record<string, string>>) => request(`${url}/current_user`, { headers })

const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

const loginKey = (url: string, key: string) => postJson(`${url}/login/api_key`, JSON.stringify({ api_key: key }))

/** The claims of a JWT (not verified). */
const claims = (jwt: string): unknown => JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString("utf8"))

describe("GET /current_user: Galileo's CurrentUserDB", () => {
  it.live("every field, with its type; id and organization_id version 4 UUIDs", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const answer = yield* me(server.url, bearer(accessToken(yield* loginKey(server.url, "k1"))))
      expect(answer.status).toBe(200)
      const user = json(answer)
      const subject = GalileoServer.subjectOf("k1")
      expect(user).toEqual({
        id: GalileoServer.userIdOf(subject),
        email: `${subject}@galileo.test`,
        first_name: subject,
        last_name: "",
        auth_method: "email",
        role: "user",
        email_is_verified: true,
        organization_id: expect.stringMatching(uuid4),
        organization_name: "galileo-effect-embedded",
        created_at: "2025-01-01T00:00:00Z",
        updated_at: "2025-01-01T00:00:00Z",
        permissions: []
      })
      expect(field(user, "id")).toMatch(uuid4)
      expect(field(user, "organization_id")).toMatch(uuid4)
      expect(Object.keys(user ?? {}).map((k) => [k, typeof field(user, k)])).toEqual([
        ["id", "string"],
        ["email", "string"],
        ["first_name", "string"],
        ["last_name", "string"],
        ["auth_method", "string"],
        ["role", "string"],
        ["email_is_verified", "boolean"],
        ["organization_id", "string"],
        ["organization_name", "string"],
        ["created_at", "string"],
        ["updated_at", "string"],
        ["permissions", "object"]
      ])
      // the server's own declaration of CurrentUserDB decodes it, and so does the client's contract
      expect(Schema.is(Api.CurrentUserDB)(user)).toBe(true)
      expect(Schema.decodeUnknownSync(Contract.CurrentUser)(user)).toEqual({
        id: GalileoServer.userIdOf(subject),
        email: `${subject}@galileo.test`,
        role: "user"
      })
    }).pipe(withServer({ apiKeys: ["k1", "k2"] })))

  it.live("ids are stable per user: the same for every login of one user, distinct between users", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const idOf = (key: string) =>
        Effect.flatMap(loginKey(server.url, key), (a) => Effect.map(me(server.url, bearer(accessToken(a))), json))
      const [a1, a2, b] = [yield* idOf("k1"), yield* idOf("k1"), yield* idOf("k2")]
      expect(field(a1, "id")).toBe(field(a2, "id"))
      expect(field(a1, "id")).not.toBe(field(b, "id"))
      expect(field(a1, "organization_id")).toBe(field(b, "organization_id"))
      expect(GalileoServer.userIdOf("user-5e13654e7dbd")).toBe(GalileoServer.userIdOf("user-5e13654e7dbd"))
      for (const id of [field(a1, "id"), field(b, "id"), GalileoServer.userIdOf("x")]) expect(id).toMatch(uuid4)
    }).pipe(withServer({ apiKeys: ["k1", "k2"] })))

  it.live("a social login's auth_method is its provider; a password login's is email", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const idToken = yield* server.signIdToken("ada@example.com")
      const social = yield* postJson(
        `${server.url}/login/social`,
        JSON.stringify({ id_token: idToken, provider: "okta" })
      )
      expect(json(yield* me(server.url, bearer(accessToken(social))))).toMatchObject({
        email: "ada@example.com",
        first_name: "ada",
        auth_method: "okta"
      })
      const password = yield* request(`${server.url}/login`, {
        method: "POST",
        body: "username=demo%40galileo.test&password=galileo-demo-password",
        headers: { "content-type": "application/x-www-form-urlencoded" }
      })
      expect(json(yield* me(server.url, bearer(accessToken(password))))).toMatchObject({ auth_method: "email" })
    }).pipe(withServer()))

  it("the client's Contract.CurrentUser decodes the reference's answer (extra fields kept out)", () => {
    const reference = {
      id: "0b7b1b8e-3c1a-4d2e-9f3a-5b6c7d8e9f01",
      email: "ada@example.com",
      first_name: "Ada",
      last_name: null,
      auth_method: "google",
      role: "admin",
      email_is_verified: null,
      organization_id: "1c8c2c9f-4d2b-4e3f-8a4b-6c7d8e9f0a12",
      organization_name: "Acme",
      created_at: "2025-03-04T05:06:07.123456Z",
      updated_at: "2025-03-04T05:06:07.123456Z",
      permissions: [{ action: "update", allowed: true }, { action: "delete", allowed: false, message: null }]
    }
    expect(Schema.decodeUnknownSync(Contract.CurrentUser)(reference)).toEqual({
      id: reference.id,
      email: "ada@example.com",
      role: "admin"
    })
    expect(Schema.is(Api.CurrentUserDB)(reference)).toBe(true)
  })
})

describe("the auth endpoints under /v2, beside /v1 and none", () => {
  it.live("every built-in route answers under each prefix", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      for (const prefix of ["/v1", "/v2", ""]) {
        const url = `${server.url}${prefix}`
        expect((yield* request(`${url}/healthcheck`)).status).toBe(200)
        const login = yield* loginKey(url, GalileoServer.demoApiKey)
        expect(login.status).toBe(200)
        const cookie = /^refresh_token=([^;]+)/.exec(login.headers["set-cookie"]?.[0] ?? "")?.[1] ?? ""
        const refreshed = yield* request(`${url}/refresh_token`, {
          method: "POST",
          headers: { cookie: `refresh_token=${cookie}` }
        })
        expect(refreshed.status).toBe(200)
        const form = yield* request(`${url}/login`, {
          method: "POST",
          body: "username=demo%40galileo.test&password=galileo-demo-password",
          headers: { "content-type": "application/x-www-form-urlencoded" }
        })
        expect(form.status).toBe(200)
        const idToken = yield* server.signIdToken("ada@example.com")
        const social = yield* postJson(`${url}/login/social`, JSON.stringify({ id_token: idToken, provider: "github" }))
        expect(social.status).toBe(200)
        expect((yield* request(`${url}/current_user`, { headers: bearer(accessToken(social)) })).status).toBe(200)
        expect((yield* request(`${url}/token`, { headers: bearer(accessToken(social)) })).status).toBe(200)
      }
      const stats = yield* server.stats
      expect([stats.logins, stats.apiKeyLogins, stats.passwordLogins, stats.socialLogins, stats.refreshes]).toEqual([
        9,
        3,
        3,
        3,
        3
      ])
      for (const path of ["/v2/login/api_key", "/v2/login", "/v2/login/social", "/v2/refresh_token", "/v2/token"]) {
        expect(stats.requests[path]).toBe(1)
      }
    }).pipe(withServer()))

  it.live("/openapi.json lists each under every prefix with FastAPI's operation ids", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const doc = json(yield* request(`${server.url}/openapi.json`))
      const paths = field(doc, "paths")
      const operationId = (path: string, method: string) => field(field(field(paths, path), method), "operationId")
      expect(Object.keys(paths ?? {})).toEqual([
        "/v1/login/api_key",
        "/v2/login/api_key",
        "/login/api_key",
        "/v1/login",
        "/v2/login",
        "/login",
        "/v1/login/social",
        "/v2/login/social",
        "/login/social",
        "/v1/refresh_token",
        "/v2/refresh_token",
        "/refresh_token",
        "/v1/token",
        "/v2/token",
        "/token",
        "/v1/healthcheck",
        "/v2/healthcheck",
        "/healthcheck",
        "/v1/current_user",
        "/v2/current_user",
        "/current_user"
      ])
      expect(operationId("/v1/login/api_key", "post")).toBe("login_api_key_v1_login_api_key_post")
      expect(operationId("/v2/login/api_key", "post")).toBe("login_api_key_v2_login_api_key_post")
      expect(operationId("/login", "post")).toBe("login_email_login_post")
      expect(operationId("/v2/token", "get")).toBe("get_token_v2_token_get")
      expect(field(field(field(paths, "/v2/login/api_key"), "post"), "requestBody")).toEqual(
        field(field(field(paths, "/v1/login/api_key"), "post"), "requestBody")
      )
      const schemas = field(field(doc, "components"), "schemas")
      expect(field(field(schemas, "SocialLoginRequest"), "required")).toEqual(["provider"])
      expect(field(field(schemas, "GetTokenResponse"), "required")).toEqual([
        "access_token",
        "token_type",
        "expires_at"
      ])
      expect(field(field(schemas, "CurrentUserDB"), "required")).toContain("organization_id")
    }).pipe(withServer()))
})

describe("POST /refresh_token without the cookie", () => {
  it.live("is FastAPI's 422 for the required cookie, byte for byte, and counted as refused", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      for (const prefix of ["/v1", "/v2", ""]) {
        const answer = yield* request(`${server.url}${prefix}/refresh_token`, { method: "POST", body: "" })
        expect([answer.status, answer.headers["content-type"], answer.text]).toEqual([
          422,
          "application/json",
          "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"cookie\",\"refresh_token\"],\"msg\":\"Field required\",\"input\":null}]}"
        ])
      }
      // another cookie only: still missing; an empty one is given, and invalid
      const other = yield* request(`${server.url}/refresh_token`, { method: "POST", headers: { cookie: "a=1" } })
      expect(other.status).toBe(422)
      const empty = yield* request(`${server.url}/refresh_token`, {
        method: "POST",
        headers: { cookie: "refresh_token=" }
      })
      expect([empty.status, json(empty)]).toEqual([401, { detail: "Invalid refresh token" }])
      const stats = yield* server.stats
      expect([stats.refusedRefreshes, stats.refreshes]).toEqual([5, 0])
    }).pipe(withServer()))
})

describe("POST /login/social: access_token in place of id_token", () => {
  it.live("an access_token logs in; only provider is required; the 422 lists the reference's order", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const url = `${server.url}/v2/login/social`
      const token = yield* server.signIdToken("ada@example.com")
      const byAccess = yield* postJson(url, JSON.stringify({ access_token: token, provider: "google" }))
      expect(byAccess.status).toBe(200)
      expect(json(yield* me(server.url, bearer(accessToken(byAccess))))).toMatchObject({
        email: "ada@example.com",
        auth_method: "google"
      })
      const configured = yield* postJson(
        url,
        JSON.stringify({ id_token: null, access_token: "okta-token", provider: "okta" })
      )
      expect(json(yield* me(server.url, bearer(accessToken(configured))))).toMatchObject({ email: "grace@example.com" })
      const neither = yield* postJson(url, JSON.stringify({ provider: "custom" }))
      expect([neither.status, json(neither)]).toEqual([401, { detail: "Invalid ID token" }])
      const bad = yield* postJson(url, JSON.stringify({ id_token: 1 }))
      expect([bad.status, json(bad)]).toEqual([422, {
        detail: [
          { type: "string_type", loc: ["body", "id_token"], msg: "Input should be a valid string", input: 1 },
          { type: "missing", loc: ["body", "provider"], msg: "Field required", input: { id_token: 1 } }
        ]
      }])
      const badProvider = yield* postJson(url, JSON.stringify({ access_token: "t", provider: "facebook" }))
      expect(json(badProvider)).toEqual(unknownProvider("facebook"))
      expect(GalileoServer.socialProviders).toEqual(["google", "github", "okta", "azure-ad", "custom"])
      // one list: the client's contract accepts the same providers, in the same (the reference's) order
      expect(Contract.SsoProvider.literals).toEqual(GalileoServer.socialProviders)
      const stats = yield* server.stats
      expect([stats.socialLogins, stats.refusedLogins, stats.invalidLogins]).toEqual([2, 1, 2])
    }).pipe(withServer({ idTokens: [{ token: "okta-token", email: "grace@example.com", provider: "okta" }] })))
})

describe("GET /token and the Galileo-API-Key header", () => {
  it.live("GET /token answers GetTokenResponse: a new access token for the caller and its expiry", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const login = accessToken(yield* loginKey(server.url, GalileoServer.demoApiKey))
      const answer = yield* request(`${server.url}/v2/token`, { headers: bearer(login) })
      expect(answer.status).toBe(200)
      const body = json(answer)
      expect(Object.keys(body ?? {})).toEqual(["access_token", "token_type", "expires_at"])
      expect(field(body, "token_type")).toBe("bearer")
      const issued = String(field(body, "access_token"))
      expect(issued).not.toBe(login)
      const exp = Number(field(claims(issued), "exp"))
      expect(field(claims(issued), "sub")).toBe(GalileoServer.subjectOf(GalileoServer.demoApiKey))
      expect(exp - Number(field(claims(issued), "iat"))).toBe(1800)
      // pydantic's rendering of a UTC datetime without microseconds
      expect(field(body, "expires_at")).toBe(new Date(exp * 1000).toISOString().replace(".000Z", "Z"))
      expect(field(body, "expires_at")).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
      expect(Schema.is(Api.GetTokenResponse)(body)).toBe(true)
      // the token it answers is accepted
      const user = json(yield* me(server.url, bearer(issued)))
      expect(field(user, "id")).toBe(GalileoServer.userIdOf(GalileoServer.subjectOf(GalileoServer.demoApiKey)))
      const anonymous = yield* request(`${server.url}/token`)
      expect([anonymous.status, json(anonymous), anonymous.headers["www-authenticate"]]).toEqual([
        401,
        { detail: "Not authenticated" },
        "Bearer"
      ])
      const stats = yield* server.stats
      expect([stats.logins, stats.unauthorizedCalls]).toEqual([1, 1])
    }).pipe(withServer({ tokenLifetime: "30 minutes" })))

  it.live("Galileo-API-Key authenticates /current_user and /token (no login); a wrong key is 401", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const subject = GalileoServer.subjectOf("k1")
      for (const prefix of ["/v1", "/v2", ""]) {
        const user = yield* request(`${server.url}${prefix}/current_user`, { headers: { "Galileo-API-Key": "k1" } })
        expect([user.status, field(json(user), "id")]).toEqual([200, GalileoServer.userIdOf(subject)])
        const token = yield* request(`${server.url}${prefix}/token`, { headers: { "galileo-api-key": "k1" } })
        expect(token.status).toBe(200)
        expect(field(claims(String(field(json(token), "access_token"))), "sub")).toBe(subject)
      }
      // the reference's APIKeyHeader scheme names the header Splunk-AO-API-Key: accepted too
      const splunk = yield* request(`${server.url}/v2/current_user`, { headers: { "Splunk-AO-API-Key": "k1" } })
      expect([splunk.status, field(json(splunk), "id")]).toEqual([200, GalileoServer.userIdOf(subject)])
      for (const headers of [{ "Galileo-API-Key": "wrong" }, { "Galileo-API-Key": "" }, { "X-Api-Key": "k1" }]) {
        expect((yield* request(`${server.url}/current_user`, { headers })).status).toBe(401)
        expect((yield* request(`${server.url}/token`, { headers })).status).toBe(401)
      }
      const stats = yield* server.stats
      expect([stats.logins, stats.unauthorizedCalls]).toEqual([0, 6])
      // the key is not written to the request log
      const logged = (yield* server.requests).map((r) => JSON.stringify(r))
      expect(logged.filter((r) => r.includes("k1"))).toEqual([])
    }).pipe(withServer({ apiKeys: ["k1"] })))
})
