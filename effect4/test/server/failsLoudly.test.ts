/**
 * The embedded server never fails silently: an answer Node refuses to write (a route's status 99,
 * a header value with CR/LF) is a 500, a log line and a counted internal error.
 */
import { describe, expect, it } from "@effect/vitest"
import { Cause, Effect, Logger } from "effect"
import { Fault, GalileoServer } from "../../src/testing/index.js"
import { json, request } from "./http.js"

const routes: ReadonlyArray<GalileoServer.Route> = [
  { method: "GET", path: "/status99", public: true, handler: () => Effect.succeed({ status: 99, body: { ok: true } }) },
  {
    method: "GET",
    path: "/crlf",
    public: true,
    handler: () => Effect.succeed({ status: 200, body: { ok: true }, headers: { "x-split": "a\r\nset-cookie: b=c" } })
  },
  {
    method: "GET",
    path: "/badname",
    public: true,
    handler: () => Effect.succeed({ status: 200, headers: { "bad name": "x" } })
  }
]

describe("answers Node refuses to write", () => {
  it.live("a route's status 99, a header value with CR/LF, a header name with a space: 500, logged, counted", () => {
    const logged: Array<string> = []
    const logger = Logger.make(({ cause, logLevel, message }) => {
      logged.push(`${logLevel.toUpperCase()} ${JSON.stringify(message)} ${Cause.pretty(cause)}`)
    })
    return Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      for (const path of ["/status99", "/crlf", "/badname"]) {
        const answer = yield* request(`${server.url}${path}`)
        expect([path, answer.status, json(answer), answer.headers["x-split"], answer.headers["set-cookie"]]).toEqual([
          path,
          500,
          { detail: "Internal Server Error" },
          undefined,
          undefined
        ])
      }
      expect((yield* request(`${server.url}/healthcheck`)).status).toBe(200)
      expect((yield* server.stats).internalErrors).toBe(3)
      expect(logged.length).toBe(3)
      expect(logged[0]).toMatch(/^ERROR .*Node refused to write a route's answer.*Invalid status code: 99/s)
      expect(logged[1]).toMatch(/^ERROR .*Node refused to write.*Invalid character in header content \["x-split"\]/s)
      expect(logged[2]).toMatch(
        /^ERROR .*Node refused to write.*Header name must be a valid HTTP token \["bad name"\]/s
      )
    }).pipe(
      Effect.provide(GalileoServer.layer({ routes })),
      Effect.provide(Logger.layer([logger]))
    )
  })

  it.live("a Respond fault with status 99 is a 500 too, and the next request is answered as usual", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      yield* server.inject(Fault.status(99, "x"))
      const answer = yield* request(`${server.url}/healthcheck`)
      expect([answer.status, json(answer)]).toEqual([500, { detail: "Internal Server Error" }])
      expect((yield* request(`${server.url}/healthcheck`)).status).toBe(200)
      expect((yield* server.stats).internalErrors).toBe(1)
    }).pipe(
      Effect.provide(GalileoServer.layer()),
      Effect.provide(Logger.layer([]))
    ))
})
