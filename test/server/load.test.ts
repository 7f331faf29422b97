/**
 * The embedded server's state and per-request cost stay bounded: counters, the request log,
 * issued tokens, 2,000 connections and 100,000 requests.
 */
import { describe, expect, it } from "@effect/vitest"
import { Context, Effect, Layer } from "effect"
import type * as Http from "node:http"
import { GalileoServer } from "../../src/testing/index.js"
import { agent, json, load, median, request, send } from "./http.js"

const withServer = (options: GalileoServer.Options = {}) => Effect.provide(GalileoServer.layer(options))

/** A server that lives as long as the current scope. */
const serve = (options: GalileoServer.Options = {}) =>
  Effect.map(Layer.build(GalileoServer.layer(options)), Context.get(GalileoServer.GalileoServer))
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

const memory = () => {
  const m = process.memoryUsage()
  return m.heapUsed + m.arrayBuffers
}

describe("bounded state", () => {
  it.scopedLive("20,000 distinct unknown paths: 1,000 counted by name, the rest under <other>; /healthcheck as fast", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const fresh = yield* serve()
      yield* Effect.promise(() =>
        load(server.url, { connections: 32, total: 20_000, request: (i) => ({ path: `/nowhere/${i}` }) })
      )
      // sampled in turns with a fresh server, so that a busy machine slows both alike
      const keepAlive: Http.Agent = yield* agent(2)
      const [after, baseline] = yield* Effect.promise(async () => {
        const times: [Array<number>, Array<number>] = [[], []]
        for (let i = 0; i < 400; i++) {
          for (const [j, url] of [server.url, fresh.url].entries()) {
            const start = performance.now()
            await send(`${url}/healthcheck`, { agent: keepAlive })
            if (i >= 100) times[j]?.push(performance.now() - start)
          }
        }
        return times.map(median)
      })
      expect((after ?? 0) / (baseline ?? 1)).toBeLessThan(3)
      const { requests } = yield* server.stats
      expect(requests["<other>"]).toBe(19_000)
      expect(requests["/healthcheck"]).toBe(400)
      expect(Object.keys(requests).length).toBe(1002)
      expect((yield* server.requests).length).toBe(10_000)
    }).pipe(withServer()))

  it.scopedLive("the log keeps the newest logLimit requests", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const keepAlive = yield* agent(8)
      yield* pool(1000, 8, (i) => send(`${server.url}/healthcheck?i=${i}`, { agent: keepAlive }))
      const log = yield* server.requests
      expect(log.length).toBe(100)
      expect(new Set(log.map((r) => r.query)).size).toBe(100)
      expect(log.every((r) => Number(r.query?.slice(2)) >= 900 - 8)).toBe(true)
    }).pipe(withServer({ logLimit: 100 })))

  it.scopedLive("logins keep no token: 3,000 logins, as fast at the end; revocation still covers all of them", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const fresh = yield* serve({ logLimit: 0 })
      const keepAlive = yield* agent(16)
      const login = (url: string) => () =>
        send(`${url}/v1/login/api_key`, {
          agent: keepAlive,
          body: demoBody,
          headers: { "content-type": "application/json" }
        })
      const first = yield* Effect.promise(login(server.url))
      const token = String(Object.values(Object(json(first)))[0])
      yield* pool(3000, 16, login(server.url))
      // sampled in turns with a fresh server, so that a busy machine slows both alike
      const [after, baseline] = yield* Effect.promise(async () => {
        const times: [Array<number>, Array<number>] = [[], []]
        for (let i = 0; i < 300; i++) {
          for (const [j, url] of [server.url, fresh.url].entries()) {
            const start = performance.now()
            await login(url)()
            if (i >= 50) times[j]?.push(performance.now() - start)
          }
        }
        return times.map(median)
      })
      expect((after ?? 0) / (baseline ?? 1)).toBeLessThan(3)
      expect((yield* server.stats).logins).toBe(3301)
      const me = () => request(`${server.url}/current_user`, { headers: { authorization: `Bearer ${token}` } })
      expect((yield* me()).status).toBe(200)
      yield* server.revokeIssuedTokens
      expect((yield* me()).status).toBe(401)
    }).pipe(withServer({ logLimit: 0 })))
})

describe("load", () => {
  it.scopedLive(
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
        const before = memory()
        const rest = yield* run(90_000, 10_000)
        const grown = memory() - before
        const count = (status: number) => (warm.get(status) ?? 0) + (rest.get(status) ?? 0)
        expect([count(200), count(404)]).toEqual([66_667, 33_333])
        expect(grown).toBeLessThan(50 * 1024 * 1024)
        const stats = yield* server.stats
        expect(stats.requests["/healthcheck"]).toBe(33_334)
        expect(stats.requests["<other>"]).toBe(33_333 - 1000)
        expect(stats.unauthorizedCalls).toBe(0)
        expect((yield* server.requests).length).toBe(10_000)
      }).pipe(withServer()),
    60_000
  )
})
