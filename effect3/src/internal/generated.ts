/**
 * The one adapter between a generated API group (`src/generated/<Group>.ts`, whose `make` takes a
 * platform `HttpClient`) and the library: each call runs on `GalileoHttpClient`, so it gets the
 * login, refresh-ahead, the 401 replay, retries by method, spans and the tagged errors.
 *
 * - the request goes out through `GalileoHttpClient`'s `execute` (the API URL, the token, the
 *   retry policy, status → `GalileoError`); its `GalileoError` travels through the generated code
 *   as the `cause` of a platform `RequestError` and comes out as itself;
 * - a multipart body goes out as bytes (every platform client sends those);
 * - a 2xx body is read with `GalileoHttpClient`'s `decode` (the body cap, within what remains of
 *   the attempt's bound) and handed to the generated decoder already read;
 * - the generated decoder's `ParseError` becomes a `GalileoDecodeError` naming the request, by
 *   paths only (no value of the body).
 *
 * @internal
 */
import * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientError from "@effect/platform/HttpClientError"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Effect from "effect/Effect"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import {
  GalileoDecodeError,
  type GalileoError,
  GalileoHttpError,
  GalileoTransportError,
  isGalileoError
} from "../GalileoError.js"
import { GalileoHttpClient, type Service } from "../GalileoHttpClient.js"
import * as Answer from "./response.js"

/** Runs one operation of a generated API group on `GalileoHttpClient`. */
export interface Call<Api> {
  <A, E>(operation: (api: Api) => Effect.Effect<A, E>): Effect.Effect<A, GalileoError>
}

/** A path parameter as one URL segment: `/`, `?`, `#` and `%` in an id cannot change the route. */
export const segment = (value: string): string => encodeURIComponent(value)

/** No body to read: the generated code reads none (or fails to decode an empty one). */
const noBody = (response: HttpClientResponse.HttpClientResponse): boolean =>
  response.status === 204 || response.status === 205 || response.headers["content-length"] === "0"

/** A 2xx answer with its body read under the cap and the attempt's bound, as a response again. */
const readAnswer = (client: Service, response: HttpClientResponse.HttpClientResponse) =>
  noBody(response)
    ? Effect.succeed(response)
    : Effect.map(client.decode(Schema.Unknown)(response), (json) =>
      HttpClientResponse.fromWeb(
        response.request,
        new globalThis.Response(JSON.stringify(json), {
          status: response.status,
          headers: Object.entries(response.headers)
        })
      ))

/**
 * A multipart body as bytes with its `Content-Type` (boundary included): every platform client
 * sends that, where the undici one refuses the global `FormData` (on Node 20, its bundled undici
 * and the `undici` package disagree on the class).
 */
const encodeForm = (
  request: HttpClientRequest.HttpClientRequest
): Effect.Effect<HttpClientRequest.HttpClientRequest, HttpClientError.RequestError> => {
  const body = request.body
  if (body._tag !== "FormData") return Effect.succeed(request)
  const encoded = new globalThis.Response(body.formData)
  return Effect.tryPromise({
    try: () => encoded.arrayBuffer(),
    catch: (cause) => new HttpClientError.RequestError({ request, reason: "Encode", cause })
  }).pipe(
    Effect.map((bytes) =>
      HttpClientRequest.bodyUint8Array(
        request,
        new Uint8Array(bytes),
        encoded.headers.get("content-type") ?? "multipart/form-data"
      )
    )
  )
}

/** What the generated code failed with, as the library's error. */
const toGalileoError = (
  error: unknown,
  answered: HttpClientResponse.HttpClientResponse | undefined
): GalileoError => {
  if (isGalileoError(error)) return error
  if (HttpClientError.isHttpClientError(error) && isGalileoError(error.cause)) return error.cause
  const status = answered?.status ?? 0
  const where = answered === undefined ? {} : Answer.requestInfo(answered.request)
  if (ParseResult.isParseError(error)) {
    return new GalileoDecodeError({ status, reason: Answer.describeParseError(error), ...where })
  }
  if (HttpClientError.isHttpClientError(error)) {
    return error._tag === "ResponseError"
      ? new GalileoDecodeError({ status, reason: `the contract lists no ${status} answer for this call`, ...where })
      : new GalileoTransportError({
        reason: "Transport",
        description: "the request failed",
        ...Answer.requestInfo(error.request)
      })
  }
  // a generated error answer (422): GalileoHttpClient fails every non-2xx answer before it
  return new GalileoHttpError({ status, body: "", ...where })
}

/**
 * The calls of a generated group: each builds the group's client on a platform `HttpClient` of
 * its own that sends through `GalileoHttpClient` (so concurrent calls share nothing but it).
 */
export const caller = <Api>(
  make: (httpClient: HttpClient.HttpClient) => Api
): Effect.Effect<Call<Api>, never, GalileoHttpClient> =>
  Effect.map(GalileoHttpClient, (client): Call<Api> => (operation) =>
    Effect.suspend(() => {
      let answered: HttpClientResponse.HttpClientResponse | undefined
      const send = (request: HttpClientRequest.HttpClientRequest) =>
        client.execute(request).pipe(
          Effect.flatMap((response) => {
            answered = response
            return readAnswer(client, response)
          }),
          Effect.mapError((cause) => new HttpClientError.RequestError({ request, reason: "Transport", cause }))
        )
      const http = HttpClient.makeWith<never, never, HttpClientError.HttpClientError, never>(
        (request) => Effect.flatMap(Effect.flatMap(request, encodeForm), send),
        Effect.succeed
      )
      return Effect.mapError(operation(make(http)), (error) => toGalileoError(error, answered))
    }))
