/**
 * The trace logger's machinery:
 *
 * - a trace is a tree of nodes (the options as given) kept in its handle until `conclude`, which
 *   renders it in the generated contract's wire shape (client-generated uuid4 ids, `trace_id` and
 *   `parent_id` on every span), checks every record of it against its own member of the contract
 *   (`Trace`, `LlmSpan`, …: the logger knows each record's type) and offers it to a bounded `Queue`
 *   (`bounded` for `"wait"`: the offer suspends while it is full; `dropping` for `"drop"`: the offer
 *   answers `false`, counted); a record the contract refuses is a defect of the caller, at `conclude`;
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
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Option from "effect/Option"
import * as Queue from "effect/Queue"
import * as Schema from "effect/Schema"
import type * as Scope from "effect/Scope"
import { GalileoConfig } from "../GalileoConfig.js"
import type { GalileoError } from "../GalileoError.js"
import { GalileoHttpClient } from "../GalileoHttpClient.js"
import * as Api from "../generated/Traces.js"
import type * as TraceLogger from "../TraceLogger.js"
import { version } from "../version.js"
import * as Retry from "./retry.js"

/** A trace as the ingest endpoint takes it. */
export type EncodedTrace = typeof Api.Trace.Encoded

/** A span as a trace holds it. */
export type EncodedSpan = NonNullable<EncodedTrace["spans"]>[number]

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
  const flushInterval = Duration.decode(options.flushInterval ?? "1 second")
  if (!Duration.greaterThan(flushInterval, Duration.zero)) {
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

/** A span being built, with its options as given; a workflow's children and end too. */
type Node =
  | { readonly kind: "llm"; readonly options: TraceLogger.LlmSpanOptions; readonly id: string; readonly at: number }
  | {
    readonly kind: "retriever"
    readonly options: TraceLogger.RetrieverSpanOptions
    readonly id: string
    readonly at: number
  }
  | { readonly kind: "tool"; readonly options: TraceLogger.ToolSpanOptions; readonly id: string; readonly at: number }
  | Workflow

interface Workflow {
  readonly kind: "workflow"
  readonly options: TraceLogger.WorkflowSpanOptions
  readonly id: string
  readonly at: number
  readonly children: Array<Node>
  end: End | undefined
}

/**
 * A checker of one member of the contract (`Trace`, or the span type the logger rendered), by the
 * generated schema's wire side, its checks kept (`encodedBoundSchema`): `Schema.is` first (no
 * copy); when it fails, the decoding throws its issue (a defect of the caller). The logger knows
 * each record's type, so there is no search of the span union; a record is checked without its
 * `spans` (an optional key), its children having been checked one by one against their own
 * members, so every record of the tree is checked once, by the schema the union would settle on.
 */
const member = <A, I>(schema: Schema.Schema<A, I>) => {
  const wire = Schema.encodedBoundSchema(schema)
  const is = Schema.is(wire)
  const decode = Schema.decodeUnknownSync(wire)
  return (record: Wire): I => is(record) ? record : decode(record)
}

const checkTrace = /* @__PURE__ */ member(Api.Trace)
const checkLlm = /* @__PURE__ */ member(Api.LlmSpan)
const checkRetriever = /* @__PURE__ */ member(Api.RetrieverSpan)
const checkTool = /* @__PURE__ */ member(Api.ToolSpan)
const checkWorkflow = /* @__PURE__ */ member(Api.WorkflowSpan)

/** A wire record being rendered: a key is set only for a defined value (less to check and to send). */
type Wire = { [key: string]: unknown }

const put = (record: Wire, key: string, value: unknown): void => {
  if (value !== undefined) record[key] = value
}

const newId = (): string => globalThis.crypto.randomUUID()

/** A whole number for the fields the contract declares integers (durations, tokens, statuses). */
const int = (n: number | undefined): number | undefined => n === undefined ? undefined : Math.round(n)

/** `toISOString` of a Clock reading; the last one is kept (a trace's spans mostly share their millisecond). */
let lastMillis = Number.NaN
let lastIso = ""
const isoOf = (millis: number): string => {
  if (millis !== lastMillis) {
    lastIso = new Date(millis).toISOString()
    lastMillis = millis
  }
  return lastIso
}

const message = (m: TraceLogger.Message | string, role: TraceLogger.Role): Wire => {
  if (typeof m === "string") return { role, content: m }
  const record: Wire = { role: m.role, content: m.content }
  put(record, "tool_call_id", m.toolCallId)
  if (m.toolCalls !== undefined) {
    record["tool_calls"] = m.toolCalls.map((call) => ({
      id: call.id,
      function: { name: call.name, arguments: call.arguments }
    }))
  }
  return record
}

const isMessages = (
  input: TraceLogger.Message | ReadonlyArray<TraceLogger.Message>
): input is ReadonlyArray<TraceLogger.Message> => Array.isArray(input)

const messages = (input: TraceLogger.LlmSpanOptions["input"]) =>
  typeof input === "string" || !isMessages(input) ? [message(input, "user")] : input.map((m) => message(m, "user"))

const documents = (output: ReadonlyArray<TraceLogger.Document | string>) =>
  output.map((d): Wire => {
    if (typeof d === "string") return { content: d }
    const record: Wire = { content: d.content }
    put(record, "metadata", d.metadata)
    return record
  })

/** A record with the fields every record has, from the common options (`createdAt` defaults to `at`). */
const common = (type: string, options: TraceLogger.SpanOptions, at: number, statusCode: number | undefined): Wire => {
  const record: Wire = {
    type,
    name: options.name ?? "",
    created_at: options.createdAt === undefined ? isoOf(at) : options.createdAt.toISOString()
  }
  put(record, "user_metadata", options.metadata)
  put(record, "tags", options.tags)
  put(record, "status_code", int(statusCode))
  put(record, "external_id", options.externalId)
  return record
}

const ids = (record: Wire, id: string, traceId: string, parentId: string): void => {
  record["id"] = id
  record["trace_id"] = traceId
  record["parent_id"] = parentId
}

const metrics = (record: Wire, durationNs: number | undefined): void => {
  if (durationNs !== undefined) record["metrics"] = { duration_ns: int(durationNs) }
}

/** Counts the spans rendered, for the stats. */
interface Tally {
  spans: number
}

/** A node rendered and checked against its own member of the contract, its children first. */
const renderNode = (node: Node, traceId: string, parentId: string, tally: Tally): EncodedSpan => {
  tally.spans++
  switch (node.kind) {
    case "llm": {
      const o = node.options
      const record = common("llm", o, node.at, o.statusCode)
      ids(record, node.id, traceId, parentId)
      record["input"] = messages(o.input)
      if (o.output !== undefined) record["output"] = message(o.output, "assistant")
      put(record, "model", o.model)
      put(record, "temperature", o.temperature)
      put(record, "tools", o.tools)
      put(record, "finish_reason", o.finishReason)
      const m: Wire = {}
      put(m, "duration_ns", int(o.durationNs))
      put(m, "num_input_tokens", int(o.numInputTokens))
      put(m, "num_output_tokens", int(o.numOutputTokens))
      put(m, "num_total_tokens", int(o.totalTokens))
      put(m, "time_to_first_token_ns", int(o.timeToFirstTokenNs))
      record["metrics"] = m
      return checkLlm(record)
    }
    case "retriever": {
      const o = node.options
      const record = common("retriever", o, node.at, o.statusCode)
      ids(record, node.id, traceId, parentId)
      put(record, "input", o.input)
      if (o.output !== undefined) record["output"] = documents(o.output)
      metrics(record, o.durationNs)
      return checkRetriever(record)
    }
    case "tool": {
      const o = node.options
      const record = common("tool", o, node.at, o.statusCode)
      ids(record, node.id, traceId, parentId)
      put(record, "input", o.input)
      put(record, "output", o.output)
      put(record, "tool_call_id", o.toolCallId)
      metrics(record, o.durationNs)
      return checkTool(record)
    }
    case "workflow": {
      const o = node.options
      const end = node.end ?? {}
      const spans = renderChildren(node.children, traceId, node.id, tally)
      const record = common("workflow", o, node.at, end.statusCode ?? o.statusCode)
      ids(record, node.id, traceId, parentId)
      put(record, "input", o.input)
      put(record, "output", end.output ?? o.output)
      metrics(record, end.durationNs ?? o.durationNs)
      return { ...checkWorkflow(record), spans }
    }
  }
}

const renderChildren = (
  nodes: ReadonlyArray<Node>,
  traceId: string,
  parentId: string,
  tally: Tally
): Array<EncodedSpan> => {
  const out: Array<EncodedSpan> = []
  for (const node of nodes) out.push(renderNode(node, traceId, parentId, tally))
  return out
}

/** How a workflow or the trace ends: its duration measured on the Clock unless given. */
const ending = (conclusion: TraceLogger.ConcludeOptions, started: number, now: number): End => ({
  output: conclusion.output,
  statusCode: conclusion.statusCode,
  durationNs: conclusion.durationNs ?? Math.max(0, now - started) * 1_000_000
})

/** A trace being built: its id, its top spans, whether it is concluded (then every handle of it refuses more). */
interface TraceState {
  readonly traceId: string
  readonly roots: Array<Node>
  concluded: boolean
}

const refused = (state: TraceState) => Effect.dieMessage(`TraceLogger: trace ${state.traceId} is already concluded`)

/** One step per span: the Clock read once, the node added to its parent's children. */
const addLeaf = (
  state: TraceState,
  children: Array<Node>,
  make: (id: string, at: number) => Node
): Effect.Effect<void> =>
  Effect.clockWith((clock) => {
    const at = clock.unsafeCurrentTimeMillis()
    if (state.concluded) return refused(state)
    children.push(make(newId(), at))
    return Effect.void
  })

/**
 * The span-adding half of a trace or workflow handle, as methods: none uses `this`, so a detached
 * one works the same (they are plain closures over the trace's state and the parent's children).
 */
const parentOf = (state: TraceState, children: Array<Node>): TraceLogger.SpanParent => ({
  addLlmSpan(options) {
    return addLeaf(state, children, (id, at) => ({ kind: "llm", options, id, at }))
  },
  addRetrieverSpan(options) {
    return addLeaf(state, children, (id, at) => ({ kind: "retriever", options, id, at }))
  },
  addToolSpan(options) {
    return addLeaf(state, children, (id, at) => ({ kind: "tool", options, id, at }))
  },
  addWorkflowSpan(options) {
    return addWorkflow(state, children, options)
  },
  withWorkflowSpan(options, body) {
    return Effect.flatMap(addWorkflow(state, children, options), (workflow) =>
      Effect.onExit(
        body(workflow),
        (exit) => Exit.isSuccess(exit) ? workflow.conclude() : workflow.conclude({ statusCode: 500 })
      ))
  }
})

const addWorkflow = (
  state: TraceState,
  children: Array<Node>,
  options: TraceLogger.WorkflowSpanOptions
): Effect.Effect<TraceLogger.WorkflowHandle> =>
  Effect.clockWith((clock) => {
    const at = clock.unsafeCurrentTimeMillis()
    if (state.concluded) return refused(state)
    const node: Workflow = { kind: "workflow", options, id: newId(), at, children: [], end: undefined }
    children.push(node)
    return Effect.succeed(workflowOf(state, node))
  })

const workflowOf = (state: TraceState, node: Workflow): TraceLogger.WorkflowHandle => ({
  ...parentOf(state, node.children),
  id: node.id,
  conclude(conclusion = {}) {
    return Effect.clockWith((clock) => {
      const now = clock.unsafeCurrentTimeMillis()
      if (state.concluded) return refused(state)
      node.end = ending(conclusion, node.at, now)
      return Effect.void
    })
  }
})

/** A trace handle over one tree of spans. */
const makeHandle = (
  options: TraceLogger.TraceOptions,
  startedAt: number,
  offer: (trace: EncodedTrace, spans: number) => Effect.Effect<boolean>
): TraceLogger.TraceHandle => {
  const state: TraceState = { traceId: newId(), roots: [], concluded: false }
  return {
    ...parentOf(state, state.roots),
    id: state.traceId,
    conclude(conclusion = {}) {
      return Effect.clockWith((clock) => {
        const now = clock.unsafeCurrentTimeMillis()
        if (state.concluded) return refused(state)
        state.concluded = true
        const end = ending(conclusion, startedAt, now)
        // rendered in the contract's wire shape and checked record by record (a bad one throws: a defect)
        return Effect.suspend(() => {
          const tally: Tally = { spans: 0 }
          const traceId = state.traceId
          const spans = renderChildren(state.roots, traceId, traceId, tally)
          const record = common("trace", options, startedAt, end.statusCode ?? options.statusCode)
          record["id"] = traceId
          put(record, "input", options.input)
          put(record, "output", end.output ?? options.output)
          put(record, "session_id", options.sessionId)
          metrics(record, end.durationNs)
          return offer({ ...checkTrace(record), spans }, tally.spans)
        })
      })
    }
  }
}

// ---------------------------------------------------------------------------------------------
// the buffer and the flushers

interface Item {
  readonly trace: EncodedTrace
  readonly spans: number
}

/** Running counts, kept by the logger's own steps (each update is one synchronous step). */
interface Tallies {
  traces: number
  spans: number
}

const tallies = (): Tallies => ({ traces: 0, spans: 0 })

const snapshot = (t: Tallies): TraceLogger.Counts => ({ traces: t.traces, spans: t.spans })

const addItems = (t: Tallies, items: ReadonlyArray<Item>): void => {
  t.traces += items.length
  for (const item of items) t.spans += item.spans
}

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
    const lock = yield* Effect.makeSemaphore(1)
    const accepted = tallies()
    const sent = tallies()
    const dropped = tallies()
    const failed = tallies()
    let batches = 0
    let closed = false
    /** A conclusion wakes the batch flusher when the buffer holds a full batch. */
    const threshold = settings.batchSize

    const sendBatch = (items: ReadonlyArray<Item>) =>
      send(items.map((item) => item.trace)).pipe(
        Effect.matchCauseEffect({
          onSuccess: () =>
            Effect.sync(() => {
              addItems(sent, items)
              batches++
            }),
          onFailure: (cause) =>
            Effect.zipRight(
              Effect.sync(() => addItems(failed, items)),
              Effect.logWarning(`galileo-effect TraceLogger: a batch of ${items.length} traces was not sent`, cause)
            )
        })
      )

    /** Takes one batch of at most `n` and sends it, as one uninterruptible step; how many it took. */
    const step = (n: number) =>
      Effect.uninterruptible(
        Effect.flatMap(Queue.takeUpTo(queue, n), (chunk) => {
          const items = Array.from(chunk)
          return items.length === 0 ? Effect.succeed(0) : Effect.as(sendBatch(items), items.length)
        })
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

    const drop = (spans: number) => {
      dropped.traces++
      dropped.spans += spans
      return false
    }

    /** Offers a concluded trace: counted, and the batch flusher woken when a full batch is there. */
    const offer = (trace: EncodedTrace, spans: number): Effect.Effect<boolean> =>
      closed
        ? Effect.sync(() => drop(spans))
        : Effect.flatMap(Queue.offer(queue, { trace, spans }), (ok) => {
          if (!ok) return Effect.succeed(drop(spans))
          accepted.traces++
          accepted.spans += spans
          return Option.getOrElse(queue.unsafeSize(), () => 0) >= threshold
            ? Effect.as(Queue.offer(wake, undefined), true)
            : Effect.succeed(true)
        })

    const onInterval = yield* Effect.forkScoped(Effect.forever(Effect.delay(flushAll, settings.flushInterval)))
    const onFull = yield* Effect.forkScoped(Effect.forever(Effect.zipRight(Queue.take(wake), flushFull)))
    // runs before the scope interrupts the fibers (finalizers run in reverse order)
    yield* Effect.addFinalizer(() =>
      Effect.sync(() => {
        closed = true
      }).pipe(
        Effect.zipRight(Fiber.interruptAll([onInterval, onFull])),
        Effect.zipRight(flushAll),
        Effect.zipRight(Queue.shutdown(queue)),
        Effect.zipRight(Queue.shutdown(wake))
      )
    )

    const startTrace = (options: TraceLogger.TraceOptions) =>
      Effect.clockWith((clock) => Effect.succeed(makeHandle(options, clock.unsafeCurrentTimeMillis(), offer)))

    return {
      startTrace,
      withTrace: (options, body) =>
        Effect.flatMap(startTrace(options), (trace) =>
          Effect.onExit(
            body(trace),
            (exit) => Effect.asVoid(Exit.isSuccess(exit) ? trace.conclude() : trace.conclude({ statusCode: 500 }))
          )),
      flush: flushAll,
      stats: Effect.sync((): TraceLogger.Stats => ({
        accepted: snapshot(accepted),
        sent: snapshot(sent),
        dropped: snapshot(dropped),
        failed: snapshot(failed),
        batches
      }))
    }
  })

// ---------------------------------------------------------------------------------------------
// the real sender

/** The ingest request's wire side without its traces: the same for every batch of a logger. */
export const Envelope = /* @__PURE__ */ Schema.encodedBoundSchema(
  Schema.Struct(Api.LogTracesIngestRequest.fields).omit("traces")
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
    // the envelope is the same for every batch: checked by the contract once, here
    const envelope = yield* Effect.orDie(
      Schema.decodeUnknown(Envelope)({
        ...(destination.logStreamId === undefined ? {} : { log_stream_id: destination.logStreamId }),
        ...(destination.experimentId === undefined ? {} : { experiment_id: destination.experimentId }),
        logging_method: "typescript_client",
        client_version: version
      })
    )
    return (traces) => {
      // each trace was checked by the contract's schema when it concluded: no second pass over the batch
      const body: typeof Api.LogTracesIngestRequest.Encoded = { ...envelope, traces: [traces[0]!, ...traces.slice(1)] }
      const request = HttpClientRequest.bodyUnsafeJson(HttpClientRequest.post(path), body)
      const once = Effect.flatMap(client.execute(request), client.decode(Api.LogTracesIngestResponse))
      return Effect.asVoid(config.retryNonIdempotent ? once : Retry.retry(config.retryPolicy, where, () => once))
    }
  })
