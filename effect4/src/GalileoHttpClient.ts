/**
 * The authenticated `HttpClient` other Galileo services build on. Every request goes under the
 * API URL (`GalileoConfig.apiUrl`: base URL + path prefix, the same base as the login), with
 * `Authorization: Bearer <token>` from `AuthService` (fetched anew on every attempt),
 * `Accept: application/json` and `X-Galileo-SDK`. A 401 invalidates exactly the token that was
 * sent and replays the request once; idempotent methods retry transient failures under the
 * configured policy; non-2xx answers fail with the tagged `GalileoError`s, naming the request.
 * Bodies are read with the configured cap.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Contract, GalileoHttpClient } from "galileo-effect"
 *
 * // a typed endpoint in one line
 * export const currentUser = GalileoHttpClient.getJson("current_user", Contract.CurrentUser)
 *
 * // or with the client itself
 * export const health = Effect.gen(function*() {
 *   const client = yield* GalileoHttpClient.GalileoHttpClient
 *   return yield* Effect.flatMap(client.get("healthcheck"), client.decode(Contract.Healthcheck))
 * })
 * ```
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as HttpClient from "effect/http/HttpClient"
import * as HttpClientRequest from "effect/http/HttpClientRequest"
import type * as HttpClientResponse from "effect/http/HttpClientResponse"
import * as Layer from "effect/Layer"
import * as Schema from "effect/Schema"
import { AuthService } from "./AuthService.js"
import { GalileoConfig } from "./GalileoConfig.js"
import type { GalileoError } from "./GalileoError.js"
import * as internal from "./internal/httpClient.js"

/**
 * The client: a platform `HttpClient` whose only errors are `GalileoError`s, and `decode`, which
 * reads a 2xx body with the configured cap and decodes it with a Schema.
 *
 * @since 0.2.0
 * @category models
 */
export interface Service extends HttpClient.HttpClient.With<GalileoError> {
  /** Decodes a 2xx answer with `schema` (any other status: its error). */
  readonly decode: <A, R>(
    schema: Schema.Decoder<A, R>
  ) => (response: HttpClientResponse.HttpClientResponse) => Effect.Effect<A, GalileoError, R>
}

/**
 * The service key (a `Context.Service`): `yield* GalileoHttpClient.GalileoHttpClient` gives the
 * {@link Service}.
 *
 * @since 0.1.0
 * @category tags
 */
export class GalileoHttpClient
  extends Context.Service<GalileoHttpClient, Service>()("galileo-effect/GalileoHttpClient")
{}

/**
 * The `X-Galileo-SDK` header value.
 *
 * @since 0.1.0
 * @category constants
 */
export const sdkHeader: string = internal.sdkHeader

/**
 * Builds the client from `GalileoConfig`, `AuthService` and a platform `HttpClient`.
 *
 * @since 0.1.0
 * @category constructors
 */
export const make: Effect.Effect<Service, never, GalileoConfig | AuthService | HttpClient.HttpClient> = Effect.gen(
  function*() {
    return internal.make(yield* GalileoConfig, yield* AuthService, yield* HttpClient.HttpClient)
  }
)

/**
 * The client as a Layer.
 *
 * @since 0.1.0
 * @category layers
 */
export const layer: Layer.Layer<GalileoHttpClient, never, GalileoConfig | AuthService | HttpClient.HttpClient> = Layer
  .effect(GalileoHttpClient, make)

/**
 * `GET path` (under the API URL) and decode the answer with `schema`.
 *
 * @example
 * ```ts
 * import { Contract, GalileoHttpClient } from "galileo-effect"
 *
 * export const health = GalileoHttpClient.getJson("healthcheck", Contract.Healthcheck)
 * ```
 * @since 0.1.0
 * @category accessors
 */
export const getJson = <A, R>(
  path: string,
  schema: Schema.Decoder<A, R>
): Effect.Effect<A, GalileoError, GalileoHttpClient | R> =>
  Effect.flatMap(GalileoHttpClient, (client) => internal.executeDecode(client, HttpClientRequest.get(path), schema))

/**
 * Encodes `body` with `requestSchema` (a bad body fails with a `SchemaError` before any request),
 * sends it with `method` to `path`, and decodes the answer with `responseSchema`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { GalileoHttpClient } from "galileo-effect"
 *
 * const Project = Schema.Struct({ id: Schema.String, name: Schema.String })
 * export const create = GalileoHttpClient.sendJson("POST", "projects", Schema.Struct({ name: Schema.String }), {
 *   name: "demo"
 * }, Project)
 * ```
 * @since 0.1.0
 * @category accessors
 */
export const sendJson = <A, R, B, J, R2>(
  method: "POST" | "PUT" | "PATCH" | "DELETE",
  path: string,
  requestSchema: Schema.Codec<B, J, unknown, R2>,
  body: B,
  responseSchema: Schema.Decoder<A, R>
): Effect.Effect<A, GalileoError | Schema.SchemaError, GalileoHttpClient | R | R2> =>
  Effect.gen(function*() {
    const client = yield* GalileoHttpClient
    const encoded = yield* Schema.encodeEffect(requestSchema)(body)
    const request = HttpClientRequest.bodyJsonUnsafe(HttpClientRequest.make(method)(path), encoded)
    return yield* internal.executeDecode(client, request, responseSchema)
  })
