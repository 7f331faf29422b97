/**
 * The official `galileo` npm client (1.33.1, a pinned dev dependency) against the embedded server:
 * `new GalileoApiClient().init({ projectScoped: false })` reads GALILEO_API_URL and the credential
 * variables, calls `/healthcheck`, logs in, then `GET current_user` with the token it got. It keeps
 * its configuration in `process.env` and a singleton, so each run is a child process (loopback
 * only: proxy variables are cleared).
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { GalileoServer } from "../../src/testing/index.js"
import * as Spawn from "../support/Spawn.js"

const withServer = (options: GalileoServer.Options = {}) => Effect.provide(GalileoServer.layer(options))

const uuid4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

/** No proxy between the child and 127.0.0.1 (axios honours these variables). */
const noProxy = {
  HTTP_PROXY: "",
  HTTPS_PROXY: "",
  http_proxy: "",
  https_proxy: "",
  NO_PROXY: "127.0.0.1,localhost",
  no_proxy: "127.0.0.1,localhost"
}

const official = (env: Record<string, string>) =>
  Effect.map(
    Spawn.run(process.execPath, ["test/support/officialClient.cjs"], { ...noProxy, ...env }),
    (result): { readonly code: number; readonly out: unknown; readonly stderr: string } => ({
      code: result.code,
      out: JSON.parse(result.stdout.trim().split("\n").pop() ?? "null"),
      stderr: result.stderr
    })
  )

describe("the official galileo npm client against the embedded server", () => {
  it.live("API key: healthcheck, one login, current_user with the token it got", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const run = yield* official({ GALILEO_API_URL: server.url, GALILEO_API_KEY: "official-key" })
      const subject = GalileoServer.subjectOf("official-key")
      expect(run.code).toBe(0)
      expect(run.out).toEqual({
        apiUrl: server.url,
        tokenParts: 3,
        user: expect.objectContaining({
          id: GalileoServer.userIdOf(subject),
          email: `${subject}@galileo.test`,
          role: "user",
          organization_id: expect.stringMatching(uuid4)
        })
      })
      const stats = yield* server.stats
      expect([stats.logins, stats.apiKeyLogins, stats.refusedLogins, stats.unauthorizedCalls]).toEqual([1, 1, 0, 0])
      expect(stats.requests).toEqual({ "/healthcheck": 1, "/login/api_key": 1, "/current_user": 1 })
      const sent = yield* server.requests
      expect(sent.map((r) => [r.method, r.path, r.headers["x-galileo-sdk"]])).toEqual([
        ["GET", "/healthcheck", "galileo-js/1.33.1"],
        ["POST", "/login/api_key", "galileo-js/1.33.1"],
        ["GET", "/current_user", "galileo-js/1.33.1"]
      ])
      expect(sent[2]?.subject).toBe(subject)
    }).pipe(withServer({ apiKeys: ["official-key"] })))

  it.live("username and password: the OAuth2 form login, then current_user", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const run = yield* official({
        GALILEO_API_URL: server.url,
        GALILEO_USERNAME: "ada@example.com",
        GALILEO_PASSWORD: "pw & more"
      })
      expect(run.code).toBe(0)
      expect(run.out).toMatchObject({
        user: { id: GalileoServer.userIdOf(GalileoServer.subjectOf("ada@example.com")), email: "ada@example.com" }
      })
      const stats = yield* server.stats
      expect([stats.logins, stats.passwordLogins, stats.apiKeyLogins, stats.invalidLogins]).toEqual([1, 1, 0, 0])
    }).pipe(withServer({ users: [{ username: "ada@example.com", password: "pw & more" }] })))

  it.live("under /v2 (GALILEO_API_URL ending in /v2): the same three calls there", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const run = yield* official({ GALILEO_API_URL: `${server.url}/v2`, GALILEO_API_KEY: GalileoServer.demoApiKey })
      expect(run.code).toBe(0)
      expect(run.out).toMatchObject({
        user: { id: GalileoServer.userIdOf(GalileoServer.subjectOf(GalileoServer.demoApiKey)) }
      })
      const stats = yield* server.stats
      expect(stats.requests).toEqual({ "/v2/healthcheck": 1, "/v2/login/api_key": 1, "/v2/current_user": 1 })
      expect(stats.logins).toBe(1)
    }).pipe(withServer()))

  it.live("a wrong key: the server's 401 detail reaches the official client's error", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const run = yield* official({ GALILEO_API_URL: server.url, GALILEO_API_KEY: "not-accepted" })
      expect(run.code).toBe(1)
      expect(run.out).toEqual({ error: expect.stringContaining("401") })
      const stats = yield* server.stats
      expect([stats.logins, stats.refusedLogins]).toEqual([0, 1])
      expect(stats.requests["/current_user"]).toBeUndefined()
    }).pipe(withServer()))
})
