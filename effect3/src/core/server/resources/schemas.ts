// Copied from core/src/server/resources/schemas.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * The request models of the resource routes, as the reference declares them (field order,
 * defaults, constraints, unions and their discriminators), written with the checks of
 * `validate.ts`: projects, log streams, traces and spans, experiments, record queries. Fields
 * the server stores without reading (prompt settings, scorers, events, filter trees) are taken
 * as any JSON.
 *
 * @since 0.3.0
 */
import * as PythonJson from "../pythonJson.js"
import * as V from "./validate.js"

const none = () => null
const empty = () => ""
const noList = <A>(): Array<A> => []
const noDict = <A>(): Record<string, A> => ({})
const noFields = new PythonJson.Dict(new Map())

/**
 * The reference's `ProjectType`.
 *
 * @since 0.3.0
 * @category constants
 */
export const projectTypes = ["prompt_evaluation", "llm_monitor", "protect", "gen_ai"] as const

/**
 * `ProjectCreate`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ProjectCreate = V.model({
  name: V.required(V.str({ minLength: 1 })),
  created_by: V.optional(V.nullable(V.uuid4), none),
  type: V.optional(V.enumOf(projectTypes), () => "gen_ai" as const),
  create_example_templates: V.optional(V.bool, () => false)
})

/**
 * `LogStreamCreateRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const LogStreamCreateRequest = V.model({ name: V.required(V.str({ minLength: 1 })) })

// ---------------------------------------------------------------------------------------------
// traces and spans
// ---------------------------------------------------------------------------------------------

const partsLabel = "list[tagged-union[TextContentPart,FileContentPart]]"

const ContentPart = V.tagged<Record<string, unknown>>(
  "type",
  new Map<string, V.Check<Record<string, unknown>>>([
    ["text", V.model({ type: V.optional(V.literal(["text"]), () => "text" as const), text: V.required(V.str()) })],
    ["file", V.model({ type: V.optional(V.literal(["file"]), () => "file" as const), file_id: V.required(V.uuid4) })]
  ])
)

const Parts = V.list(ContentPart)

const textOrParts = V.union<unknown>([["str", V.str()], [partsLabel, Parts]])

/**
 * The reference's `MessageRole`.
 *
 * @since 0.3.0
 * @category constants
 */
export const messageRoles = ["agent", "assistant", "developer", "function", "system", "tool", "user"] as const

/**
 * `Message` (galileo-core's logging message).
 *
 * @since 0.3.0
 * @category schemas
 */
export const Message = V.model({
  content: V.required(textOrParts),
  role: V.required(V.enumOf(messageRoles)),
  tool_call_id: V.optional(V.nullable(V.str()), none),
  tool_calls: V.optional(
    V.nullable(V.list(V.model({
      id: V.required(V.str()),
      function: V.required(V.model({ name: V.required(V.str()), arguments: V.required(V.str()) }))
    }))),
    none
  )
})

const laxScalar = V.union<unknown>([["bool", V.bool], ["str", V.str()], ["int", V.int], ["float", V.float]])

/** `Union[bool, str, int, float]` in smart mode: a value of one of the types exactly is kept as it is. */
const scalar: V.Check<unknown> = (value, loc, issues) =>
  typeof value === "boolean" || typeof value === "string" || value instanceof PythonJson.Int ||
    value instanceof PythonJson.Float
    ? V.anything(value, loc, issues)
    : laxScalar(value, loc, issues)

const Document = V.model({
  metadata: V.optional(V.dict(scalar), noDict),
  content: V.required(V.str())
}, "forbid")

const Messages = V.list(Message)
const Documents = V.list(Document)

const stepInput = V.union<unknown>([["str", V.str()], ["list[Message]", Messages], [partsLabel, Parts]])
const stepOutput = V.nullable(V.union<unknown>([
  ["str", V.str()],
  ["Message", Message],
  ["list[Document]", Documents],
  [partsLabel, Parts],
  ["ControlResult", V.model({}, "allow")]
]))

const metrics = V.model({ duration_ns: V.optional(V.nullable(V.int), none) }, "allow")

const llmMetricNames = [
  "duration_ns",
  "num_input_tokens",
  "num_output_tokens",
  "num_total_tokens",
  "time_to_first_token_ns",
  "num_image_input_tokens",
  "num_audio_input_tokens",
  "num_audio_output_tokens",
  "num_image_output_tokens"
] as const

const llmMetrics = V.model(
  Object.fromEntries(llmMetricNames.map((name) => [name, V.optional(V.nullable(V.int), none)])),
  "allow"
)

const nullableUuid = V.optional(V.nullable(V.uuid4), none)
const nullableStr = V.optional(V.nullable(V.str()), none)

/** The fields every step (trace or span) has, after its `type`, `input`, `output` and their redactions. */
const stepFields = (metricsCheck: V.Check<Record<string, unknown>>) => ({
  name: V.optional(V.str(), empty),
  created_at: V.optional<number | undefined>(V.datetime, () => undefined),
  user_metadata: V.optional(V.dict(V.str()), noDict),
  tags: V.optional(V.list(V.str()), noList),
  status_code: V.optional(V.nullable(V.int), none),
  metrics: V.optional(metricsCheck, () => {
    const defaults = metricsCheck(noFields, undefined, [])
    return defaults instanceof V.Invalid ? {} : defaults
  }),
  external_id: nullableStr,
  dataset_input: nullableStr,
  dataset_output: nullableStr,
  dataset_metadata: V.optional(V.dict(V.str()), noDict),
  id: nullableUuid,
  session_id: nullableUuid,
  trace_id: nullableUuid,
  step_number: V.optional(V.nullable(V.int), none),
  parent_id: nullableUuid
})

/**
 * A span as logged: its `type` and fields, its child spans (none for `llm` and `control`).
 *
 * @since 0.3.0
 * @category models
 */
export interface SpanInput {
  readonly type: string
  readonly id: string | null
  readonly created_at: number | undefined
  readonly spans?: ReadonlyArray<SpanInput>
  readonly [field: string]: unknown
}

const children: V.Check<Array<SpanInput>> = (value, loc, issues) => Spans(value, loc, issues)
const childSpans = V.optional(children, noList)

const io = <I, O>(type: string, input: V.Field<I>, output: V.Field<O>, redactedOutput: V.Check<O | null>) => ({
  type: V.optional(V.literal([type]), () => type),
  input,
  redacted_input: V.optional(V.nullable(input.check), none),
  output,
  redacted_output: V.optional(redactedOutput, none)
})

const spanMembers: ReadonlyArray<readonly [string, V.Check<SpanInput>]> = [
  [
    "agent",
    V.model({
      ...io("agent", V.optional(stepInput, empty), V.optional(stepOutput, none), stepOutput),
      ...stepFields(metrics),
      spans: childSpans,
      agent_type: V.optional(
        V.enumOf(["default", "planner", "react", "reflection", "router", "classifier", "supervisor", "judge"]),
        () => "default" as const
      )
    })
  ],
  [
    "workflow",
    V.model({
      ...io("workflow", V.optional(stepInput, empty), V.optional(stepOutput, none), stepOutput),
      ...stepFields(metrics),
      spans: childSpans
    })
  ],
  [
    "llm",
    V.model({
      ...io(
        "llm",
        V.optional(Messages, noList),
        V.optional(Message, () => ({ content: "", role: "assistant" as const, tool_call_id: null, tool_calls: null })),
        V.nullable(Message)
      ),
      ...stepFields(llmMetrics),
      tools: V.optional(V.nullable(V.list(V.dict(V.anything))), none),
      events: V.optional(V.nullable(V.list(V.anything)), none),
      model: nullableStr,
      temperature: V.optional(V.nullable(V.float), none),
      finish_reason: nullableStr
    })
  ],
  [
    "retriever",
    V.model({
      ...io("retriever", V.optional(V.str(), empty), V.optional(Documents, noList), V.nullable(Documents)),
      ...stepFields(metrics),
      spans: childSpans
    })
  ],
  [
    "tool",
    V.model({
      ...io("tool", V.optional(V.str(), empty), V.optional(V.nullable(V.str()), none), V.nullable(V.str())),
      ...stepFields(metrics),
      spans: childSpans,
      tool_call_id: nullableStr
    })
  ],
  [
    "control",
    V.model({
      ...io(
        "control",
        V.optional(stepInput, empty),
        V.optional(V.nullable(V.model({}, "allow")), none),
        V.nullable(V.model({}, "allow"))
      ),
      ...stepFields(metrics)
    })
  ]
]

/**
 * A span: the members of the reference's union, discriminated by `type`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Span: V.Check<SpanInput> = V.tagged("type", new Map(spanMembers))

const Spans = V.list(Span)

/**
 * `Trace`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Trace = V.model({
  type: V.optional(V.literal(["trace"]), () => "trace" as const),
  input: V.optional(textOrParts, empty),
  redacted_input: V.optional(V.nullable(textOrParts), none),
  output: V.optional(V.nullable(textOrParts), none),
  redacted_output: V.optional(V.nullable(textOrParts), none),
  ...stepFields(metrics),
  spans: V.optional(Spans, noList)
})

/**
 * A trace as logged.
 *
 * @since 0.3.0
 * @category models
 */
export type TraceInput = typeof Trace extends V.Check<infer A> ? A : never

const runIds = {
  log_stream_id: nullableUuid,
  experiment_id: nullableUuid,
  metrics_testing_id: nullableUuid
}

const ingestCommon = {
  ...runIds,
  logging_method: V.optional(
    V.enumOf(["playground", "python_client", "typescript_client", "api_direct"]),
    () => "api_direct" as const
  ),
  client_version: nullableStr,
  reliable: V.optional(V.bool, () => true)
}

/**
 * `LogTracesIngestRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const LogTracesIngestRequest = V.model({
  ...ingestCommon,
  session_id: nullableUuid,
  session_external_id: nullableStr,
  traces: V.required(V.list(Trace, { minItems: 1 })),
  is_complete: V.optional(V.bool, () => true),
  include_trace_ids: V.optional(V.bool, () => false)
})

/**
 * `LogSpansIngestRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const LogSpansIngestRequest = V.model({
  ...ingestCommon,
  spans: V.required(V.list(Span, { minItems: 1 })),
  trace_id: V.required(V.uuid4),
  parent_id: V.required(V.uuid4)
})

// ---------------------------------------------------------------------------------------------
// experiments and queries
// ---------------------------------------------------------------------------------------------

/**
 * `ExperimentCreateRequest` (`prompt_settings` and `scorers` kept as given).
 *
 * @since 0.3.0
 * @category schemas
 */
export const ExperimentCreateRequest = V.model({
  name: V.required(V.str({ minLength: 1 })),
  task_type: V.optional(V.intLiteral([16, 17]), () => 16),
  playground_id: nullableUuid,
  prompt_template_version_id: nullableUuid,
  dataset: V.optional(
    V.nullable(V.model({ dataset_id: V.required(V.uuid4), version_index: V.required(V.int) })),
    none
  ),
  playground_prompt_id: nullableUuid,
  prompt_settings: V.optional(V.nullable(V.dict(V.anything)), none),
  scorers: V.optional(V.list(V.anything), noList),
  trigger: V.optional(V.bool, () => false),
  experiment_group_id: nullableUuid,
  experiment_group_name: V.optional(V.nullable(V.str({ minLength: 1, maxLength: 255 })), none)
})

const idOrText = V.union<string | Array<string>>([
  ["uuid", V.uuid4],
  ["list[union[uuid,str]]", V.list(V.union<string>([["uuid", V.uuid4], ["str", V.str()]]))],
  ["str", V.str()]
])

const loose = (type: string) => V.model({ type: V.required(V.literal([type])) }, "allow")

/**
 * A filter of a records query: `id` and `text` filters are read (the others are refused when the
 * query runs).
 *
 * @since 0.3.0
 * @category schemas
 */
export const Filter = V.tagged<Record<string, unknown>>(
  "type",
  new Map<string, V.Check<Record<string, unknown>>>([
    [
      "id",
      V.model({
        column_id: V.required(V.str()),
        operator: V.optional(V.enumOf(["eq", "ne", "one_of", "not_in", "contains"]), () => "eq" as const),
        value: V.required(idOrText),
        type: V.optional(V.literal(["id"]), () => "id" as const)
      })
    ],
    ["date", loose("date")],
    ["number", loose("number")],
    ["boolean", loose("boolean")],
    ["collection", loose("collection")],
    [
      "text",
      V.model({
        column_id: V.required(V.str()),
        operator: V.required(V.enumOf(["eq", "ne", "contains", "one_of", "not_in"])),
        value: V.required(V.union<string | Array<string>>([["str", V.str()], ["list[str]", V.list(V.str())]])),
        case_sensitive: V.optional(V.bool, () => true),
        type: V.optional(V.literal(["text"]), () => "text" as const)
      })
    ],
    ["fully_annotated", loose("fully_annotated")]
  ])
)

const queryFilters = {
  filters: V.optional(V.list(Filter), noList),
  filter_tree: V.optional(V.nullable(V.anything), none)
}

/**
 * `LogRecordsQueryRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const LogRecordsQueryRequest = V.model({
  starting_token: V.optional(V.int, () => 0),
  limit: V.optional(V.int, () => 100),
  previous_last_row_id: nullableUuid,
  ...runIds,
  ...queryFilters,
  sort: V.optional(
    V.nullable(V.model({
      column_id: V.required(V.str()),
      ascending: V.optional(V.bool, () => true),
      sort_type: V.optional(V.literal(["column"]), () => "column" as const)
    })),
    none
  ),
  truncate_fields: V.optional(V.bool, () => false),
  include_counts: V.optional(V.bool, () => false),
  include_code_metric_metadata: V.optional(V.bool, () => false)
})

/**
 * `LogRecordsQueryCountRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const LogRecordsQueryCountRequest = V.model({ ...runIds, ...queryFilters })
