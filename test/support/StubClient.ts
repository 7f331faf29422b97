/**
 * A real platform `HttpClient` whose transport is a function: each request gets the next
 * scripted answer. For unit tests that drive time with `TestClock`.
 */
import { HttpClient, HttpClientError, HttpClientResponse } from "@effect/platform"
import type { HttpClientRequest } from "@effect/platform"
import { Clock, type Duration, Effect, Layer, Ref } from "effect"

export interface Reply {
  readonly status: number
  readonly body?: unknown
  readonly text?: string
  readonly headers?: Record<string, string>
  /** Answer only after this long (by the Clock, so TestClock drives it). */
  readonly after?: Duration.DurationInput
}

export type Answer =
  | Reply
  | ((at: number) => Reply)
  | "transport-error"
  | "hang"

export interface Stub {
  readonly client: HttpClient.HttpClient
  /** The requests seen, with the Clock time each one was sent at. */
  readonly requests: Effect.Effect<ReadonlyArray<Sent>>
}

export interface Sent {
  readonly request: HttpClientRequest.HttpClientRequest
  readonly at: number
}

const respond = (request: HttpClientRequest.HttpClientRequest, answer: Answer, at: number) => {
  if (typeof answer === "function") return respond(request, answer(at), at)
  if (answer === "transport-error") {
    return Effect.fail(
      new HttpClientError.RequestError({ request, reason: "Transport", cause: new Error("ECONNRESET") })
    )
  }
  if (answer === "hang") return Effect.never
  const text = answer.text ?? JSON.stringify(answer.body ?? {})
  return Effect.delay(
    Effect.sync(() =>
      HttpClientResponse.fromWeb(
        request,
        new Response(text, {
          status: answer.status,
          headers: { "content-type": "application/json", ...answer.headers }
        })
      )
    ),
    answer.after ?? 0
  )
}

/** A stub answering with `answers` in order; the last one repeats. */
export const make = (answers: ReadonlyArray<Answer>): Effect.Effect<Stub> =>
  Effect.map(Ref.make<ReadonlyArray<Sent>>([]), (log) => ({
    requests: Ref.get(log),
    client: HttpClient.make((request) =>
      Clock.currentTimeMillis.pipe(
        Effect.flatMap((at) => Ref.modify(log, (seen) => [[seen.length, at], [...seen, { request, at }]] as const)),
        Effect.flatMap(([n, at]) => respond(request, answers[Math.min(n, answers.length - 1)] ?? { status: 500 }, at))
      )
    )
  }))

/** A stub as an `HttpClient` Layer, plus access to what it saw. */
export const layer = (stub: Stub): Layer.Layer<HttpClient.HttpClient> =>
  Layer.succeed(HttpClient.HttpClient, stub.client)

/** A compact unsigned JWT with the given claims (the client does not check signatures). */
export const jwt = (claims: Record<string, unknown>): string =>
  `${Buffer.from("{\"alg\":\"HS256\"}").toString("base64url")}.${
    Buffer.from(JSON.stringify(claims)).toString("base64url")
  }.c2lnbmF0dXJl`
