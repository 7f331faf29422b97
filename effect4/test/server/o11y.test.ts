/**
 * `splunk-ao`'s O11y mode served by the embedded server (raw HTTP): no login, an `X-SF-Token`
 * header on every request, the API under `/ao/api`; 401 without the token.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Redacted } from "effect"
import { inspect } from "node:util"
import { GalileoServer } from "../../src/testing/index.js"
import { json, postJson, request } from "./http.js"

const o11yToken = Redacted.make("sf-o11y-token-0001")

const seen: Array<GalileoServer.RouteRequest> = []
const projects = GalileoServer.route({
  method: "GET",
  path: "/projects",
  handler: (request) => Effect.sync(() => seen.push(request)).pipe(Effect.as({ status: 200, body: [{ id: "p-1" }] }))
})

const withServer = (options: GalileoServer.Options) => Effect.provide(GalileoServer.layer(options))

const sf = { "x-sf-token": "sf-o11y-token-0001" }
const subject = GalileoServer.subjectOf("sf-o11y-token-0001")

describe("O11y mode: X-SF-Token under /ao/api", () => {
  it.live("the API routes answer under /ao/api with the token, no login", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const health = yield* request(`${server.url}/ao/api/v2/healthcheck`, { headers: sf })
      expect([health.status, json(health)]).toMatchObject([200, { message: "ok" }])
      for (const path of ["/ao/api/current_user", "/ao/api/v1/current_user", "/ao/api/v2/current_user"]) {
        const user = yield* request(`${server.url}${path}`, { headers: sf })
        expect([user.status, json(user)]).toMatchObject([200, {
          id: GalileoServer.userIdOf(subject),
          email: `${subject}@galileo.test`
        }])
      }
      const own = yield* request(`${server.url}/ao/api/v1/projects`, { headers: { ...sf, "x-other": "1" } })
      expect([own.status, json(own)]).toEqual([200, [{ id: "p-1" }]])
      expect(seen.at(-1)?.path).toBe("/ao/api/v1/projects")
      expect(seen.at(-1)?.headers["x-sf-token"]).toBe("<redacted>")
      expect(seen.at(-1)?.subject).toEqual(expect.objectContaining({ value: subject }))
      expect((yield* request(`${server.url}/ao/api/projects`, { headers: sf })).status).toBe(200)
      const stats = yield* server.stats
      expect([stats.logins, stats.unauthorizedCalls]).toEqual([0, 0])
      expect(stats.requests["/ao/api/v1/projects"]).toBe(1)
    }).pipe(withServer({ o11yToken, routes: [projects] })))

  it.live("401 without the token, with another one, or with only a bearer token; no logins there", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const login = yield* postJson(
        `${server.url}/login/api_key`,
        JSON.stringify({ api_key: GalileoServer.demoApiKey })
      )
      const bearer = { authorization: `Bearer ${String(Object(json(login))["access_token"])}` }
      for (
        const headers of [{}, { "x-sf-token": "wrong" }, { "x-sf-token": "" }, bearer, {
          "x-sf-token": "SF-O11Y-TOKEN-0001"
        }]
      ) {
        for (const path of ["/ao/api/current_user", "/ao/api/healthcheck", "/ao/api/v1/projects"]) {
          const answer = yield* request(`${server.url}${path}`, { headers })
          expect([answer.status, json(answer)]).toEqual([401, { detail: "Not authenticated" }])
        }
      }
      // the bearer token still works outside /ao/api
      expect((yield* request(`${server.url}/v1/projects`, { headers: bearer })).status).toBe(200)
      // login routes are not served under /ao/api
      const aoLogin = yield* postJson(
        `${server.url}/ao/api/login/api_key`,
        JSON.stringify({ api_key: GalileoServer.demoApiKey }),
        sf
      )
      expect(aoLogin.status).toBe(404)
      const stats = yield* server.stats
      expect([stats.logins, stats.unauthorizedCalls]).toEqual([1, 15])
      // the token is never in the log
      expect(JSON.stringify(yield* server.requests)).not.toContain("sf-o11y-token-0001")
      expect(inspect({ o11yToken })).not.toContain("sf-o11y-token-0001")
    }).pipe(withServer({ o11yToken, routes: [projects] })))

  it.live("without the o11yToken option nothing is served under /ao/api", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const answer = yield* request(`${server.url}/ao/api/current_user`, { headers: sf })
      expect([answer.status, json(answer)]).toEqual([404, { detail: "Not Found" }])
    }).pipe(withServer({ routes: [projects] })))
})
