/**
 * Every credential kind the official SDKs use, served by the embedded server: API key, OAuth2
 * password form, social ID token, the refresh cookie, and HTTPS with mutual TLS.
 */
import { describe, expect, it } from "@effect/vitest"
import { Context, Effect, Layer } from "effect"
import * as State from "../../src/core/server/state.js"
import { GalileoServer } from "../../src/testing/index.js"
import * as Certs from "../support/Certs.js"
import {
  type Answer,
  grantTypeMismatch,
  json,
  missingField as missing,
  postJson,
  request,
  unknownProvider
} from "./http.js"

const withServer = (options: GalileoServer.Options = {}) => Effect.provide(GalileoServer.layer(options))

/** A server that lives as long as the current scope. */
const serve = (options: GalileoServer.Options) =>
  Effect.map(Layer.build(GalileoServer.layer(options)), Context.get(GalileoServer.GalileoServer))

const form = (url: string, body: string, headers: Readonly<Record<string, string>> = {}) =>
  request(url, { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded", ...headers } })

const accessToken = (answer: Answer): string => {
  const body = json(answer)
  return typeof body === "object" && body !== null && "access_token" in body ? String(body.access_token) : ""
}

const refreshCookie = (answer: Answer): string => {
  const cookie = answer.headers["set-cookie"]?.[0] ?? ""
  return /^refresh_token=([^;]+)/.exec(cookie)?.[1] ?? ""
}

const me = (url: string, token: string) =>
  Effect.map(request(`${url}/current_user`, { headers: { authorization: `Bearer ${token}` } }), json)

const demo = `username=${
  encodeURIComponent(GalileoServer.demoUser.username)
}&password=${GalileoServer.demoUser.password}`

describe("POST /login: the OAuth2 password form", () => {
  it.live("the demo user logs in under both prefixes; the token names the user by email", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      expect(GalileoServer.demoUser).toEqual({ username: "demo@galileo.test", password: "galileo-demo-password" })
      for (const path of ["/v1/login", "/login"]) {
        const answer = yield* form(`${server.url}${path}`, `grant_type=password&${demo}&scope=`)
        expect(answer.status).toBe(200)
        expect(json(answer)).toMatchObject({ token_type: "bearer" })
        expect(yield* me(server.url, accessToken(answer))).toMatchObject({
          id: GalileoServer.userIdOf(GalileoServer.subjectOf("demo@galileo.test")),
          email: "demo@galileo.test",
          role: "user"
        })
      }
      const stats = yield* server.stats
      expect([stats.logins, stats.passwordLogins, stats.apiKeyLogins]).toEqual([2, 2, 0])
    }).pipe(withServer()))

  it.live("a wrong password is 401 with WWW-Authenticate: Bearer", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      for (
        const body of ["username=demo%40galileo.test&password=nope", "username=x@y.z&password=galileo-demo-password"]
      ) {
        const answer = yield* form(`${server.url}/v1/login`, body)
        expect([answer.status, answer.headers["www-authenticate"], json(answer)]).toEqual([401, "Bearer", {
          detail: "Incorrect username or password"
        }])
      }
      expect((yield* server.stats).refusedLogins).toBe(2)
    }).pipe(withServer()))

  it.live("missing or empty fields are FastAPI's 422 (missing, input null); a bad grant_type fails its pattern", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const url = `${server.url}/v1/login`
      const cases: ReadonlyArray<readonly [string, Readonly<Record<string, string>>, unknown]> = [
        ["", {}, [missing("username"), missing("password")]],
        ["username=a&password=", {}, [missing("password")]],
        ["username=&password=b", {}, [missing("username")]],
        // the form is read whatever the content type: JSON is no form, so both fields are missing
        [JSON.stringify({ username: "a", password: "b" }), { "content-type": "application/json" }, [
          missing("username"),
          missing("password")
        ]],
        ["grant_type=client_credentials&username=a", {}, [grantTypeMismatch("client_credentials"), missing("password")]]
      ]
      for (const [body, headers, detail] of cases) {
        const answer = yield* form(url, body, headers)
        expect([answer.status, json(answer)]).toEqual([422, { detail }])
      }
      expect((yield* server.stats).invalidLogins).toBe(cases.length)
    }).pipe(withServer()))

  it.live("fields are read as Starlette reads them: + and %XX decoded, the last of a repeated name", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const body = "username=first&username=J%C3%BCrgen+M%40x.test&password=p%26w+d&grant_type=password"
      expect((yield* form(`${server.url}/v1/login`, body)).status).toBe(200)
    }).pipe(withServer({ users: [{ username: "Jürgen M@x.test", password: "p&w d" }] })))

  it.live("setUsers replaces the accepted users", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      yield* server.setUsers([{ username: "a@b.c", password: "pw" }])
      expect((yield* form(`${server.url}/login`, demo)).status).toBe(401)
      expect((yield* form(`${server.url}/login`, "username=a%40b.c&password=pw")).status).toBe(200)
    }).pipe(withServer()))
})

describe("POST /login/social: an ID token", () => {
  it.live("accepts ID tokens the server signed, with any provider, and configured ones", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const idToken = yield* server.signIdToken("ada@example.com")
      for (const provider of GalileoServer.socialProviders) {
        const answer = yield* postJson(`${server.url}/v1/login/social`, JSON.stringify({ id_token: idToken, provider }))
        expect(answer.status).toBe(200)
        expect(yield* me(server.url, accessToken(answer))).toMatchObject({
          id: GalileoServer.userIdOf(GalileoServer.subjectOf("ada@example.com")),
          email: "ada@example.com",
          role: "user"
        })
      }
      const configured = yield* postJson(
        `${server.url}/login/social`,
        JSON.stringify({ id_token: "okta-token", provider: "okta" })
      )
      expect(yield* me(server.url, accessToken(configured))).toMatchObject({ email: "grace@example.com" })
      const wrongProvider = yield* postJson(
        `${server.url}/login/social`,
        JSON.stringify({ id_token: "okta-token", provider: "google" })
      )
      expect([wrongProvider.status, json(wrongProvider)]).toEqual([401, { detail: "Invalid ID token" }])
      const expired = yield* server.signIdToken("ada@example.com", "-1 seconds")
      const late = yield* postJson(
        `${server.url}/v1/login/social`,
        JSON.stringify({ id_token: expired, provider: "github" })
      )
      expect(late.status).toBe(401)
      const stats = yield* server.stats
      expect([stats.socialLogins, stats.logins, stats.refusedLogins]).toEqual([6, 6, 2])
    }).pipe(withServer({ idTokens: [{ token: "okta-token", email: "grace@example.com", provider: "okta" }] })))

  it.live("an unknown ID token is 401; a bad provider is pydantic's enum 422", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const url = `${server.url}/v1/login/social`
      const unknown = yield* postJson(url, JSON.stringify({ id_token: "forged", provider: "google" }))
      expect([unknown.status, json(unknown)]).toEqual([401, { detail: "Invalid ID token" }])
      const badProvider = yield* postJson(url, JSON.stringify({ id_token: "t", provider: "facebook" }))
      expect([badProvider.status, json(badProvider)]).toEqual([422, unknownProvider("facebook")])
      const both = yield* postJson(url, JSON.stringify({ provider: 3 }))
      expect(json(both)).toEqual(unknownProvider(3))
      expect((yield* server.stats).invalidLogins).toBe(2)
    }).pipe(withServer()))
})

describe("the refresh cookie", () => {
  it.live("every login sets it; POST /refresh_token answers a new token and rotates it", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const login = yield* postJson(
        `${server.url}/v1/login/api_key`,
        JSON.stringify({ api_key: GalileoServer.demoApiKey })
      )
      expect(login.headers["set-cookie"]?.[0]).toMatch(
        /^refresh_token=[A-Za-z0-9_-]{43}; HttpOnly; Path=\/; SameSite=lax$/
      )
      const first = refreshCookie(login)
      const refresh = (cookie: string | undefined, prefix = "/v1") =>
        request(`${server.url}${prefix}/refresh_token`, {
          method: "POST",
          body: "",
          headers: cookie === undefined ? {} : { cookie }
        })
      const refreshed = yield* refresh(`other=1; refresh_token=${first}`)
      expect(refreshed.status).toBe(200)
      const second = refreshCookie(refreshed)
      expect(second).not.toBe(first)
      expect(yield* me(server.url, accessToken(refreshed))).toMatchObject({
        id: GalileoServer.userIdOf(GalileoServer.subjectOf(GalileoServer.demoApiKey))
      })
      const reused = yield* refresh(`refresh_token=${first}`)
      expect([reused.status, json(reused)]).toEqual([401, { detail: "Invalid refresh token" }])
      const missing = yield* refresh(undefined)
      expect([missing.status, json(missing)]).toEqual([422, {
        detail: [{ type: "missing", loc: ["cookie", "refresh_token"], msg: "Field required", input: null }]
      }])
      expect((yield* refresh(`refresh_token=${second}`, "")).status).toBe(200)
      for (
        const kind of [
          form(`${server.url}/login`, demo),
          Effect.flatMap(
            server.signIdToken("a@b.c"),
            (t) => postJson(`${server.url}/login/social`, JSON.stringify({ id_token: t, provider: "custom" }))
          )
        ]
      ) {
        expect(refreshCookie(yield* kind)).toMatch(/^[A-Za-z0-9_-]{43}$/)
      }
      const stats = yield* server.stats
      expect([stats.refreshes, stats.refusedRefreshes, stats.logins]).toEqual([2, 2, 3])
      const again = yield* postJson(
        `${server.url}/v1/login/api_key`,
        JSON.stringify({ api_key: GalileoServer.demoApiKey })
      )
      yield* server.revokeRefreshTokens
      expect((yield* refresh(`refresh_token=${refreshCookie(again)}`)).status).toBe(401)
    }).pipe(withServer()))

  it.live("a refresh cookie stops working when its API key or user is removed", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const refresh = (answer: Answer) =>
        request(`${server.url}/v1/refresh_token`, {
          method: "POST",
          headers: { cookie: `refresh_token=${refreshCookie(answer)}` }
        })
      const byKey = yield* postJson(`${server.url}/v1/login/api_key`, JSON.stringify({ api_key: "k1" }))
      const byKey2 = yield* postJson(`${server.url}/v1/login/api_key`, JSON.stringify({ api_key: "k2" }))
      const byUser = yield* form(`${server.url}/v1/login`, demo)
      yield* server.setApiKeys(["k2"])
      yield* server.setUsers([])
      const refused = yield* refresh(byKey)
      expect([refused.status, json(refused)]).toEqual([401, { detail: "Invalid refresh token" }])
      expect((yield* refresh(byUser)).status).toBe(401)
      expect((yield* refresh(byKey2)).status).toBe(200)
      expect((yield* server.stats).refusedRefreshes).toBe(2)
    }).pipe(withServer({ apiKeys: ["k1", "k2"] })))

  it("at most 10,000 refresh tokens live at once; the oldest goes first", () => {
    const state = new State.State([], [], [], 0, new Set())
    const identity = State.emailIdentity("a@b.c")
    const first = state.issueRefreshToken(identity)
    const second = state.issueRefreshToken(identity)
    for (let i = 0; i < State.maxRefreshTokens - 1; i++) state.issueRefreshToken(identity)
    expect(state.useRefreshToken(first)).toEqual(undefined)
    expect(state.useRefreshToken(second)).toEqual(identity)
    expect(state.useRefreshToken(second)).toEqual(undefined)
  })
})

describe.skipIf(!Certs.available())("HTTPS", () => {
  it.live("serves HTTPS with its certificate; a client without the CA refuses it", () =>
    Effect.gen(function*() {
      const certs = yield* Certs.make
      const server = yield* serve({ tls: certs.server })
      expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
      const health = yield* request(`${server.url}/healthcheck`, { tls: { ca: certs.ca } })
      expect(health.status).toBe(200)
      const login = yield* request(`${server.url}/v1/login/api_key`, {
        body: JSON.stringify({ api_key: GalileoServer.demoApiKey }),
        headers: { "content-type": "application/json" },
        tls: { ca: certs.ca }
      })
      expect(login.status).toBe(200)
      const byName = yield* request(server.url.replace("127.0.0.1", "localhost") + "/healthcheck", {
        tls: { ca: certs.ca }
      })
      expect(byName.status).toBe(200)
      const untrusted = yield* Effect.flip(request(`${server.url}/healthcheck`))
      expect(String(untrusted.cause)).toMatch(/self[- ]signed|unable to (get|verify)/i)
    }))

  it.live("with requestClientCert, only clients with a certificate from the CA get through", () =>
    Effect.gen(function*() {
      const certs = yield* Certs.make
      const server = yield* serve({ tls: { ...certs.server, ca: certs.ca, requestClientCert: true } })
      const withCert = yield* request(`${server.url}/healthcheck`, { tls: { ca: certs.ca, ...certs.client } })
      expect(withCert.status).toBe(200)
      const noCert = yield* Effect.flip(request(`${server.url}/healthcheck`, { tls: { ca: certs.ca } }))
      expect(String(noCert.cause)).toMatch(/certificate required/)
      const stranger = yield* Effect.result(
        request(`${server.url}/healthcheck`, { tls: { ca: certs.ca, ...certs.stranger } })
      )
      expect(stranger._tag).toBe("Failure")
      expect((yield* server.stats).requests).toEqual({ "/healthcheck": 1 })
    }))
})
