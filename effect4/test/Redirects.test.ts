/**
 * Hostile input, round 2: no client follows a redirect (a 3xx is a typed error naming it, and
 * nothing reaches the place it points to), and a compressed body is counted as it inflates.
 * Real node:http servers on 127.0.0.1, the three platform clients.
 */
import { NodeHttpClient } from "@effect/platform-node"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Redacted } from "effect"
import { FetchHttpClient, type HttpClient } from "effect/http"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { createGzip } from "node:zlib"
import { AuthService, Contract, Galileo, GalileoHttpClient, RetryPolicy } from "../src/index.js"
import * as Auth from "./support/Auth.js"
import * as Canary from "./support/Canary.js"
import * as StubClient from "./support/StubClient.js"
import * as TinyServer from "./support/TinyServer.js"

const noRetry = RetryPolicy.make({ maxRetries: 0 })

/** `undefined`: `Galileo.layer`'s default client (fetch). */
const clients: ReadonlyArray<readonly [string, Layer.Layer<HttpClient.HttpClient> | undefined]> = [
  ["fetch (Galileo.layer's default)", undefined],
  ["fetch passed in (FetchHttpClient.layer)", FetchHttpClient.layer],
  [
    "fetch built with a RequestInit that follows redirects",
    Layer.provide(FetchHttpClient.layer, Layer.succeed(FetchHttpClient.RequestInit, { redirect: "follow" }))
  ],
  ["undici", NodeHttpClient.layerUndici],
  ["node:http", NodeHttpClient.layerNodeHttp]
]

const layerOn = (url: string, client: Layer.Layer<HttpClient.HttpClient> | undefined) =>
  Galileo.layer({ apiKey: Redacted.make("redirect-test-key"), baseUrl: url, retryPolicy: noRetry }, client)

const tokenReply = (sub: string, cookie?: string): TinyServer.Reply => ({
  status: 200,
  body: { access_token: StubClient.jwt({ sub, iat: 0, exp: 3600 }), token_type: "bearer" },
  ...(cookie === undefined ? {} : { headers: [["set-cookie", `refresh_token=${cookie}; Path=/; HttpOnly`]] })
})

const redirect = (status: number, location: string): TinyServer.Reply => ({
  status,
  body: { moved: true },
  headers: [["location", location]]
})

const user = { id: "u-1", email: "someone@other.test" }

describe.each(clients)("no redirect is followed on %s", (_name, client) => {
  it.live("a cross-origin 302 from a GET: a typed error naming it, its target receives nothing", () =>
    Effect.gen(function*() {
      const other = yield* TinyServer.make(() => ({ status: 200, body: user }))
      const galileo = yield* TinyServer.make((seen, index) =>
        seen.url === "/v1/login/api_key"
          ? tokenReply(`user-${index}`)
          : redirect(302, `${other.url}/v1/current_user`)
      )
      const error = yield* Effect.flip(GalileoHttpClient.getJson("current_user", Contract.CurrentUser)).pipe(
        Effect.provide(layerOn(galileo.url, client))
      )
      expect(error).toMatchObject({ _tag: "GalileoHttpError", status: 302, method: "GET", path: "/v1/current_user" })
      for (const rendered of Canary.renderings(error)) {
        expect(rendered).not.toContain(other.url)
        expect(rendered).not.toContain("someone@other.test")
      }
      expect((yield* other.requests).length).toBe(0)
      expect((yield* galileo.requests).map((r) => r.url)).toEqual(["/v1/login/api_key", "/v1/current_user"])
    }))

  it.live("a same-origin 302 to a path outside the API URL: the bearer token is not sent there", () =>
    Effect.gen(function*() {
      const galileo = yield* TinyServer.make((seen, index) =>
        seen.url === "/v1/login/api_key"
          ? tokenReply(`user-${index}`)
          : seen.url === "/v1/current_user"
          ? redirect(302, "/elsewhere/current_user")
          : { status: 200, body: user }
      )
      const error = yield* Effect.flip(GalileoHttpClient.getJson("current_user", Contract.CurrentUser)).pipe(
        Effect.provide(layerOn(galileo.url, client))
      )
      expect(error).toMatchObject({ _tag: "GalileoHttpError", status: 302, path: "/v1/current_user" })
      const seen = yield* galileo.requests
      expect(seen.map((r) => r.url)).toEqual(["/v1/login/api_key", "/v1/current_user"])
      expect(seen.filter((r) => r.headers["authorization"] !== undefined).length).toBe(1)
    }))

  it.live("a cross-origin 307 on /refresh_token: the other origin's token is never cached", () =>
    Effect.gen(function*() {
      const other = yield* TinyServer.make(() => tokenReply("other-origin"))
      const galileo = yield* TinyServer.make((seen, index) =>
        seen.url === "/v1/refresh_token"
          ? redirect(307, `${other.url}/v1/refresh_token`)
          : tokenReply(`user-${index}`, "refresh-1")
      )
      const subjects = yield* Effect.gen(function*() {
        const auth = yield* AuthService.AuthService
        const first = yield* auth.login
        const second = yield* auth.login
        return [Auth.subject(first), Auth.subject(second), Auth.subject(yield* auth.token)]
      }).pipe(Effect.provide(layerOn(galileo.url, client)))
      expect(subjects).toEqual(["user-0", "user-2", "user-2"])
      expect((yield* other.requests).length).toBe(0)
      expect((yield* galileo.requests).map((r) => r.url)).toEqual([
        "/v1/login/api_key",
        "/v1/refresh_token",
        "/v1/login/api_key"
      ])
    }))

  it.live("a cross-origin 307 on the login: a typed error, the credential goes nowhere else", () =>
    Effect.gen(function*() {
      const other = yield* TinyServer.make(() => tokenReply("other-origin"))
      const galileo = yield* TinyServer.make(() => redirect(307, `${other.url}/v1/login/api_key`))
      const error = yield* Effect.flip(Effect.flatMap(AuthService.AuthService, (auth) => auth.login)).pipe(
        Effect.provide(layerOn(galileo.url, client))
      )
      expect(error).toMatchObject({ _tag: "GalileoHttpError", status: 307, method: "POST", path: "/v1/login/api_key" })
      expect((yield* other.requests).length).toBe(0)
      expect((yield* galileo.requests).length).toBe(1)
    }))
})

const portOf = (address: string | AddressInfo | null): number =>
  typeof address === "object" && address !== null ? address.port : 0

/** A node:http server answering every request with `body` as is, under `headers`. */
const rawServer = (headers: Record<string, string | number>, body: Buffer, login: () => string) =>
  Effect.acquireRelease(
    Effect.callback<{ readonly url: string; readonly close: (done: () => void) => void }>((resume) => {
      const server = createServer((request, response) => {
        request.resume()
        if (request.url === "/v1/login/api_key") {
          response.writeHead(200, { "content-type": "application/json" })
          response.end(login())
          return
        }
        response.writeHead(200, headers)
        response.end(body)
      })
      server.listen(0, "127.0.0.1", () =>
        resume(Effect.succeed({
          url: `http://127.0.0.1:${portOf(server.address())}`,
          close: (done) => {
            server.closeAllConnections()
            server.close(() => done())
          }
        })))
    }),
    (server) => Effect.callback<void>((resume) => server.close(() => resume(Effect.void)))
  )

/** `size` zero bytes, gzipped, without ever holding them whole. */
const gzipOfZeros = (size: number) =>
  Effect.callback<Buffer>((resume) => {
    const gzip = createGzip({ level: 9 })
    const out: Array<Buffer> = []
    gzip.on("data", (chunk: Buffer) => out.push(chunk))
    gzip.on("end", () => resume(Effect.succeed(Buffer.concat(out))))
    const chunk = Buffer.alloc(1024 * 1024)
    let written = 0
    const write = () => {
      while (written < size) {
        written += chunk.length
        if (!gzip.write(chunk)) return gzip.once("drain", write)
      }
      gzip.end()
    }
    write()
  })

describe("compressed bodies are counted as they inflate", () => {
  it.live("a gzip bomb (255 KB → 256 MiB) under the cap by Content-Length: body-too-large, memory flat", () =>
    Effect.gen(function*() {
      const bomb = yield* gzipOfZeros(256 * 1024 * 1024)
      const cap = 1024 * 1024
      expect(bomb.length).toBeLessThan(cap)
      const server = yield* rawServer(
        { "content-type": "application/json", "content-encoding": "gzip", "content-length": bomb.length },
        bomb,
        () => JSON.stringify(tokenReply("user").body)
      )
      const before = process.memoryUsage()
      let peakRss = before.rss
      let peakExternal = before.external + before.arrayBuffers
      const sample = setInterval(() => {
        const now = process.memoryUsage()
        peakRss = Math.max(peakRss, now.rss)
        peakExternal = Math.max(peakExternal, now.external + now.arrayBuffers)
      }, 1)
      const error = yield* Effect.flip(GalileoHttpClient.getJson("current_user", Contract.CurrentUser)).pipe(
        Effect.provide(
          Galileo.layer({
            apiKey: Redacted.make("bomb-test-key"),
            baseUrl: server.url,
            retryPolicy: noRetry,
            maxResponseBytes: cap
          })
        ),
        Effect.ensuring(Effect.sync(() => clearInterval(sample)))
      )
      const after = process.memoryUsage()
      peakRss = Math.max(peakRss, after.rss)
      expect(error).toMatchObject({
        _tag: "GalileoDecodeError",
        status: 200,
        reason: `the body is larger than ${cap} bytes`,
        path: "/v1/current_user"
      })
      const mib = 1024 * 1024
      expect((peakRss - before.rss) / mib).toBeLessThan(32)
      expect((peakExternal - before.external - before.arrayBuffers) / mib).toBeLessThan(16)
    }))
})
