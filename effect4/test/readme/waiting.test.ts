import { describe, expect, it } from "@effect/vitest"
import { Effect, Fiber, Layer, Redacted, Ref } from "effect"
import { HttpClient, HttpClientResponse } from "effect/http"
import { TestClock } from "effect/testing"
import { AuthService, GalileoConfig, GalileoHttpClient, RetryPolicy, SystemService } from "galileo-effect"
import { Fault, GalileoServer, GalileoTest } from "galileo-effect/testing"

const currentUser = Effect.flatMap(SystemService.SystemService, (system) => system.currentUser)

describe("a retry policy that waits", () => {
  // Requests on real sockets: the waits run on the real clock (the default policy's are under a second).
  it.live("against the embedded server: on the real clock", () =>
    Effect.gen(function*() {
      const server = yield* GalileoServer.GalileoServer
      yield* server.inject(Fault.unavailable(), { times: 2, path: "/v1/current_user" })
      yield* currentUser
      expect((yield* server.stats).requests["/v1/current_user"]).toBe(3)
    }).pipe(
      Effect.provide(SystemService.SystemService.Default),
      Effect.provide(GalileoTest.layer({ client: { retryPolicy: RetryPolicy.defaultPolicy } }))
    ))

  // Answers from memory: nothing waits outside Effect, so fork the call and move the TestClock past its waits.
  it.effect("against an in-memory HttpClient: TestClock.adjust after forking the call", () =>
    Effect.gen(function*() {
      const sent = yield* Ref.make(0)
      const client = HttpClient.make((request) =>
        Effect.map(Ref.getAndUpdate(sent, (n) => n + 1), (n) =>
          HttpClientResponse.fromWeb(
            request,
            Response.json({ id: "u-1", email: "spec@example.com", role: "user" }, { status: n < 2 ? 503 : 200 })
          ))
      )
      const fiber = yield* Effect.forkChild(currentUser.pipe(
        Effect.provide(SystemService.SystemService.Default),
        Effect.provide(GalileoHttpClient.layer),
        Effect.provide(GalileoConfig.layer({
          apiKey: Redacted.make("unused"),
          baseUrl: "https://galileo.test",
          retryPolicy: RetryPolicy.defaultPolicy
        })),
        Effect.provide(AuthService.layerTest()),
        Effect.provide(Layer.succeed(HttpClient.HttpClient, client))
      ))
      yield* TestClock.adjust("1 second") // the default policy's first two waits: at most 150 + 300 ms
      expect((yield* Fiber.join(fiber)).email).toBe("spec@example.com")
      expect(yield* Ref.get(sent)).toBe(3)
    }))
})
