/**
 * Galileo's traces and spans as a service: log (ingest) traces and spans, search and count
 * them, get one trace or span, update and delete them, per project. Every call runs on
 * `GalileoHttpClient` (login, token refresh, the 401 replay, retries of idempotent methods, the
 * body cap, spans) and fails only with `GalileoError`s: a 422 is a `GalileoValidationError` with
 * the server's `detail`. Ingestion is a POST: it is not retried unless `retryNonIdempotent`. The
 * schemas are the generated contract's, re-exported here under short names.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Galileo } from "galileo-effect"
 * import * as Traces from "galileo-effect/Traces"
 *
 * export const program = (projectId: string, logStreamId: string) =>
 *   Effect.flatMap(Traces.Traces, (traces) =>
 *     traces.ingest(projectId, {
 *       log_stream_id: logStreamId,
 *       traces: [{ name: "chat", input: "Hello", output: "Hi!", spans: [] }]
 *     })).pipe(
 *       Effect.provide(Traces.layer),
 *       Effect.provide(Galileo.layerConfig())
 *     )
 * ```
 * @since 1.0.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type { GalileoError } from "./GalileoError.js"
import type { GalileoHttpClient } from "./GalileoHttpClient.js"
import * as Api from "./generated/Traces.js"
import { caller, segment } from "./internal/generated.js"

/**
 * A trace to log, and the spans it may hold.
 *
 * @since 1.0.0
 * @category schemas
 */
export { AgentSpan, LlmSpan, RetrieverSpan, ToolSpan, Trace, WorkflowSpan } from "./generated/Traces.js"

/**
 * What logs traces and spans, and what the ingestion answers.
 *
 * @since 1.0.0
 * @category schemas
 */
export {
  LogSpansIngestRequest,
  LogSpansIngestResponse,
  LogTracesIngestRequest,
  LogTracesIngestResponse
} from "./generated/Traces.js"

/**
 * What searches, counts, updates and deletes records, and what each answers.
 *
 * @since 1.0.0
 * @category schemas
 */
export {
  LogRecordsDeleteRequest,
  LogRecordsDeleteResponse,
  LogRecordsQueryCountRequest,
  LogRecordsQueryCountResponse,
  LogRecordsQueryRequest,
  LogRecordsQueryResponse,
  LogSpanUpdateRequest,
  LogSpanUpdateResponse,
  LogTraceUpdateRequest,
  LogTraceUpdateResponse
} from "./generated/Traces.js"

/**
 * A logged trace with its spans, as `get` answers it.
 *
 * @since 1.0.0
 * @category schemas
 */
export const TraceRecord = Api.GetTraceProjectsProjectIdTracesTraceIdGet200

/**
 * A logged trace with its spans.
 *
 * @since 1.0.0
 * @category models
 */
export type TraceRecord = typeof Api.GetTraceProjectsProjectIdTracesTraceIdGet200.Type

/**
 * A logged span (with its children, for a span that has some), as `getSpan` answers it.
 *
 * @since 1.0.0
 * @category schemas
 */
export const SpanRecord = Api.GetSpanProjectsProjectIdSpansSpanIdGet200

/**
 * A logged span.
 *
 * @since 1.0.0
 * @category models
 */
export type SpanRecord = typeof Api.GetSpanProjectsProjectIdSpansSpanIdGet200.Type

/**
 * The traces API. Ids are sent as one path segment each.
 *
 * @since 1.0.0
 * @category models
 */
export interface Service {
  /** `POST /projects/{project_id}/traces`: logs traces (with their spans). */
  readonly ingest: (
    projectId: string,
    request: typeof Api.LogTracesIngestRequest.Encoded
  ) => Effect.Effect<Api.LogTracesIngestResponse, GalileoError>
  /** `POST /projects/{project_id}/traces/search`: one page of the traces matching `query`. */
  readonly search: (
    projectId: string,
    query: typeof Api.LogRecordsQueryRequest.Encoded
  ) => Effect.Effect<Api.LogRecordsQueryResponse, GalileoError>
  /** `POST /projects/{project_id}/traces/count` */
  readonly count: (
    projectId: string,
    query: typeof Api.LogRecordsQueryCountRequest.Encoded
  ) => Effect.Effect<Api.LogRecordsQueryCountResponse, GalileoError>
  /** `GET /projects/{project_id}/traces/{trace_id}` */
  readonly get: (
    projectId: string,
    traceId: string,
    options?: typeof Api.GetTraceProjectsProjectIdTracesTraceIdGetParams.Encoded
  ) => Effect.Effect<TraceRecord, GalileoError>
  /** `PATCH /projects/{project_id}/traces/{trace_id}` */
  readonly update: (
    projectId: string,
    traceId: string,
    update: typeof Api.LogTraceUpdateRequest.Encoded
  ) => Effect.Effect<Api.LogTraceUpdateResponse, GalileoError>
  /** `POST /projects/{project_id}/traces/delete`: deletes the traces matching `request`. */
  readonly delete: (
    projectId: string,
    request: typeof Api.LogRecordsDeleteRequest.Encoded
  ) => Effect.Effect<Api.LogRecordsDeleteResponse, GalileoError>
  /** `POST /projects/{project_id}/spans`: logs spans under a trace. */
  readonly ingestSpans: (
    projectId: string,
    request: typeof Api.LogSpansIngestRequest.Encoded
  ) => Effect.Effect<Api.LogSpansIngestResponse, GalileoError>
  /** `POST /projects/{project_id}/spans/search`: one page of the spans matching `query`. */
  readonly searchSpans: (
    projectId: string,
    query: typeof Api.LogRecordsQueryRequest.Encoded
  ) => Effect.Effect<Api.LogRecordsQueryResponse, GalileoError>
  /** `GET /projects/{project_id}/spans/{span_id}` */
  readonly getSpan: (
    projectId: string,
    spanId: string,
    options?: typeof Api.GetSpanProjectsProjectIdSpansSpanIdGetParams.Encoded
  ) => Effect.Effect<SpanRecord, GalileoError>
  /** `PATCH /projects/{project_id}/spans/{span_id}` */
  readonly updateSpan: (
    projectId: string,
    spanId: string,
    update: typeof Api.LogSpanUpdateRequest.Encoded
  ) => Effect.Effect<Api.LogSpanUpdateResponse, GalileoError>
}

/**
 * The service key (a `Context.Service`).
 *
 * @since 1.0.0
 * @category tags
 */
export class Traces extends Context.Service<Traces, Service>()("galileo-effect/Traces") {}

/**
 * Builds the service on the `GalileoHttpClient` in context.
 *
 * @since 1.0.0
 * @category constructors
 */
export const make: Effect.Effect<Service, never, GalileoHttpClient> = Effect.map(
  caller(Api.make),
  (call): Service => ({
    ingest: (projectId, request) =>
      call((api) => api.logTracesProjectsProjectIdTracesPost(segment(projectId), { payload: request })),
    search: (projectId, query) =>
      call((api) => api.queryTracesProjectsProjectIdTracesSearchPost(segment(projectId), { payload: query })),
    count: (projectId, query) =>
      call((api) => api.countTracesProjectsProjectIdTracesCountPost(segment(projectId), { payload: query })),
    get: (projectId, traceId, options) =>
      call((api) =>
        api.getTraceProjectsProjectIdTracesTraceIdGet(segment(projectId), segment(traceId), { params: options })
      ),
    update: (projectId, traceId, update) =>
      call((api) =>
        api.updateTraceProjectsProjectIdTracesTraceIdPatch(segment(projectId), segment(traceId), { payload: update })
      ),
    delete: (projectId, request) =>
      call((api) => api.deleteTracesProjectsProjectIdTracesDeletePost(segment(projectId), { payload: request })),
    ingestSpans: (projectId, request) =>
      call((api) => api.logSpansProjectsProjectIdSpansPost(segment(projectId), { payload: request })),
    searchSpans: (projectId, query) =>
      call((api) => api.querySpansProjectsProjectIdSpansSearchPost(segment(projectId), { payload: query })),
    getSpan: (projectId, spanId, options) =>
      call((api) =>
        api.getSpanProjectsProjectIdSpansSpanIdGet(segment(projectId), segment(spanId), { params: options })
      ),
    updateSpan: (projectId, spanId, update) =>
      call((api) =>
        api.updateSpanProjectsProjectIdSpansSpanIdPatch(segment(projectId), segment(spanId), { payload: update })
      )
  })
)

/**
 * The service as a Layer: it needs `GalileoHttpClient` (e.g. from `Galileo.layerConfig()`).
 *
 * @since 1.0.0
 * @category layers
 */
export const layer: Layer.Layer<Traces, never, GalileoHttpClient> = Layer.effect(Traces, make)
