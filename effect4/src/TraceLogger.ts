/**
 * A trace logger, as the official SDKs' `GalileoLogger`, done the Effect way: start a trace, add
 * LLM, retriever, tool and workflow spans to it (a workflow holds spans of its own), conclude it,
 * and the logger ships the concluded traces to Galileo's ingest endpoint
 * (`POST /projects/{project_id}/traces`, the generated contract's `LogTracesIngestRequest`) in
 * batches, from a buffer of bounded size:
 *
 * - a conclusion is *accepted* into the buffer, or, when it is full, waits for room
 *   (`whenFull: "wait"`) or is *dropped* and counted (`whenFull: "drop"`, the default);
 * - the buffer is sent every `flushInterval`, as soon as it holds a full batch (`batchSize`
 *   traces), on demand ({@link Service.flush}) and when the Layer is released: nothing accepted
 *   is lost on a normal shutdown;
 * - each batch is one request, retried under the configured `RetryPolicy` (a POST, retried here
 *   on purpose: a retried batch carries the same client-generated uuid4 trace and span ids on every
 *   attempt); a batch that still fails is counted as *failed* and logged as a warning, and the
 *   logger goes on;
 * - the logger holds no secret: it sends through `GalileoHttpClient`, whose tokens stay
 *   `Redacted`; its stats, logs and errors carry counts and tagged `GalileoError`s only.
 *
 * @example
 * ```ts
 * import { Effect, Layer } from "effect"
 * import { Galileo } from "galileo-effect"
 * import * as TraceLogger from "galileo-effect/TraceLogger"
 *
 * const answer = Effect.gen(function*() {
 *   const logger = yield* TraceLogger.TraceLogger
 *   const trace = yield* logger.startTrace({ name: "chat", input: "What is 2 + 2?" })
 *   yield* trace.addLlmSpan({
 *     input: [{ role: "user", content: "What is 2 + 2?" }],
 *     output: { role: "assistant", content: "4" },
 *     model: "gpt-4o",
 *     numInputTokens: 12,
 *     numOutputTokens: 1
 *   })
 *   yield* trace.conclude({ output: "4" })
 * })
 *
 * export const program = answer.pipe(
 *   Effect.provide(
 *     TraceLogger.layer({ projectId: "my-project-id", logStreamId: "my-log-stream-id" }).pipe(
 *       Layer.provide(Galileo.layerConfig())
 *     )
 *   )
 * )
 * ```
 * @since 1.0.0
 * @module
 */
import * as Config from "effect/Config"
import * as Context from "effect/Context"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Scope from "effect/Scope"
import type { GalileoConfig } from "./GalileoConfig.js"
import type { GalileoHttpClient } from "./GalileoHttpClient.js"
import * as internal from "./internal/traceLogger.js"

/**
 * Who speaks in a message.
 *
 * @since 1.0.0
 * @category models
 */
export type Role = "agent" | "assistant" | "developer" | "function" | "system" | "tool" | "user"

/**
 * A tool call an LLM asked for.
 *
 * @since 1.0.0
 * @category models
 */
export interface ToolCall {
  readonly id: string
  readonly name: string
  /** The arguments, as the model wrote them (JSON text). */
  readonly arguments: string
}

/**
 * A message to or from an LLM.
 *
 * @since 1.0.0
 * @category models
 */
export interface Message {
  readonly role: Role
  readonly content: string
  readonly toolCallId?: string | undefined
  readonly toolCalls?: ReadonlyArray<ToolCall> | undefined
}

/**
 * A document a retriever found.
 *
 * @since 1.0.0
 * @category models
 */
export interface Document {
  readonly content: string
  readonly metadata?: Readonly<Record<string, string>> | undefined
}

/**
 * What every span (and the trace) may say about itself.
 *
 * @since 1.0.0
 * @category models
 */
export interface SpanOptions {
  readonly name?: string | undefined
  /** When it started; default: now, on the Effect `Clock`. */
  readonly createdAt?: Date | undefined
  /** How long it took, in nanoseconds (a workflow's and the trace's: measured on the `Clock` when not given). */
  readonly durationNs?: number | undefined
  /** Your own key-value pairs (`user_metadata`). */
  readonly metadata?: Readonly<Record<string, string>> | undefined
  readonly tags?: ReadonlyArray<string> | undefined
  /** The HTTP-like status of the step (e.g. 200, or 500 for one that failed). */
  readonly statusCode?: number | undefined
  /** An id of your own for it. */
  readonly externalId?: string | undefined
}

/**
 * A trace: the input that started it (e.g. the user's question).
 *
 * @since 1.0.0
 * @category models
 */
export interface TraceOptions extends SpanOptions {
  readonly input: string
  /** The output, when known at the start (usually given to `conclude`). */
  readonly output?: string | undefined
  /** The Galileo session the trace belongs to. */
  readonly sessionId?: string | undefined
}

/**
 * An LLM call: its messages in and out, the model and its token counts.
 *
 * @since 1.0.0
 * @category models
 */
export interface LlmSpanOptions extends SpanOptions {
  /** A prompt (one user message), a message, or the conversation. */
  readonly input: string | Message | ReadonlyArray<Message>
  /** The answer (a string is an assistant message). */
  readonly output?: string | Message | undefined
  readonly model?: string | undefined
  readonly temperature?: number | undefined
  readonly numInputTokens?: number | undefined
  readonly numOutputTokens?: number | undefined
  readonly totalTokens?: number | undefined
  readonly timeToFirstTokenNs?: number | undefined
  /** The tools offered to the model (their JSON schemas). */
  readonly tools?: ReadonlyArray<Readonly<Record<string, unknown>>> | undefined
  readonly finishReason?: string | undefined
}

/**
 * A retrieval: the query and the documents found.
 *
 * @since 1.0.0
 * @category models
 */
export interface RetrieverSpanOptions extends SpanOptions {
  readonly input: string
  readonly output?: ReadonlyArray<Document | string> | undefined
}

/**
 * A tool call: its input and output.
 *
 * @since 1.0.0
 * @category models
 */
export interface ToolSpanOptions extends SpanOptions {
  readonly input: string
  readonly output?: string | undefined
  /** The id of the LLM's tool call this answers. */
  readonly toolCallId?: string | undefined
}

/**
 * A workflow: a step made of spans of its own.
 *
 * @since 1.0.0
 * @category models
 */
export interface WorkflowSpanOptions extends SpanOptions {
  readonly input: string
  readonly output?: string | undefined
}

/**
 * How a trace or a workflow ended.
 *
 * @since 1.0.0
 * @category models
 */
export interface ConcludeOptions {
  readonly output?: string | undefined
  readonly statusCode?: number | undefined
  /** Default: the time since it started, on the Effect `Clock`. */
  readonly durationNs?: number | undefined
}

/**
 * What holds spans: a trace, or a workflow of it. Adding to a trace already concluded is a
 * defect (a programming error): the trace was already sent.
 *
 * @since 1.0.0
 * @category models
 */
export interface SpanParent {
  /** Adds an LLM call here. */
  readonly addLlmSpan: (options: LlmSpanOptions) => Effect.Effect<void>
  /** Adds a retrieval here. */
  readonly addRetrieverSpan: (options: RetrieverSpanOptions) => Effect.Effect<void>
  /** Adds a tool call here. */
  readonly addToolSpan: (options: ToolSpanOptions) => Effect.Effect<void>
  /** Opens a workflow span here: the spans added to it are its children, until it is concluded. */
  readonly addWorkflowSpan: (options: WorkflowSpanOptions) => Effect.Effect<WorkflowHandle>
  /**
   * Runs `body` in a workflow span, concluded when `body` ends (with status code 500 when it
   * fails or is interrupted), its duration measured on the `Clock`.
   */
  readonly withWorkflowSpan: <A, E, R>(
    options: WorkflowSpanOptions,
    body: (workflow: WorkflowHandle) => Effect.Effect<A, E, R>
  ) => Effect.Effect<A, E, R>
}

/**
 * A workflow span being built.
 *
 * @since 1.0.0
 * @category models
 */
export interface WorkflowHandle extends SpanParent {
  /** Its id (a uuid4), the `parent_id` of its children. */
  readonly id: string
  /** Sets its output, status and duration (a workflow never concluded is sent without them). */
  readonly conclude: (options?: ConcludeOptions) => Effect.Effect<void>
}

/**
 * A trace being built.
 *
 * @since 1.0.0
 * @category models
 */
export interface TraceHandle extends SpanParent {
  /** Its id (a uuid4), the `trace_id` of its spans. */
  readonly id: string
  /**
   * Concludes it and hands it to the logger: `true` when the buffer accepted it, `false` when it
   * was dropped (the buffer was full under `whenFull: "drop"`, or the logger was released). Under
   * `whenFull: "wait"` it waits for room. Every record of it (the trace and each span) is checked
   * then against its own member of the generated contract (`Trace`, `LlmSpan`, …); one the
   * contract refuses (a count that is not a finite number, say) is a defect, and nothing is sent.
   */
  readonly conclude: (options?: ConcludeOptions) => Effect.Effect<boolean>
}

/**
 * Traces and their spans, counted together.
 *
 * @since 1.0.0
 * @category models
 */
export interface Counts {
  readonly traces: number
  /** The spans of those traces, at every depth. */
  readonly spans: number
}

/**
 * What became of the traces concluded so far.
 *
 * @since 1.0.0
 * @category models
 */
export interface Stats {
  /** Taken into the buffer. */
  readonly accepted: Counts
  /** In a batch Galileo answered with success. */
  readonly sent: Counts
  /** Refused: the buffer was full (`whenFull: "drop"`) or the logger was released. */
  readonly dropped: Counts
  /** In a batch that failed after its retries. */
  readonly failed: Counts
  /** Batches (ingest requests) Galileo answered with success. */
  readonly batches: number
}

/**
 * What the logger offers.
 *
 * @since 1.0.0
 * @category models
 */
export interface Service {
  /** Starts a trace (its `createdAt` defaults to now, on the `Clock`). */
  readonly startTrace: (options: TraceOptions) => Effect.Effect<TraceHandle>
  /**
   * Runs `body` in a trace, concluded when `body` ends (with status code 500 when it fails or is
   * interrupted), its duration measured on the `Clock`.
   */
  readonly withTrace: <A, E, R>(
    options: TraceOptions,
    body: (trace: TraceHandle) => Effect.Effect<A, E, R>
  ) => Effect.Effect<A, E, R>
  /**
   * Sends everything accepted so far, and waits until each of those traces is sent or failed
   * (a batch already on its way included). Traces accepted meanwhile wait for the next flush.
   */
  readonly flush: Effect.Effect<void>
  /** The counts so far. */
  readonly stats: Effect.Effect<Stats>
}

/**
 * The service key (a `Context.Service`): `yield* TraceLogger.TraceLogger` gives the {@link Service}.
 *
 * @since 1.0.0
 * @category tags
 */
export class TraceLogger extends Context.Service<TraceLogger, Service>()("galileo-effect/TraceLogger") {}

/**
 * Where the traces go: a project, and either a log stream or an experiment of it.
 *
 * @since 1.0.0
 * @category models
 */
export type Destination =
  | { readonly projectId: string; readonly logStreamId: string; readonly experimentId?: undefined }
  | { readonly projectId: string; readonly experimentId: string; readonly logStreamId?: undefined }

/**
 * How the buffer behaves.
 *
 * @since 1.0.0
 * @category models
 */
export interface BufferOptions {
  /** The most traces in one ingest request; default 100. */
  readonly batchSize?: number | undefined
  /** How often the buffer is sent; default 1 second. */
  readonly flushInterval?: Duration.Input | undefined
  /** The most traces the buffer holds; default 10,000. */
  readonly bufferCapacity?: number | undefined
  /** A conclusion that finds the buffer full waits for room, or is dropped (and counted); default `"drop"`. */
  readonly whenFull?: "wait" | "drop" | undefined
}

/**
 * The logger's options: where the traces go, and how the buffer behaves. A count below 1, or a
 * `flushInterval` of 0, is a defect when the Layer is built.
 *
 * @since 1.0.0
 * @category models
 */
export type Options = Destination & BufferOptions

/**
 * Builds the logger in a scope: its flushers run in the scope, and closing it sends what the
 * buffer holds (then later conclusions are dropped).
 *
 * @since 1.0.0
 * @category constructors
 */
export const make = (
  options: Options
): Effect.Effect<Service, never, Scope.Scope | GalileoHttpClient | GalileoConfig> =>
  Effect.flatMap(
    Effect.sync(() => internal.settings(options)),
    (settings) => Effect.flatMap(internal.ingest(options), (send) => internal.make(settings, send))
  )

/**
 * The logger as a Layer: it needs `GalileoHttpClient` and `GalileoConfig` (e.g. from
 * `Galileo.layerConfig()`); releasing it sends what the buffer holds.
 *
 * @since 1.0.0
 * @category layers
 */
export const layer = (options: Options): Layer.Layer<TraceLogger, never, GalileoHttpClient | GalileoConfig> =>
  Layer.effect(TraceLogger, make(options))

/**
 * The logger as a Layer, its options read from `Config`s (e.g.
 * `{ projectId: Config.String("GALILEO_PROJECT_ID"), logStreamId: Config.String("GALILEO_LOG_STREAM_ID") }`).
 *
 * @example
 * ```ts
 * import { Config } from "effect"
 * import * as TraceLogger from "galileo-effect/TraceLogger"
 *
 * export const FromEnv = TraceLogger.layerConfig({
 *   projectId: Config.String("GALILEO_PROJECT_ID"),
 *   logStreamId: Config.String("GALILEO_LOG_STREAM_ID"),
 *   batchSize: Config.Int("GALILEO_TRACE_BATCH_SIZE").pipe(Config.withDefault(100))
 * })
 * ```
 * @since 1.0.0
 * @category layers
 */
export const layerConfig = (
  options: Config.Wrap<Options>
): Layer.Layer<TraceLogger, Config.ConfigError, GalileoHttpClient | GalileoConfig> =>
  Layer.unwrap(Effect.map(Config.unwrap(options), layer))
