/**
 * The embedded server's connection cap and timeouts: a client that sends its headers or its
 * body too slowly gets 408 and is closed, connections above the cap are closed as they arrive,
 * an idle keep-alive connection is closed. Counts and close events, no durations.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import * as Net from "node:net"
import { GalileoServer } from "../../src/testing/index.js"

interface Peer {
  readonly socket: Net.Socket
  /** Everything received so far. */
  readonly received: () => string
  /** Resolves with what was received when the server closes the connection. */
  readonly closed: Promise<string>
  /** Resolves with the next answer (the text up to its end), or `null` when closed first. */
  readonly next: () => Promise<string | null>
}

const connect = (url: string): Promise<Peer> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url)
    const socket = Net.connect({ host: hostname, port: Number(port) })
    let text = ""
    let waiting: ((answer: string | null) => void) | undefined
    let consumed = 0
    const closed = new Promise<string>((done) =>
      socket.on("close", () => {
        waiting?.(null)
        done(text)
      })
    )
    const deliver = () => {
      const end = text.indexOf("\r\n\r\n", consumed)
      if (waiting === undefined || end < 0) return
      const length = Number(/content-length: *(\d+)/i.exec(text.slice(consumed, end))?.[1] ?? "0")
      if (text.length < end + 4 + length) return
      const answer = text.slice(consumed, end + 4 + length)
      consumed = end + 4 + length
      const w = waiting
      waiting = undefined
      w(answer)
    }
    socket.setEncoding("latin1")
    socket.on("data", (chunk: string) => {
      text += chunk
      deliver()
    })
    socket.on("error", () => {})
    socket.once("connect", () =>
      resolve({
        socket,
        received: () => text,
        closed,
        next: () =>
          new Promise((r) => {
            waiting = r
            if (socket.destroyed) r(null)
            deliver()
          })
      }))
    socket.once("error", reject)
  })

const healthcheck = "GET /healthcheck HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n"

describe("timeouts", () => {
  it.live("a client that never finishes its headers gets 408 and is closed (headersTimeout)", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const peer = yield* Effect.promise(() => connect(server.url))
      peer.socket.write("GET /healthcheck HTTP/1.1\r\nhost: 127.0.0.1\r\nx-slow: ")
      const received = yield* Effect.promise(() => peer.closed)
      expect(received).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/)
      expect((yield* server.stats).requests).toEqual({})
    }).pipe(Effect.provide(GalileoServer.layer({ headersTimeout: "200 millis" }))))

  it.live("a client that never finishes its body gets 408 and is closed (requestTimeout)", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const peer = yield* Effect.promise(() => connect(server.url))
      peer.socket.write(
        "POST /login/api_key HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{\"api_key\""
      )
      const received = yield* Effect.promise(() => peer.closed)
      expect(received).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/)
      const stats = yield* server.stats
      expect([stats.logins, stats.invalidLogins, stats.requests]).toEqual([0, 0, {}])
    }).pipe(Effect.provide(GalileoServer.layer({ headersTimeout: "100 millis", requestTimeout: "300 millis" }))))

  it.live("an idle keep-alive connection is closed after keepAliveTimeout", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const peer = yield* Effect.promise(() => connect(server.url))
      peer.socket.write(healthcheck)
      const answer = yield* Effect.promise(() => peer.next())
      expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n/)
      const received = yield* Effect.promise(() => peer.closed)
      expect(received).toBe(answer)
    }).pipe(Effect.provide(GalileoServer.layer({ keepAliveTimeout: "100 millis" }))))
})

describe("connection cap", () => {
  it.live("connections above maxConnections are closed unanswered; the others keep being served", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const admitted = yield* Effect.promise(() => Promise.all([1, 2, 3].map(() => connect(server.url))))
      const first = yield* Effect.promise(() =>
        Promise.all(admitted.map((p) => {
          p.socket.write(healthcheck)
          return p.next()
        }))
      )
      expect(first.map((a) => a?.slice(0, 15))).toEqual(["HTTP/1.1 200 OK", "HTTP/1.1 200 OK", "HTTP/1.1 200 OK"])
      const refused = yield* Effect.promise(() =>
        Promise.all([1, 2].map(() =>
          connect(server.url).then((p) => {
            p.socket.write(healthcheck)
            return p.next()
          }, () => "refused")
        ))
      )
      expect(refused.map((a) => a ?? "closed")).toEqual(["closed", "closed"])
      const again = yield* Effect.promise(() =>
        Promise.all(admitted.map((p) => {
          p.socket.write(healthcheck)
          return p.next()
        }))
      )
      expect(again.map((a) => a?.slice(0, 15))).toEqual(["HTTP/1.1 200 OK", "HTTP/1.1 200 OK", "HTTP/1.1 200 OK"])
      expect((yield* server.stats).requests["/healthcheck"]).toBe(6)
      for (const p of admitted) p.socket.destroy()
    }).pipe(Effect.provide(GalileoServer.layer({ maxConnections: 3 }))))
})
