/**
 * The trace-logger section's imitated LLM call, and the ingest body a user builds by hand for a
 * batch of them without the library: plain objects, ids by `crypto.randomUUID()`, ISO timestamps,
 * the field names and values `TraceLogger` sends for the same call (the runner checks that the
 * two bodies the server received are the same JSON but for ids and timestamps). No Effect and no
 * library code here: one file at the root, which both lines' benchmarks import.
 */
import { randomUUID } from "node:crypto"

/** One imitated LLM call: a workflow span holding a retriever span and an LLM span, the same every time. */
export const call = {
  traceName: "chat",
  question: "What does the refund policy say about opened items?",
  workflowName: "answer-with-sources",
  retrieverName: "search-policies",
  documents: [
    {
      content: "Opened items can be returned within 30 days of delivery for store credit.",
      metadata: { source: "refund-policy.md", section: "3.1" }
    },
    {
      content: "Items damaged on arrival are refunded in full, opened or not.",
      metadata: { source: "refund-policy.md", section: "3.4" }
    }
  ],
  llmName: "gpt-4o answer",
  system: "Answer from the documents only, and cite the section.",
  answer: "Opened items can be returned within 30 days for store credit (section 3.1).",
  model: "gpt-4o",
  temperature: 0,
  numInputTokens: 182,
  numOutputTokens: 19,
  totalTokens: 201,
  retrieverNs: 12_000_000,
  llmNs: 850_000_000,
  workflowNs: 870_000_000,
  traceNs: 875_000_000
} as const

/** What the request says besides its traces. */
export interface Envelope {
  readonly logStreamId: string
  readonly clientVersion: string
}

const now = () => new Date().toISOString()

/** One trace of the call, by hand. */
const trace = () => {
  const traceId = randomUUID()
  const workflowId = randomUUID()
  const traceAt = now()
  const workflowAt = now()
  const retrieverAt = now()
  const llmAt = now()
  return {
    type: "trace",
    input: call.question,
    output: call.answer,
    name: call.traceName,
    created_at: traceAt,
    metrics: { duration_ns: call.traceNs },
    id: traceId,
    spans: [
      {
        type: "workflow",
        input: call.question,
        output: call.answer,
        name: call.workflowName,
        created_at: workflowAt,
        metrics: { duration_ns: call.workflowNs },
        id: workflowId,
        trace_id: traceId,
        parent_id: traceId,
        spans: [
          {
            type: "retriever",
            input: call.question,
            output: call.documents.map((d) => ({ content: d.content, metadata: { ...d.metadata } })),
            name: call.retrieverName,
            created_at: retrieverAt,
            metrics: { duration_ns: call.retrieverNs },
            id: randomUUID(),
            trace_id: traceId,
            parent_id: workflowId
          },
          {
            type: "llm",
            input: [{ role: "system", content: call.system }, { role: "user", content: call.question }],
            output: { role: "assistant", content: call.answer },
            name: call.llmName,
            created_at: llmAt,
            metrics: {
              duration_ns: call.llmNs,
              num_input_tokens: call.numInputTokens,
              num_output_tokens: call.numOutputTokens,
              num_total_tokens: call.totalTokens
            },
            id: randomUUID(),
            trace_id: traceId,
            parent_id: workflowId,
            model: call.model,
            temperature: call.temperature
          }
        ]
      }
    ]
  }
}

/** The ingest request for `n` traces of the call, built by hand. */
export const ingestBody = (n: number, envelope: Envelope) => {
  const traces = new Array<ReturnType<typeof trace>>(n)
  for (let i = 0; i < n; i++) traces[i] = trace()
  return {
    log_stream_id: envelope.logStreamId,
    logging_method: "typescript_client",
    client_version: envelope.clientVersion,
    traces
  }
}

// --- the check: the same JSON but for ids and timestamps -------------------------------------

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

/** `value` with every uuid and ISO timestamp replaced by a placeholder, keys sorted. */
const canonical = (value: unknown): unknown => {
  if (typeof value === "string") return uuid.test(value) ? "<uuid>" : isoTime.test(value) ? "<time>" : value
  if (Array.isArray(value)) return value.map(canonical)
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.keys(value).sort().map((key) => [key, canonical(Reflect.get(value, key))])
    )
  }
  return value
}

/** The first path where `a` and `b` differ (after {@link canonical}), or `undefined` when they are the same. */
const difference = (a: unknown, b: unknown, path: string): string | undefined => {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) {
    return JSON.stringify(a) === JSON.stringify(b) ? undefined : `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`
  }
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()
  for (const key of keys) {
    const d = difference(Reflect.get(a, key), Reflect.get(b, key), `${path}.${key}`)
    if (d !== undefined) return d
  }
  return undefined
}

/**
 * Compares two ingest bodies as received: the same JSON but for ids and timestamps, `n` traces
 * each; throws naming the first difference. Their byte lengths.
 */
export const sameBatch = (
  n: number,
  library: string,
  baseline: string
): { readonly library: number; readonly baseline: number } => {
  const a: unknown = JSON.parse(library)
  const b: unknown = JSON.parse(baseline)
  for (const [who, body] of [["library", a], ["baseline", b]] as const) {
    const traces = typeof body === "object" && body !== null ? Reflect.get(body, "traces") : undefined
    if (!Array.isArray(traces) || traces.length !== n) {
      throw new Error(`the ${who}'s ingest body holds ${Array.isArray(traces) ? traces.length : "no"} traces, not ${n}`)
    }
  }
  const d = difference(canonical(a), canonical(b), "body")
  if (d !== undefined) throw new Error(`the two ingest bodies differ (library vs baseline) at ${d}`)
  return { library: Buffer.byteLength(library), baseline: Buffer.byteLength(baseline) }
}
