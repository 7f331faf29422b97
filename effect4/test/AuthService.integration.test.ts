import { describe, expect, it } from "@effect/vitest"
import { DateTime, Duration, Effect, Exit, Fiber, Layer, Option, Redacted } from "effect"
import { AuthService, GalileoConfig, RetryPolicy } from "../src/index.js"
import { Fault, GalileoServer } from "../src/testing/index.js"
import * as Live from "./support/Live.js"

/** The `sub` claim of a JWT, read by the test (the client no longer reads it). */
const subjectOf = (token: { readonly value: Redacted.Redacted<string> }): unknown =>
  JSON.parse(Buffer.from(Redacted.value(token.value).split(".")[1] ?? "", "base64url").toString("utf8")).sub

const loginPath = "/v1/login/api_key"

describe.each(Live.clients)("AuthService against the embedded server over %s", (_name, client) => {
  const provide = Live.provide(client)

  it.live("logs in and decodes a real JWT", () =>
    Effect.gen(function*() {
      const { auth, server } = yield* Live.withAuth()
      const before = yield* DateTime.now
      const token = yield* auth.login
      const after = yield* DateTime.now
      expect(token.type).toBe("bearer")
      expect(Redacted.value(token.value).split(".").length).toBe(3)
      expect(subjectOf(token)).toMatch(/^user-/)
      // an hour (exp - iat) after it was received, somewhere between the two readings
      const expiresAt = DateTime.toEpochMillis(Option.getOrThrow(token.expiresAt))
      expect(expiresAt).toBeGreaterThanOrEqual(DateTime.toEpochMillis(before) + 3_600_000)
      expect(expiresAt).toBeLessThanOrEqual(DateTime.toEpochMillis(after) + 3_600_000)
      expect((yield* server.stats).logins).toBe(1)
    }).pipe(provide))

  it.live("maps a wrong key to GalileoUnauthorized without retrying", () =>
    Effect.gen(function*() {
      const { auth, server } = yield* Live.withAuth({ apiKey: "wrong-key" })
      const error = yield* Effect.flip(auth.login)
      expect(error._tag).toBe("GalileoUnauthorized")
      expect(error._tag === "GalileoUnauthorized" && error.status).toBe(401)
      expect(error._tag === "GalileoUnauthorized" && error.detail).toBe("Invalid API key")
      expect((yield* server.stats).refusedLogins).toBe(1)
      expect((yield* server.stats).requests[loginPath]).toBe(1)
    }).pipe(provide))

  it.live("absorbs 503, 503 with retries: three attempts", () =>
    Effect.gen(function*() {
      const { auth, server } = yield* Live.withAuth()
      yield* server.inject(Fault.unavailable(), { times: 2 })
      yield* auth.login
      expect((yield* server.stats).requests[loginPath]).toBe(3)
      expect((yield* server.stats).logins).toBe(1)
    }).pipe(provide))

  it.live("persistent 500s end in GalileoHttpError after 4 attempts", () =>
    Effect.gen(function*() {
      const { auth, server } = yield* Live.withAuth()
      yield* server.inject(Fault.status(500, { detail: "boom" }), { times: 10 })
      const error = yield* Effect.flip(auth.login)
      expect(error).toMatchObject({ _tag: "GalileoHttpError", status: 500, body: "{\"detail\":\"boom\"}" })
      expect((yield* server.stats).requests[loginPath]).toBe(4)
    }).pipe(provide))

  it.live("Retry-After beyond the deadline fails at once with it", () =>
    Effect.gen(function*() {
      const { auth, server } = yield* Live.withAuth()
      yield* server.inject(Fault.tooManyRequests("3600"))
      const error = yield* Effect.flip(auth.login)
      expect(error).toMatchObject({ _tag: "GalileoHttpError", status: 429, retryAfter: Duration.hours(1) })
      expect((yield* server.stats).requests[loginPath]).toBe(1)
    }).pipe(provide))

  it.live("a 422 carries every decoded FastAPI detail entry", () =>
    Effect.gen(function*() {
      const { auth, server } = yield* Live.withAuth()
      yield* server.inject(Fault.status(422, {
        detail: [
          { type: "missing", loc: ["body", "api_key"], msg: "Field required", input: { x: 1 }, url: "https://e" },
          { type: "json_invalid", loc: ["body", 1], msg: "JSON decode error", input: {}, ctx: { error: "Expecting" } }
        ]
      }))
      const error = yield* Effect.flip(auth.login)
      expect(error._tag).toBe("GalileoValidationError")
      expect(error._tag === "GalileoValidationError" && error.detail).toEqual([
        { type: "missing", loc: ["body", "api_key"], msg: "Field required" },
        { type: "json_invalid", loc: ["body", 1], msg: "JSON decode error" }
      ])
      expect(error.message).toBe(
        "Galileo rejected the request (POST /v1/login/api_key) with 422: body.api_key: Field required; body.1: JSON decode error"
      )
      expect((yield* server.stats).requests[loginPath]).toBe(1)
    }).pipe(provide))

  it.live("a 422 with a string detail is kept as its description, with no made-up entry", () =>
    Effect.gen(function*() {
      const { auth, server } = yield* Live.withAuth()
      yield* server.inject(Fault.status(422, { detail: "Unprocessable" }))
      const error = yield* Effect.flip(auth.login)
      expect(error).toMatchObject({ _tag: "GalileoValidationError", detail: [], description: "Unprocessable" })
      expect(error.message).toBe("Galileo rejected the request (POST /v1/login/api_key) with 422: Unprocessable")
    }).pipe(provide))

  it.live("2xx bodies that are not a Token are GalileoDecodeErrors, never cached", () =>
    Effect.gen(function*() {
      const { auth, server } = yield* Live.withAuth()
      const cases: ReadonlyArray<readonly [Fault.Fault, string]> = [
        [Fault.malformedJson, "the body is not JSON"],
        [Fault.nonJson, "the body is not JSON"],
        [Fault.okJson({ token_type: "bearer" }), "access_token is missing"],
        [Fault.okJson({ access_token: 42 }), "access_token has the wrong type"],
        [Fault.okJson(["not", "an", "object"]), "the body has the wrong type"],
        [Fault.okJson({ access_token: "x".repeat(2 * 1024 * 1024) }), "the body is larger than 1048576 bytes"]
      ]
      for (const [fault, reason] of cases) {
        yield* server.inject(fault)
        const error = yield* Effect.flip(auth.token)
        expect(error).toMatchObject({ _tag: "GalileoDecodeError", status: 200, reason })
      }
      const token = yield* auth.token
      expect(subjectOf(token)).toMatch(/^user-/)
      expect((yield* server.stats).requests[loginPath]).toBe(cases.length + 1)
    }).pipe(provide))

  it.live("issued tokens that are not bearer tokens are refused at login and never cached", () =>
    Effect.gen(function*() {
      const { auth, server } = yield* Live.withAuth({ retryPolicy: RetryPolicy.none })
      const cases: ReadonlyArray<readonly [string, string]> = [
        ["", "the access token is empty"],
        ["abc\r\nX-Injected: 1", "the access token has characters a bearer token cannot hold"],
        ["two words", "the access token has characters a bearer token cannot hold"],
        ["x".repeat(16 * 1024 + 1), "the access token is longer than 16384 characters"]
      ]
      for (const [value, reason] of cases) {
        yield* server.inject(Fault.okJson({ access_token: value, token_type: "bearer" }))
        const error = yield* Effect.flip(auth.token)
        expect(error).toMatchObject({
          _tag: "GalileoDecodeError",
          status: 200,
          reason,
          method: "POST",
          path: loginPath
        })
        expect(error.message).not.toContain("X-Injected")
      }
      const token = yield* auth.token
      expect(Redacted.value(token.value).split(".").length).toBe(3)
      expect((yield* server.stats).requests[loginPath]).toBe(cases.length + 1)
    }).pipe(provide))

  it.live("an HTML error page is a GalileoHttpError with a bounded excerpt", () =>
    Effect.gen(function*() {
      const { auth, server } = yield* Live.withAuth({ retryPolicy: RetryPolicy.none })
      yield* server.inject(Fault.htmlPage(502))
      const error = yield* Effect.flip(auth.login)
      expect(error).toMatchObject({
        _tag: "GalileoHttpError",
        status: 502,
        body: "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
      })
    }).pipe(provide))

  it.live("keeps at most 512 characters of a large error body", () =>
    Effect.gen(function*() {
      const { auth, server } = yield* Live.withAuth({ retryPolicy: RetryPolicy.none })
      yield* server.inject(Fault.status(400, { detail: "y".repeat(5 * 1024 * 1024) }))
      const error = yield* Effect.flip(auth.login)
      expect(error._tag === "GalileoHttpError" && error.body.length).toBe(512)
    }).pipe(provide))

  it.live("a dropped connection is a GalileoTransportError once retries are spent", () =>
    Effect.gen(function*() {
      const { auth, server } = yield* Live.withAuth()
      yield* server.inject(Fault.Reset(), { times: 4 })
      const error = yield* Effect.flip(auth.login)
      expect(error).toMatchObject({ _tag: "GalileoTransportError", reason: "Transport" })
      expect((yield* server.stats).requests[loginPath]).toBe(4)
      yield* server.inject(Fault.ResetMidBody(), { times: 4 })
      const midBody = yield* Effect.flip(auth.login)
      expect(midBody).toMatchObject({ _tag: "GalileoTransportError", reason: "Transport" })
      yield* server.inject(Fault.Reset())
      yield* auth.login
    }).pipe(provide))

  it.live("a server that never answers times out per attempt", () =>
    Effect.gen(function*() {
      const { auth, server } = yield* Live.withAuth({
        retryPolicy: RetryPolicy.make({
          baseDelay: "2 millis",
          maxDelay: "10 millis",
          attemptTimeout: Duration.millis(150),
          maxRetries: 1
        })
      })
      yield* server.inject(Fault.Hang(), { times: 2 })
      const error = yield* Effect.flip(auth.login)
      expect(error).toMatchObject({ _tag: "GalileoTransportError", reason: "Timeout" })
      expect((yield* server.stats).requests[loginPath]).toBe(2)
    }).pipe(provide))

  it.live("1,000 concurrent cold token calls cause one POST", () =>
    Effect.gen(function*() {
      const { auth, server } = yield* Live.withAuth()
      yield* server.inject(Fault.delay("50 millis"))
      const tokens = yield* Effect.forEach(Array.from({ length: 1000 }), () => auth.token, { concurrency: "unbounded" })
      expect(new Set(tokens.map((t) => Redacted.value(t.value))).size).toBe(1)
      expect((yield* server.stats).requests[loginPath]).toBe(1)
    }).pipe(provide))

  it.live("the legacy path without /v1 works with pathPrefix \"\"", () =>
    Effect.gen(function*() {
      const { auth, server } = yield* Live.withAuth({ baseUrl: (url) => `${url}/`, pathPrefix: "" })
      yield* auth.login
      expect((yield* server.stats).requests["/login/api_key"]).toBe(1)
    }).pipe(provide))
})

describe("AuthService layers", () => {
  it.live("bad configuration fails the Layer with zero requests sent", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      const exits = yield* Effect.forEach(
        [Redacted.make(""), Redacted.make("k\u0007"), Redacted.make("x".repeat(5000))],
        (apiKey) =>
          Effect.exit(
            Effect.scoped(
              Layer.build(AuthService.layer.pipe(Layer.provide(GalileoConfig.layer({ apiKey, baseUrl: server.url }))))
            )
          )
      )
      expect(exits.every(Exit.isFailure)).toBe(true)
      const badUrl = yield* Effect.exit(
        Effect.scoped(
          Layer.build(
            AuthService.layer.pipe(
              Layer.provide(GalileoConfig.layer({ apiKey: Redacted.make("k"), baseUrl: "http://example.com" }))
            )
          )
        )
      )
      expect(Exit.isFailure(badUrl)).toBe(true)
      expect((yield* server.stats).requests).toEqual({})
    }).pipe(Live.provide(Live.clients[0]![1])))

  it.live("closing the scope interrupts an in-flight login and leaves nothing running", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      yield* server.inject(Fault.Hang())
      const exit = yield* Effect.scoped(Effect.gen(function*() {
        const { auth } = yield* Live.withAuth()
        return yield* Effect.forkChild(auth.token)
      })).pipe(Effect.flatMap(Fiber.await))
      expect(Exit.hasInterrupts(exit)).toBe(true)
    }).pipe(Live.provide(Live.clients[1]![1])))
})
