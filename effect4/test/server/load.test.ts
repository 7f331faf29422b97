/**
 * The embedded server's state stays bounded: counters, the request log, issued tokens, 2,000
 * connections and 100,000 requests. Counted in requests and retained bytes, never in time (the
 * file runs on its own, after the others, with a hang guard for a timeout: see vitest.config.ts).
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import type * as Http from "node:http"
import { GalileoServer } from "../../src/testing/index.js"
import * as Heap from "../support/Heap.js"
import { agent, json, load, request, send } from "./http.js"

const withServer = (options: GalileoServer.Options = {}) => Effect.provide(GalileoServer.layer(options))

const demoBody = JSON.stringify({ api_key: GalileoServer.demoApiKey })

/** Runs `total` calls of `f(i)` with at most `concurrency` in flight. */
const pool = (total: number, concurrency: number, f: (i: number) => Promise<unknown>) =>
  Effect.promise(async () => {
    let next = 0
    const worker = async () => {
      while (next < total) await f(next++)
    }
    await Promise.all(Array.from({ length: concurrency }, worker))
  })

describe("bounded state", () => {
  it.live("20,000 distinct unknown paths: 1,000 counted by name, the rest under <other>; 20,000 more retain nothing", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const unknown = (from: number) =>
        Effect.promise(() =>
          load(server.url, { connections: 32, total: 20_000, request: (i) => ({ path: `/nowhere/${from + i}` }) })
        )
      yield* unknown(0)
      // counters and log are full: 20,000 more distinct paths replace what is there, adding nothing
      // (a counter per path would keep each one: over 20,000 x 32 bytes)
      const before = Heap.retained()
      yield* unknown(20_000)
      const grown = Heap.retained() - before
      const keepAlive: Http.Agent = yield* agent(2)
      const health = yield* Effect.promise(() =>
        Promise.all(Array.from({ length: 400 }, () => send(`${server.url}/healthcheck`, { agent: keepAlive })))
      )
      expect(health.filter((a) => a.status === 200).length).toBe(400)
      expect(grown).toBeLessThan(512 * 1024)
      const { requests } = yield* server.stats
      expect(requests["<other>"]).toBe(39_000)
      expect(requests["/healthcheck"]).toBe(400)
      expect(Object.keys(requests).length).toBe(1002)
      expect((yield* server.requests).length).toBe(10_000)
    }).pipe(withServer()))

  it.live("the log keeps the newest logLimit requests", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const keepAlive = yield* agent(8)
      yield* pool(1000, 8, (i) => send(`${server.url}/healthcheck?i=${i}`, { agent: keepAlive }))
      const log = yield* server.requests
      expect(log.length).toBe(100)
      expect(new Set(log.map((r) => r.query)).size).toBe(100)
      expect(log.every((r) => Number(r.query?.slice(2)) >= 900 - 8)).toBe(true)
    }).pipe(withServer({ logLimit: 100 })))

  it.live("logins keep no token: 6,000 logins retain nothing once their refresh tokens are revoked; revocation still covers all of them", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const keepAlive = yield* agent(16)
      const login = () =>
        send(`${server.url}/v1/login/api_key`, {
          agent: keepAlive,
          body: demoBody,
          headers: { "content-type": "application/json" }
        })
      const first = yield* Effect.promise(login)
      const token = String(Object.values(Object(json(first)))[0])
      // warm (all 16 sockets open, the code compiled), then what 6,000 logins leave behind beyond
      // their refresh tokens: nothing (kept access tokens would be over 6,000 x 200 bytes)
      yield* pool(1000, 16, login)
      yield* server.revokeRefreshTokens
      const before = Heap.retained()
      yield* pool(6000, 16, login)
      yield* server.revokeRefreshTokens
      const grown = Heap.retained() - before
      expect(grown).toBeLessThan(512 * 1024)
      expect((yield* server.stats).logins).toBe(7001)
      const me = () => request(`${server.url}/current_user`, { headers: { authorization: `Bearer ${token}` } })
      expect((yield* me()).status).toBe(200)
      yield* server.revokeIssuedTokens
      expect((yield* me()).status).toBe(401)
    }).pipe(withServer({ logLimit: 0 })))
})

describe("load", () => {
  it.live(
    "2,000 concurrent connections, 100,000 requests: all answered, memory flat",
    () =>
      Effect.gen(function*() {
        const server = yield* GalileoServer.GalileoServer
        const login = yield* request(`${server.url}/v1/login/api_key`, {
          body: demoBody,
          headers: { "content-type": "application/json" }
        })
        const token = String(Object.values(Object(json(login)))[0])
        const paths = ["/healthcheck", "/v1/current_user", "/v1/nowhere"]
        const run = (total: number, offset: number) =>
          Effect.promise(() =>
            load(server.url, {
              connections: 2000,
              total,
              request: (i) => ({
                path: `${paths[(i + offset) % 3]}${(i + offset) % 3 === 2 ? `/${i + offset}` : ""}`,
                headers: `authorization: Bearer ${token}\r\n`
              })
            })
          )
        const warm = yield* run(10_000, 0)
        const before = Heap.retained()
        const rest = yield* run(90_000, 10_000)
        const grown = Heap.retained() - before
        const count = (status: number) => (warm.get(status) ?? 0) + (rest.get(status) ?? 0)
        expect([count(200), count(404)]).toEqual([66_667, 33_333])
        expect(grown).toBeLessThan(50 * 1024 * 1024)
        const stats = yield* server.stats
        expect(stats.requests["/healthcheck"]).toBe(33_334)
        expect(stats.requests["<other>"]).toBe(33_333 - 1000)
        expect(stats.unauthorizedCalls).toBe(0)
        expect((yield* server.requests).length).toBe(10_000)
      }).pipe(withServer())
  )
})
