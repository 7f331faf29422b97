/**
 * Hostile input, round 2: the attempt timeout and the deadline cover the whole answer. A server
 * that sends a 2xx's headers and then drips its body one byte at a time must end the call with
 * the typed `Timeout`, on the three platform clients (real node:http server, live clock, tiny
 * timeouts; only the outcome is asserted).
 */
import { NodeHttpClient } from "@effect/platform-node"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Fiber, Layer, Redacted, Schema } from "effect"
import { FetchHttpClient, HttpClient, HttpClientResponse } from "effect/http"
import { TestClock } from "effect/testing"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { AuthService, Contract, Galileo, GalileoConfig, GalileoHttpClient, RetryPolicy } from "../src/index.js"
import * as StubClient from "./support/StubClient.js"

const clients: ReadonlyArray<readonly [string, Layer.Layer<HttpClient.HttpClient>]> = [
  ["fetch", FetchHttpClient.layer],
  ["undici", NodeHttpClient.layerUndici],
  ["node:http", NodeHttpClient.layerNodeHttp]
]

const portOf = (address: string | AddressInfo | null): number =>
  typeof address === "object" && address !== null ? address.port : 0

/** Logins answer at once; every other request gets 200 and `{`, then a space every 5 ms, forever. */
const drippingServer = Effect.acquireRelease(
  Effect.callback<{
    readonly url: string
    readonly stop: () => Promise<void>
    /** Resolves once every dripped answer begun has been closed (the client gave up on it). */
    readonly allClosed: () => Promise<number>
  }>((resume) => {
    const timers = new Set<NodeJS.Timeout>()
    let started = 0
    let closes = 0
    const waiting: Array<(started: number) => void> = []
    const server = createServer((request, response) => {
      request.resume()
      if (request.url === "/v1/login/api_key") {
        response.writeHead(200, { "content-type": "application/json" })
        response.end(
          JSON.stringify({ access_token: StubClient.jwt({ sub: "u", iat: 0, exp: 3600 }), token_type: "bearer" })
        )
        return
      }
      response.writeHead(200, { "content-type": "application/json" })
      response.write("{")
      started++
      const timer = setInterval(() => response.write(" "), 5)
      timers.add(timer)
      response.on("close", () => {
        clearInterval(timer)
        timers.delete(timer)
        closes++
        if (closes === started) { for (const done of waiting.splice(0)) done(started) }
      })
    })
    server.listen(0, "127.0.0.1", () =>
      resume(Effect.succeed({
        url: `http://127.0.0.1:${portOf(server.address())}`,
        allClosed: () =>
          new Promise<number>((done) => {
            if (closes === started) done(started)
            else waiting.push(done)
          }),
        stop: () =>
          new Promise<void>((done) => {
            for (const timer of timers) clearInterval(timer)
            server.closeAllConnections()
            server.close(() => done())
          })
      })))
  }),
  (server) => Effect.promise(server.stop)
)

const Echo = Schema.Struct({ ok: Schema.Boolean })

/** The three ways a 2xx body is read: getJson, sendJson, and client.get + client.decode. */
const calls: ReadonlyArray<
  readonly [string, Effect.Effect<unknown, unknown, GalileoHttpClient.GalileoHttpClient>, string]
> = [
  ["getJson", GalileoHttpClient.getJson("current_user", Contract.CurrentUser), "GET"],
  ["sendJson", GalileoHttpClient.sendJson("POST", "things", Echo, { ok: true }, Echo), "POST"],
  [
    "client.decode",
    Effect.flatMap(
      GalileoHttpClient.GalileoHttpClient,
      (client) => Effect.flatMap(client.get("current_user"), client.decode(Contract.CurrentUser))
    ),
    "GET"
  ]
]

const policies = [
  [
    "the attempt timeout",
    RetryPolicy.make({ maxRetries: 0, attemptTimeout: "150 millis", deadline: "1 minute" }),
    "no answer within 150ms"
  ],
  [
    "the deadline",
    RetryPolicy.make({ maxRetries: 0, attemptTimeout: "1 minute", deadline: "150 millis" }),
    "the overall deadline of 150ms was reached"
  ]
] as const

describe.each(clients)("a 2xx body dripped byte by byte on %s", (_name, client) => {
  for (const [bound, retryPolicy, description] of policies) {
    it.live(`ends in Timeout (${bound}) for getJson, sendJson and client.decode`, () =>
      Effect.gen(function*() {
        const server = yield* drippingServer
        const layer = Galileo.layer(
          { apiKey: Redacted.make("drip-test-key"), baseUrl: server.url, retryPolicy },
          client
        )
        for (const [name, call, method] of calls) {
          const error = yield* Effect.flip(Effect.provide(call, layer))
          expect(error, name).toMatchObject({ _tag: "GalileoTransportError", reason: "Timeout", description, method })
        }
        // each call's answer is ended, not left dripping: the server sees every one it began close
        expect(yield* Effect.promise(server.allClosed)).toBeGreaterThanOrEqual(1)
      }))
  }
})

describe("the body's time bound, by the TestClock", () => {
  /** Every request: 200, then a body whose first chunk never comes. */
  const silentBody = Layer.succeed(
    HttpClient.HttpClient,
    HttpClient.make((request) =>
      Effect.succeed(
        HttpClientResponse.fromWeb(
          request,
          new Response(new ReadableStream({ pull: () => new Promise<void>(() => {}) }), { status: 200 })
        )
      )
    )
  )

  for (const [bound, retryPolicy, description] of policies) {
    it.effect(`a 2xx body that never comes ends in Timeout when ${bound} is reached, not before`, () =>
      Effect.gen(function*() {
        const layer = Layer.effect(GalileoHttpClient.GalileoHttpClient, GalileoHttpClient.make).pipe(
          Layer.provideMerge(Layer.effect(AuthService.AuthService, AuthService.make)),
          Layer.provideMerge(
            GalileoConfig.layer({
              jwt: Redacted.make(StubClient.jwt({ sub: "u", iat: 0, exp: 3600 })),
              baseUrl: "https://galileo.test",
              retryPolicy
            })
          ),
          Layer.provide(silentBody)
        )
        for (const [name, call, method] of calls) {
          const fiber = yield* Effect.forkChild(Effect.flip(Effect.provide(call, layer)))
          yield* TestClock.adjust("149 millis")
          expect(fiber.pollUnsafe(), name).toBeUndefined()
          yield* TestClock.adjust("1 millis")
          const error = yield* Fiber.join(fiber)
          expect(error, name).toMatchObject({ _tag: "GalileoTransportError", reason: "Timeout", description, method })
        }
      }))
  }
})
