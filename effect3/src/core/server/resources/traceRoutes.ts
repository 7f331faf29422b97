// Copied from core/src/server/resources/traceRoutes.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * The routes of traces and spans: logging them (to a log stream or an experiment of the project,
 * exactly one), reading one back with its children, and querying or counting them.
 *
 * @since 0.3.0
 */
import type { Answer } from "../http.js"
import { projectNotFound, projectParam, withProject } from "./projectRoutes.js"
import * as Query from "./query.js"
import * as Records from "./records.js"
import { detail, full, noBody, ok, type ResourceRoute, route } from "./route.js"
import {
  LogRecordsQueryCountRequest,
  LogRecordsQueryRequest,
  LogSpansIngestRequest,
  LogTracesIngestRequest
} from "./schemas.js"
import type { Project, Run, Store, StoredTrace } from "./store.js"
import { newId } from "./uuid.js"
import * as V from "./validate.js"

interface RunIds {
  readonly log_stream_id: string | null
  readonly experiment_id: string | null
  readonly metrics_testing_id: string | null
}

const oneRun = "Value error, Exactly one of log_stream_id, experiment_id or metrics_testing_id must be set."

/** The run a body names (exactly one of its ids), or the answer: 422 (none or several), 404. */
const runOf = (store: Store, project: Project, body: RunIds, input: V.Issue["input"]): Run | Answer => {
  const given = [body.log_stream_id, body.experiment_id, body.metrics_testing_id].filter((id) => id !== null)
  const [id] = given
  if (given.length !== 1 || id === undefined) {
    return V.unprocessable([{ type: "value_error", loc: ["body"], msg: oneRun, input, ctx: { error: {} } }])
  }
  const run = store.run(id)
  if (run !== undefined && run.projectId === project.id) return run
  return detail(
    404,
    body.log_stream_id !== null
      ? "Log stream not found"
      : body.experiment_id !== null
      ? "Experiment not found"
      : "Metrics testing run not found"
  )
}

const isRun = (u: Run | Answer): u is Run => "kind" in u

const runFields = (run: Run) => ({
  log_stream_id: run.kind === "log_stream" ? run.id : null,
  experiment_id: run.kind === "experiment" ? run.id : null,
  metrics_testing_id: null
})

const traceParams = V.model({ trace_id: V.required(V.uuid4), project_id: V.required(V.uuid4) })
const spanParams = V.model({ span_id: V.required(V.uuid4), project_id: V.required(V.uuid4) })
const presigned = V.model({ include_presigned_urls: V.optional(V.bool, () => false) })

const traceIn = (store: Store, project: Project, id: string): StoredTrace | undefined => {
  const trace = store.trace(id)
  return trace !== undefined && trace.projectId === project.id ? trace : undefined
}

type Kind = "traces" | "spans"

/** The records of a run a query reads, each with what it sorts by. */
const recordsOf = (store: Store, project: Project, run: Run, kind: Kind) =>
  store.tracesOf(project).filter((t) => t.run === run).flatMap((trace) =>
    kind === "traces"
      ? [{ createdAt: trace.createdAt, name: String(trace.fields.name), record: Records.traceRecord(trace, false) }]
      : trace.allSpans.map((span) => ({
        createdAt: span.createdAt,
        name: String(span.fields["name"] ?? ""),
        record: Records.spanRecord(trace, span, false)
      }))
  )

const search = (kind: Kind): ResourceRoute =>
  route({
    name: kind === "traces" ? "query_traces" : "query_spans",
    method: "POST",
    path: `/projects/{project_id}/${kind}/search`,
    group: "trace",
    params: projectParam,
    query: V.model({}),
    body: LogRecordsQueryRequest,
    handler: (store, { body, params, raw }) =>
      withProject(store, params.project_id, (project) => {
        const run = runOf(store, project, body, raw)
        if (!isRun(run)) return run
        const test = Query.predicate(body.filters, body.filter_tree)
        if (!(typeof test === "function")) return detail(400, test.detail)
        const sorted = Query.sort(recordsOf(store, project, run, kind).filter((r) => test(r.record)), body.sort)
        if (!Array.isArray(sorted)) return detail(400, sorted.detail)
        return ok(Query.page(sorted.map((r) => r.record), body.starting_token, body.limit))
      })
  })

const count = (kind: Kind): ResourceRoute =>
  route({
    name: kind === "traces" ? "count_traces" : "count_spans",
    method: "POST",
    path: `/projects/{project_id}/${kind}/count`,
    group: "trace",
    params: projectParam,
    query: V.model({}),
    body: LogRecordsQueryCountRequest,
    handler: (store, { body, params, raw }) =>
      withProject(store, params.project_id, (project) => {
        const run = runOf(store, project, body, raw)
        if (!isRun(run)) return run
        const test = Query.predicate(body.filters, body.filter_tree)
        if (!(typeof test === "function")) return detail(400, test.detail)
        return ok({ total_count: recordsOf(store, project, run, kind).filter((r) => test(r.record)).length })
      })
  })

/**
 * The routes, in the order the router tries them.
 *
 * @since 0.3.0
 * @category routes
 */
export const traceRoutes: ReadonlyArray<ResourceRoute> = [
  route({
    name: "log_traces",
    method: "POST",
    path: "/projects/{project_id}/traces",
    group: "trace",
    params: projectParam,
    query: V.model({}),
    body: LogTracesIngestRequest,
    handler: (store, { body, now, params, raw }) =>
      withProject(store, params.project_id, (project) => {
        const run = runOf(store, project, body, raw)
        if (!isRun(run)) return run
        const sessionId = body.session_id ?? newId()
        const stored = store.addTraces(project, run, sessionId, body.traces, body.is_complete, now)
        if ("_tag" in stored) return full("spans in one trace", stored.cap, stored.limit)
        const spans = stored.reduce((n, t) => n + t.allSpans.length, 0)
        return ok({
          ...runFields(run),
          project_id: project.id,
          project_name: project.name,
          session_id: sessionId,
          records_count: stored.length + spans,
          traces_count: stored.length,
          spans_count: spans,
          trace_ids: body.include_trace_ids ? stored.map((t) => t.id) : null
        })
      })
  }),
  route({
    name: "get_trace",
    method: "GET",
    path: "/projects/{project_id}/traces/{trace_id}",
    group: "trace",
    params: traceParams,
    query: presigned,
    body: noBody,
    handler: (store, { params }) =>
      withProject(store, params.project_id, (project) => {
        const trace = traceIn(store, project, params.trace_id)
        return trace === undefined ? detail(404, "Trace not found") : ok(Records.traceRecord(trace, true))
      })
  }),
  route({
    name: "log_spans",
    method: "POST",
    path: "/projects/{project_id}/spans",
    group: "trace",
    params: projectParam,
    query: V.model({}),
    body: LogSpansIngestRequest,
    handler: (store, { body, now, params, raw }) =>
      withProject(store, params.project_id, (project) => {
        const run = runOf(store, project, body, raw)
        if (!isRun(run)) return run
        const trace = traceIn(store, project, body.trace_id)
        if (trace === undefined || trace.run !== run) return detail(404, "Trace not found")
        const span = store.span(body.parent_id)
        const parent = body.parent_id === trace.id
          ? trace
          : span !== undefined && span.traceId === trace.id
          ? span
          : undefined
        if (parent === undefined) return detail(404, "Parent not found")
        const added = store.addSpans(trace, parent, body.spans, now)
        if ("_tag" in added) return full("spans in one trace", added.cap, added.limit)
        return ok({
          ...runFields(run),
          project_id: project.id,
          project_name: project.name,
          session_id: trace.sessionId,
          records_count: added.count,
          trace_id: trace.id,
          parent_id: parent.id
        })
      })
  }),
  route({
    name: "get_span",
    method: "GET",
    path: "/projects/{project_id}/spans/{span_id}",
    group: "trace",
    params: spanParams,
    query: presigned,
    body: noBody,
    handler: (store, { params }) => {
      const project = store.project(params.project_id)
      if (project === undefined) return projectNotFound
      const span = store.span(params.span_id)
      const trace = span === undefined ? undefined : traceIn(store, project, span.traceId)
      return span === undefined || trace === undefined
        ? detail(404, "Span not found")
        : ok(Records.spanRecord(trace, span, true))
    }
  }),
  search("traces"),
  count("traces"),
  search("spans"),
  count("spans")
]
