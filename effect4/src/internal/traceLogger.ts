/**
 * The trace logger's machinery:
 *
 * - a trace is a tree of nodes kept in its handle until `conclude`, which renders it and checks
 *   it with the generated contract's schema (`Trace`, client-generated uuid4 ids, `trace_id` and
 *   `parent_id` on every span) and offers it to a bounded `Queue` (`bounded` for `"wait"`: the
 *   offer suspends while it is full; `dropping` for `"drop"`: the offer answers `false`, counted);
 * - one lock (a semaphore of one permit) serialises the drains, so batches go out in order and
 *   `flush` waits for a batch in flight; taking a batch and sending it is one uninterruptible step,
 *   so an interruption never loses a taken batch;
 * - two fibers of the Layer's scope: one drains everything every `flushInterval`, one drains full
 *   batches when a conclusion fills one (a `dropping(1)` queue wakes it); on release both stop, the
 *   rest is drained, then the queue shuts down;
 * - the sender (`Send`) is a function, so tests give their own; {@link ingest} is the real one.
 *
 * @internal
 */
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as HttpClientRequest from "effect/http/HttpClientRequest"
import * as Queue from "effect/Queue"
import * as Ref from "effect/Ref"
import * as Schema from "effect/Schema"
import type * as Scope from "effect/Scope"
import * as Semaphore from "effect/Semaphore"
import { GalileoConfig } from "../GalileoConfig.js"
import type { GalileoError } from "../GalileoError.js"
import { GalileoHttpClient } from "../GalileoHttpClient.js"
import * as Api from "../generated/Traces.js"
import type * as TraceLogger from "../TraceLogger.js"
import { version } from "../version.js"
import * as Retry from "./retry.js"

/** A trace as the ingest endpoint takes it. */
export type EncodedTrace = typeof Api.Trace.Encoded

/**
 * A trace or span as built, before the contract's schema checks it (`undefined` fields are
 * dropped then: the contract's optional keys take no `undefined`).
 */
type Wire = { readonly [key: string]: unknown }

/** Sends one batch of concluded traces (never empty). */
export type Send = (traces: ReadonlyArray<EncodedTrace>) => Effect.Effect<void, GalileoError>

/** What the logger needs besides the sender. */
export interface Settings {
  readonly batchSize: number
  readonly flushInterval: Duration.Duration
  readonly bufferCapacity: number
  readonly whenFull: "wait" | "drop"
}

/** The options as settings: defaults filled in, and checked (a bad one is a defect of the caller). */
export const settings = (options: TraceLogger.BufferOptions): Settings => {
  const count = (name: string, value: number | undefined, fallback: number) => {
    const n = value ?? fallback
    if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`TraceLogger: ${name} must be a whole number ≥ 1`)
    return n
  }
  const flushInterval = Duration.fromInputUnsafe(options.flushInterval ?? "1 second")
  if (!Duration.isGreaterThan(flushInterval, Duration.zero)) {
    throw new RangeError("TraceLogger: flushInterval must be longer than 0")
  }
  return {
    batchSize: count("batchSize", options.batchSize, 100),
    flushInterval,
    bufferCapacity: count("bufferCapacity", options.bufferCapacity, 10_000),
    whenFull: options.whenFull ?? "drop"
  }
}

// ---------------------------------------------------------------------------------------------
// traces and spans

/** How a span or the trace ended (a workflow's or the trace's, once concluded). */
interface End {
  readonly output?: string | undefined
  readonly statusCode?: number | undefined
  readonly durationNs?: number | undefined
}

/** A span being built: its children (a workflow's), and how it renders once the trace concludes. */
interface Node {
  readonly id: string
  readonly startedAt: number
  readonly children: Array<Node> | undefined
  end: End | undefined
  readonly render: (ids: Ids, spans: ReadonlyArray<Wire> | undefined, end: End) => Wire
}

interface Ids {
  readonly id: string
  readonly trace_id: string
  readonly parent_id: string
}

const newId = (): string => globalThis.crypto.randomUUID()

/** A whole number for the fields the contract declares integers (durations, tokens, statuses). */
const int = (n: number | undefined): number | undefined => n === undefined ? undefined : Math.round(n)

const message = (m: TraceLogger.Message | string, role: TraceLogger.Role) =>
  typeof m === "string"
    ? { role, content: m }
    : {
      role: m.role,
      content: m.content,
      tool_call_id: m.toolCallId,
      tool_calls: m.toolCalls?.map((call) => ({
        id: call.id,
        function: { name: call.name, arguments: call.arguments }
      }))
    }

const messages = (input: TraceLogger.LlmSpanOptions["input"]) =>
  typeof input === "string" || !isMessages(input) ? [message(input, "user")] : input.map((m) => message(m, "user"))

const isMessages = (
  input: TraceLogger.Message | ReadonlyArray<TraceLogger.Message>
): input is ReadonlyArray<TraceLogger.Message> => Array.isArray(input)

const documents = (output: ReadonlyArray<TraceLogger.Document | string>) =>
  output.map((d) => typeof d === "string" ? { content: d } : { content: d.content, metadata: d.metadata })

/** The fields every record has, from the common options (`createdAt` defaults to `now`). */
const common = (options: TraceLogger.SpanOptions, now: number) => ({
  name: options.name ?? "",
  created_at: (options.createdAt ?? new Date(now)).toISOString(),
  user_metadata: options.metadata,
  tags: options.tags,
  status_code: int(options.statusCode),
  external_id: options.externalId
})

const metrics = (durationNs: number | undefined) =>
  durationNs === undefined ? undefined : { duration_ns: int(durationNs) }

/** A node's children rendered under it. */
const renderAll = (nodes: ReadonlyArray<Node>, traceId: string, parentId: string): Array<Wire> =>
  nodes.map((node) =>
    node.render(
      { id: node.id, trace_id: traceId, parent_id: parentId },
      node.children === undefined ? undefined : renderAll(node.children, traceId, node.id),
      node.end ?? {}
    )
  )

const countSpans = (nodes: ReadonlyArray<Node>): number =>
  nodes.reduce((n, node) => n + 1 + countSpans(node.children ?? []), 0)

/** A trace handle over one tree of spans; once concluded, every handle of it refuses more. */
const makeHandle = (
  options: TraceLogger.TraceOptions,
  startedAt: number,
  offer: (trace: EncodedTrace, spans: number) => Effect.Effect<boolean>
): TraceLogger.TraceHandle => {
  const traceId = newId()
  const roots: Array<Node> = []
  let concluded = false

  const refused = () => Effect.die(new Error(`TraceLogger: trace ${traceId} is already concluded`))

  const add = (
    children: Array<Node>,
    render: (now: number) => Node["render"],
    nested: boolean
  ): Effect.Effect<Node> =>
    Effect.flatMap(Clock.currentTimeMillis, (now) =>
      Effect.suspend(() => {
        if (concluded) return refused()
        const node: Node = {
          id: newId(),
          startedAt: now,
          children: nested ? [] : undefined,
          end: undefined,
          render: render(now)
        }
        children.push(node)
        return Effect.succeed(node)
      }))

  /** How a workflow or the trace ends: its duration measured on the Clock unless given. */
  const ending = (conclusion: TraceLogger.ConcludeOptions, started: number, now: number): End => ({
    output: conclusion.output,
    statusCode: conclusion.statusCode,
    durationNs: conclusion.durationNs ?? Math.max(0, now - started) * 1_000_000
  })

  const parentOf = (children: Array<Node>): TraceLogger.SpanParent => {
    const parent: TraceLogger.SpanParent = {
      addLlmSpan: (o) =>
        Effect.asVoid(add(children, (now) => (ids) => ({
          type: "llm",
          ...common(o, now),
          ...ids,
          input: messages(o.input),
          output: o.output === undefined ? undefined : message(o.output, "assistant"),
          model: o.model,
          temperature: o.temperature,
          tools: o.tools,
          finish_reason: o.finishReason,
          metrics: {
            duration_ns: int(o.durationNs),
            num_input_tokens: int(o.numInputTokens),
            num_output_tokens: int(o.numOutputTokens),
            num_total_tokens: int(o.totalTokens),
            time_to_first_token_ns: int(o.timeToFirstTokenNs)
          }
        }), false)),
      addRetrieverSpan: (o) =>
        Effect.asVoid(add(children, (now) => (ids) => ({
          type: "retriever",
          ...common(o, now),
          ...ids,
          input: o.input,
          output: o.output === undefined ? undefined : documents(o.output),
          metrics: metrics(o.durationNs)
        }), false)),
      addToolSpan: (o) =>
        Effect.asVoid(add(children, (now) => (ids) => ({
          type: "tool",
          ...common(o, now),
          ...ids,
          input: o.input,
          output: o.output,
          tool_call_id: o.toolCallId,
          metrics: metrics(o.durationNs)
        }), false)),
      addWorkflowSpan: (o) =>
        Effect.map(
          add(children, (now) => (ids, spans, end) => ({
            type: "workflow",
            ...common(o, now),
            ...ids,
            input: o.input,
            output: end.output ?? o.output,
            status_code: int(end.statusCode ?? o.statusCode),
            metrics: metrics(end.durationNs ?? o.durationNs),
            spans
          }), true),
          workflowOf
        ),
      withWorkflowSpan: (o, body) =>
        Effect.flatMap(parent.addWorkflowSpan(o), (workflow) =>
          Effect.onExit(
            body(workflow),
            (exit) => Exit.isSuccess(exit) ? workflow.conclude() : workflow.conclude({ statusCode: 500 })
          ))
    }
    return parent
  }

  const workflowOf = (node: Node): TraceLogger.WorkflowHandle => ({
    ...parentOf(node.children ?? []),
    id: node.id,
    conclude: (conclusion = {}) =>
      Effect.flatMap(Clock.currentTimeMillis, (now) =>
        Effect.suspend(() => {
          if (concluded) return refused()
          node.end = ending(conclusion, node.startedAt, now)
          return Effect.void
        }))
  })

  return {
    ...parentOf(roots),
    id: traceId,
    conclude: (conclusion = {}) =>
      Effect.flatMap(Clock.currentTimeMillis, (now) =>
        Effect.suspend(() => {
          if (concluded) return refused()
          concluded = true
          const end = ending(conclusion, startedAt, now)
          const raw: Wire = {
            type: "trace",
            ...common(options, startedAt),
            id: traceId,
            input: options.input,
            output: end.output ?? options.output,
            status_code: int(end.statusCode ?? options.statusCode),
            session_id: options.sessionId,
            metrics: metrics(end.durationNs),
            spans: renderAll(roots, traceId, traceId)
          }
          // JSON drops the `undefined` fields; the contract's schema checks the rest
          return Effect.flatMap(
            Effect.orDie(Schema.decodeUnknownEffect(Api.Trace)(JSON.parse(JSON.stringify(raw)))),
            (trace) => offer(trace, countSpans(roots))
          )
        }))
  }
}

// ---------------------------------------------------------------------------------------------
// the buffer and the flushers

interface Item {
  readonly trace: EncodedTrace
  readonly spans: number
}

const zero: TraceLogger.Counts = { traces: 0, spans: 0 }

const plus = (counts: TraceLogger.Counts, items: ReadonlyArray<Item>): TraceLogger.Counts => ({
  traces: counts.traces + items.length,
  spans: counts.spans + items.reduce((n, item) => n + item.spans, 0)
})

/** The logger in the current scope: its fibers stop, and what it holds is sent, when the scope closes. */
export const make = (
  settings: Settings,
  send: Send
): Effect.Effect<TraceLogger.Service, never, Scope.Scope> =>
  Effect.gen(function*() {
    const queue = settings.whenFull === "drop"
      ? yield* Queue.dropping<Item>(settings.bufferCapacity)
      : yield* Queue.bounded<Item>(settings.bufferCapacity)
    const wake = yield* Queue.dropping<void>(1)
    const lock = yield* Semaphore.make(1)
    const stats = yield* Ref.make<TraceLogger.Stats>({
      accepted: zero,
      sent: zero,
      dropped: zero,
      failed: zero,
      batches: 0
    })
    let closed = false
    /** A conclusion wakes the batch flusher when the buffer holds a full batch. */
    const threshold = settings.batchSize

    const sendBatch = (items: ReadonlyArray<Item>) =>
      send(items.map((item) => item.trace)).pipe(
        Effect.matchCauseEffect({
          onSuccess: () => Ref.update(stats, (s) => ({ ...s, sent: plus(s.sent, items), batches: s.batches + 1 })),
          onFailure: (cause) =>
            Effect.andThen(
              Ref.update(stats, (s) => ({ ...s, failed: plus(s.failed, items) })),
              Effect.logWarning(`galileo-effect TraceLogger: a batch of ${items.length} traces was not sent`, cause)
            )
        })
      )

    /**
     * Takes one batch of at most `n` and sends it, as one uninterruptible step; how many it took.
     * The drains are the only takers and run one at a time: with a message there, `takeBetween`
     * takes at once.
     */
    const step = (n: number) =>
      Effect.uninterruptible(
        Effect.flatMap(Queue.size(queue), (size) =>
          size === 0
            ? Effect.succeed(0)
            : Effect.flatMap(
              Queue.takeBetween(queue, 1, n),
              (items) => Effect.as(sendBatch(items), items.length)
            ))
      )

    /** Sends what the buffer holds now, in batches (not what arrives meanwhile). */
    const flushAll = lock.withPermits(1)(
      Effect.flatMap(Queue.size(queue), (size) => {
        const loop = (remaining: number): Effect.Effect<void> =>
          remaining <= 0
            ? Effect.void
            : Effect.flatMap(
              step(Math.min(settings.batchSize, remaining)),
              (taken) => taken === 0 ? Effect.void : loop(remaining - taken)
            )
        return loop(size)
      })
    )

    /** Sends full batches while the buffer holds one. */
    const flushFull: Effect.Effect<void> = lock.withPermits(1)(
      Effect.suspend(function loop(): Effect.Effect<void> {
        return Effect.flatMap(Queue.size(queue), (size) =>
          size < threshold ?
            Effect.void :
            Effect.flatMap(step(settings.batchSize), (taken) => taken === 0 ? Effect.void : loop()))
      })
    )

    const offer = (trace: EncodedTrace, spans: number): Effect.Effect<boolean> =>
      Effect.suspend(() => {
        const item: Item = { trace, spans }
        if (closed) return Effect.as(Ref.update(stats, (s) => ({ ...s, dropped: plus(s.dropped, [item]) })), false)
        return Effect.flatMap(Queue.offer(queue, item), (accepted) =>
          accepted
            ? Effect.andThen(
              Ref.update(stats, (s) => ({ ...s, accepted: plus(s.accepted, [item]) })),
              Effect.flatMap(
                Queue.size(queue),
                (size) => size >= threshold ? Effect.as(Queue.offer(wake, undefined), true) : Effect.succeed(true)
              )
            )
            : Effect.as(Ref.update(stats, (s) => ({ ...s, dropped: plus(s.dropped, [item]) })), false))
      })

    const onInterval = yield* Effect.forkScoped(Effect.forever(Effect.delay(flushAll, settings.flushInterval)))
    const onFull = yield* Effect.forkScoped(Effect.forever(Effect.andThen(Queue.take(wake), flushFull)))
    // runs before the scope interrupts the fibers (finalizers run in reverse order)
    yield* Effect.addFinalizer(() =>
      Effect.sync(() => {
        closed = true
      }).pipe(
        Effect.andThen(Fiber.interruptAll([onInterval, onFull])),
        Effect.andThen(flushAll),
        Effect.andThen(Queue.shutdown(queue)),
        Effect.andThen(Queue.shutdown(wake))
      )
    )

    const startTrace = (options: TraceLogger.TraceOptions) =>
      Effect.map(Clock.currentTimeMillis, (now) => makeHandle(options, now, offer))

    return {
      startTrace,
      withTrace: (options, body) =>
        Effect.flatMap(startTrace(options), (trace) =>
          Effect.onExit(
            body(trace),
            (exit) => Effect.asVoid(Exit.isSuccess(exit) ? trace.conclude() : trace.conclude({ statusCode: 500 }))
          )),
      flush: flushAll,
      stats: Ref.get(stats)
    }
  })

// ---------------------------------------------------------------------------------------------
// the real sender

/** The ingest request, checked and encoded by the generated schema (defaults filled in). */
export const encodeRequest = (
  request: typeof Api.LogTracesIngestRequest.Encoded
): Effect.Effect<typeof Api.LogTracesIngestRequest.Encoded> =>
  Effect.orDie(
    Effect.flatMap(
      Schema.decodeUnknownEffect(Api.LogTracesIngestRequest)(request),
      Schema.encodeEffect(Api.LogTracesIngestRequest)
    )
  )

/**
 * `POST projects/{project_id}/traces` through `GalileoHttpClient` (login, token, 401 replay, body
 * cap, spans, tagged errors). The client retries a POST only under `retryNonIdempotent`; ingestion
 * is retried here under the configured retry policy whatever that flag says, once (a retried batch
 * carries the same client-generated trace and span ids on every attempt).
 */
export const ingest = (
  destination: TraceLogger.Destination
): Effect.Effect<Send, never, GalileoHttpClient | GalileoConfig> =>
  Effect.gen(function*() {
    const client = yield* GalileoHttpClient
    const config = yield* GalileoConfig
    const path = `projects/${encodeURIComponent(destination.projectId)}/traces`
    const where: Retry.Where = { method: "POST", path: `${new URL(config.apiUrl).pathname.replace(/\/$/, "")}/${path}` }
    return (traces) =>
      Effect.flatMap(
        encodeRequest({
          ...(destination.logStreamId === undefined ? {} : { log_stream_id: destination.logStreamId }),
          ...(destination.experimentId === undefined ? {} : { experiment_id: destination.experimentId }),
          logging_method: "typescript_client",
          client_version: version,
          traces: [traces[0]!, ...traces.slice(1)]
        }),
        (body) => {
          const request = HttpClientRequest.bodyJsonUnsafe(HttpClientRequest.post(path), body)
          const once = Effect.flatMap(client.execute(request), client.decode(Api.LogTracesIngestResponse))
          return Effect.asVoid(config.retryNonIdempotent ? once : Retry.retry(config.retryPolicy, where, () => once))
        }
      )
  })
