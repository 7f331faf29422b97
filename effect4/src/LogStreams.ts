/**
 * Galileo's log streams (where a project's traces are logged) as a service: list, create, get,
 * update, delete and search, per project. Every call runs on `GalileoHttpClient` (login, token
 * refresh, the 401 replay, retries of idempotent methods, the body cap, spans) and fails only
 * with `GalileoError`s: a 422 is a `GalileoValidationError` with the server's `detail`. The
 * schemas are the generated contract's, re-exported here under short names.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Galileo } from "galileo-effect"
 * import * as LogStreams from "galileo-effect/LogStreams"
 *
 * export const program = (projectId: string) =>
 *   Effect.flatMap(LogStreams.LogStreams, (logStreams) => logStreams.create(projectId, { name: "production" })).pipe(
 *     Effect.provide(LogStreams.layer),
 *     Effect.provide(Galileo.layerConfig())
 *   )
 * ```
 * @since 1.0.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type { GalileoError } from "./GalileoError.js"
import type { GalileoHttpClient } from "./GalileoHttpClient.js"
import * as Api from "./generated/LogStreams.js"
import { caller, segment } from "./internal/generated.js"

/**
 * A log stream (`LogStreamResponse`).
 *
 * @since 1.0.0
 * @category schemas
 */
export { LogStreamResponse as LogStream } from "./generated/LogStreams.js"

/**
 * What creates, updates and searches log streams, and a page of a search's answer.
 *
 * @since 1.0.0
 * @category schemas
 */
export {
  ListLogStreamResponse as LogStreamsPage,
  LogStreamCreateRequest,
  LogStreamSearchRequest,
  LogStreamUpdateRequest
} from "./generated/LogStreams.js"

/**
 * The log streams API. Ids are sent as one path segment each.
 *
 * @since 1.0.0
 * @category models
 */
export interface Service {
  /** `GET /projects/{project_id}/log_streams` (with span and trace counts when `include_counts`). */
  readonly list: (
    projectId: string,
    options?: typeof Api.ListLogStreamsProjectsProjectIdLogStreamsGetParams.Encoded
  ) => Effect.Effect<ReadonlyArray<Api.LogStreamResponse>, GalileoError>
  /** `POST /projects/{project_id}/log_streams` */
  readonly create: (
    projectId: string,
    logStream: typeof Api.LogStreamCreateRequest.Encoded
  ) => Effect.Effect<Api.LogStreamResponse, GalileoError>
  /** `GET /projects/{project_id}/log_streams/{log_stream_id}` */
  readonly get: (projectId: string, logStreamId: string) => Effect.Effect<Api.LogStreamResponse, GalileoError>
  /** `PUT /projects/{project_id}/log_streams/{log_stream_id}` */
  readonly update: (
    projectId: string,
    logStreamId: string,
    update: typeof Api.LogStreamUpdateRequest.Encoded
  ) => Effect.Effect<Api.LogStreamResponse, GalileoError>
  /** `DELETE /projects/{project_id}/log_streams/{log_stream_id}` (204) */
  readonly delete: (projectId: string, logStreamId: string) => Effect.Effect<void, GalileoError>
  /** `POST /projects/{project_id}/log_streams/search`: one page of the log streams matching `search`. */
  readonly search: (
    projectId: string,
    search: typeof Api.LogStreamSearchRequest.Encoded
  ) => Effect.Effect<Api.ListLogStreamResponse, GalileoError>
}

/**
 * The service key (a `Context.Service`).
 *
 * @since 1.0.0
 * @category tags
 */
export class LogStreams extends Context.Service<LogStreams, Service>()("galileo-effect/LogStreams") {}

/**
 * Builds the service on the `GalileoHttpClient` in context.
 *
 * @since 1.0.0
 * @category constructors
 */
export const make: Effect.Effect<Service, never, GalileoHttpClient> = Effect.map(
  caller(Api.make),
  (call): Service => ({
    list: (projectId, options) =>
      call((api) => api.listLogStreamsProjectsProjectIdLogStreamsGet(segment(projectId), { params: options })),
    create: (projectId, logStream) =>
      call((api) => api.createLogStreamProjectsProjectIdLogStreamsPost(segment(projectId), { payload: logStream })),
    get: (projectId, logStreamId) =>
      call((api) =>
        api.getLogStreamProjectsProjectIdLogStreamsLogStreamIdGet(segment(projectId), segment(logStreamId), undefined)
      ),
    update: (projectId, logStreamId, update) =>
      call((api) =>
        api.updateLogStreamProjectsProjectIdLogStreamsLogStreamIdPut(segment(projectId), segment(logStreamId), {
          payload: update
        })
      ),
    delete: (projectId, logStreamId) =>
      call((api) =>
        api.deleteLogStreamProjectsProjectIdLogStreamsLogStreamIdDelete(
          segment(projectId),
          segment(logStreamId),
          undefined
        )
      ),
    search: (projectId, search) =>
      call((api) => api.searchLogStreamsProjectsProjectIdLogStreamsSearchPost(segment(projectId), { payload: search }))
  })
)

/**
 * The service as a Layer: it needs `GalileoHttpClient` (e.g. from `Galileo.layerConfig()`).
 *
 * @since 1.0.0
 * @category layers
 */
export const layer: Layer.Layer<LogStreams, never, GalileoHttpClient> = Layer.effect(LogStreams, make)
