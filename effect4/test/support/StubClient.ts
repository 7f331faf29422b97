/**
 * A real platform `HttpClient` whose transport is a function: each request gets the next
 * scripted answer, as an in-memory response (its body is read with `Effect.succeed`, never
 * through a Promise), so a spec drives everything with the Effect scheduler and `TestClock`:
 * `Effect.fork` → `TestClock.adjust` → `Fiber.join`.
 */
import { Clock, type Duration, Effect, Inspectable, Layer, Option, Ref, type Schema, Stream } from "effect"
import {
  Cookies,
  Headers,
  HttpClient,
  HttpClientError,
  type HttpClientRequest,
  HttpClientResponse,
  HttpIncomingMessage,
  UrlParams
} from "effect/http"
import type * as Socket from "effect/socket/Socket"

export interface Reply {
  readonly status: number
  readonly body?: unknown
  readonly text?: string
  readonly headers?: Record<string, string>
  /** `Set-Cookie` header values. */
  readonly setCookies?: ReadonlyArray<string>
  /** Answer only after this long (by the Clock, so TestClock drives it). */
  readonly after?: Duration.Input
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

const utf8 = new TextEncoder()

/**
 * An `HttpClientResponse` over bytes in memory: every body accessor is a pure Effect and the
 * stream is one chunk, so reading it needs no event-loop turn.
 */
export class InMemoryResponse extends Inspectable.Class implements HttpClientResponse.HttpClientResponse {
  readonly [HttpClientResponse.TypeId]: typeof HttpClientResponse.TypeId = HttpClientResponse.TypeId
  readonly [HttpIncomingMessage.TypeId]: typeof HttpIncomingMessage.TypeId = HttpIncomingMessage.TypeId
  readonly headers: Headers.Headers
  readonly cookies: Cookies.Cookies
  readonly remoteAddress: Option.Option<string> = Option.none()
  private readonly bytes: Uint8Array<ArrayBuffer>

  constructor(
    readonly request: HttpClientRequest.HttpClientRequest,
    readonly status: number,
    private readonly body: string,
    headers: Record<string, string> = {},
    setCookies: ReadonlyArray<string> = []
  ) {
    super()
    this.bytes = utf8.encode(body)
    this.headers = Headers.fromInput(headers)
    this.cookies = Cookies.fromSetCookie(setCookies)
  }

  get url(): string {
    return this.request.url
  }

  private decodeError(cause: unknown) {
    return new HttpClientError.HttpClientError({
      reason: new HttpClientError.DecodeError({ request: this.request, response: this, cause })
    })
  }

  get text(): Effect.Effect<string, HttpClientError.HttpClientError> {
    return Effect.succeed(this.body)
  }

  get json(): Effect.Effect<Schema.Json, HttpClientError.HttpClientError> {
    return Effect.try({
      try: (): Schema.Json => this.body === "" ? null : JSON.parse(this.body),
      catch: (cause) => this.decodeError(cause)
    })
  }

  get urlParamsBody(): Effect.Effect<UrlParams.UrlParams, HttpClientError.HttpClientError> {
    return Effect.succeed(UrlParams.fromInput(new URLSearchParams(this.body)))
  }

  get arrayBuffer(): Effect.Effect<ArrayBuffer, HttpClientError.HttpClientError> {
    return Effect.sync(() => this.bytes.slice().buffer)
  }

  get stream(): Stream.Stream<Uint8Array, HttpClientError.HttpClientError> {
    return Stream.succeed(this.bytes.slice())
  }

  get formData(): Effect.Effect<FormData, HttpClientError.HttpClientError> {
    return Effect.fail(this.decodeError(new Error("a stub response has no form data")))
  }

  get upgrade(): Effect.Effect<Socket.Socket, HttpClientError.HttpClientError> {
    return Effect.fail(this.decodeError(new Error("a stub response cannot be upgraded")))
  }

  pipe(...fns: ReadonlyArray<(a: unknown) => unknown>): unknown {
    return fns.reduce((acc: unknown, f) => f(acc), this)
  }

  toJSON(): unknown {
    return { _id: "InMemoryResponse", request: this.request.toJSON(), status: this.status }
  }
}

const respond = (
  request: HttpClientRequest.HttpClientRequest,
  answer: Answer,
  at: number
): Effect.Effect<HttpClientResponse.HttpClientResponse, HttpClientError.HttpClientError> => {
  if (typeof answer === "function") return respond(request, answer(at), at)
  if (answer === "transport-error") {
    return Effect.fail(
      new HttpClientError.HttpClientError({
        reason: new HttpClientError.TransportError({ request, cause: new Error("ECONNRESET") })
      })
    )
  }
  if (answer === "hang") return Effect.never
  const text = answer.text ?? JSON.stringify(answer.body ?? {})
  const response = new InMemoryResponse(
    request,
    answer.status,
    text,
    { "content-type": "application/json", ...answer.headers },
    answer.setCookies
  )
  return answer.after === undefined ? Effect.succeed(response) : Effect.as(Effect.sleep(answer.after), response)
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

/** The body a request carried, as text (`""` when it had none). */
export const bodyText = (request: HttpClientRequest.HttpClientRequest): string => {
  const body = request.body
  if (body._tag === "Uint8Array") return new TextDecoder().decode(body.body)
  return ""
}
