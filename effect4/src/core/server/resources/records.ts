// Copied from core/src/server/resources/records.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * The answers of the resource routes, shaped as the reference's response models: `ProjectDB`,
 * `ProjectDBThin`, `ProjectCreateResponse`, `LogStreamResponse`, `ExperimentResponse`, the
 * extended trace and span records (with or without their children), `DatasetDB`. Optional fields
 * the server does not compute are answered with their defaults (empty, `null`).
 *
 * @since 0.3.0
 */
import { renderDatetime } from "./datetime.js"
import type { Dataset, Experiment, LogStream, Project, Run, StoredSpan, StoredTrace, User } from "./store.js"

/**
 * `UserInfo`.
 *
 * @since 0.3.0
 * @category records
 */
export const userInfo = (user: User) => ({
  id: user.id,
  email: user.email,
  first_name: user.email.split("@")[0] ?? "",
  last_name: ""
})

/**
 * `ProjectCreateResponse`.
 *
 * @since 0.3.0
 * @category records
 */
export const projectCreated = (project: Project) => ({
  name: project.name,
  created_by: project.createdBy.id,
  type: project.type,
  id: project.id,
  created_at: renderDatetime(project.createdAt),
  updated_at: renderDatetime(project.createdAt)
})

/**
 * `ProjectDBThin`.
 *
 * @since 0.3.0
 * @category records
 */
export const projectThin = (project: Project) => ({
  id: project.id,
  permissions: [],
  name: project.name,
  created_by: project.createdBy.id,
  type: project.type,
  runs: [],
  created_at: renderDatetime(project.createdAt),
  updated_at: renderDatetime(project.createdAt),
  bookmark: false
})

/**
 * `ProjectDB`.
 *
 * @since 0.3.0
 * @category records
 */
export const projectDb = (project: Project) => ({
  ...projectThin(project),
  created_by_user: userInfo(project.createdBy),
  labels: []
})

const runCommon = (run: Run, counts: boolean) => ({
  id: run.id,
  created_at: renderDatetime(run.createdAt),
  updated_at: renderDatetime(run.createdAt),
  name: run.name,
  project_id: run.projectId,
  created_by: run.createdBy.id,
  created_by_user: userInfo(run.createdBy),
  num_spans: counts ? run.numSpans : null,
  num_traces: counts ? run.numTraces : null
})

/**
 * `LogStreamResponse` (`num_spans` and `num_traces` only when counts are asked for).
 *
 * @since 0.3.0
 * @category records
 */
export const logStream = (stream: LogStream, counts = false) => ({
  ...runCommon(stream, counts),
  has_user_created_sessions: false
})

/**
 * `ExperimentResponse`.
 *
 * @since 0.3.0
 * @category records
 */
export const experiment = (e: Experiment, counts = false) => ({
  ...runCommon(e, counts),
  num_sessions: null,
  task_type: e.taskType,
  dataset: e.dataset === null ? null : { ...e.dataset, name: null },
  aggregate_metrics: {},
  structured_aggregate_metrics: null,
  aggregate_feedback: {},
  rating_aggregates: {},
  ranking_score: null,
  rank: null,
  winner: null,
  playground_id: e.playgroundId,
  playground: null,
  prompt_run_settings: e.promptSettings,
  prompt_model: null,
  prompt: null,
  tags: {},
  experiment_group_id: e.experimentGroupId,
  experiment_group_name: e.experimentGroupName,
  experiment_group_is_system: null
})

/** What the extended records add to a logged step, computed or empty. */
const extended = (createdAt: number, hasChildren: boolean, isComplete: boolean) => ({
  updated_at: renderDatetime(createdAt),
  has_children: hasChildren,
  metrics_batch_id: null,
  session_batch_id: null,
  feedback_rating_info: {},
  annotations: {},
  file_ids: [],
  file_modalities: [],
  annotation_aggregates: {},
  annotation_agreement: {},
  overall_annotation_agreement: null,
  annotation_queue_ids: [],
  fully_annotated: null,
  progress_message: "",
  error_message: "",
  metric_info: null,
  files: null,
  is_complete: isComplete
})

const withoutSpans = (fields: Readonly<Record<string, unknown>>): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(fields)) {
    if (k !== "spans") Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true })
  }
  return out
}

/**
 * An `ExtendedTraceRecordWithChildren` (its spans as records with theirs), or the
 * `ExtendedTraceRecord` a query answers when `children` is false.
 *
 * @since 0.3.0
 * @category records
 */
export const traceRecord = (trace: StoredTrace, children: boolean): Record<string, unknown> => ({
  ...withoutSpans(trace.fields),
  created_at: renderDatetime(trace.createdAt),
  id: trace.id,
  session_id: trace.sessionId,
  trace_id: trace.id,
  project_id: trace.projectId,
  run_id: trace.run.id,
  ...extended(trace.createdAt, trace.spans.length > 0, trace.isComplete),
  num_spans: trace.allSpans.length,
  ...(children ? { spans: trace.spans.map((s) => spanRecord(trace, s, true)) } : {})
})

/**
 * An extended span record of its type (with its children when it can have some and `children`
 * is true).
 *
 * @since 0.3.0
 * @category records
 */
export const spanRecord = (trace: StoredTrace, span: StoredSpan, children: boolean): Record<string, unknown> => {
  const canHaveChildren = span.fields.type !== "llm" && span.fields.type !== "control"
  return {
    ...withoutSpans(span.fields),
    created_at: renderDatetime(span.createdAt),
    id: span.id,
    session_id: trace.sessionId,
    trace_id: trace.id,
    project_id: trace.projectId,
    run_id: trace.run.id,
    parent_id: span.parentId,
    ...extended(span.createdAt, span.children.length > 0, trace.isComplete),
    ...(children && canHaveChildren ? { spans: span.children.map((c) => spanRecord(trace, c, true)) } : {})
  }
}

/**
 * `DatasetDB`.
 *
 * @since 0.3.0
 * @category records
 */
export const datasetDb = (dataset: Dataset) => ({
  id: dataset.id,
  permissions: [],
  name: dataset.name,
  created_at: renderDatetime(dataset.createdAt),
  updated_at: renderDatetime(dataset.createdAt),
  project_count: dataset.projectIds.size,
  num_rows: dataset.rows.length,
  column_names: dataset.columnNames,
  created_by_user: userInfo(dataset.createdBy),
  current_version_index: 1,
  draft: dataset.draft
})

/**
 * A dataset's `DatasetRow`s from `start`, at most `limit`, in a `DatasetContent` page.
 *
 * @since 0.3.0
 * @category records
 */
export const datasetContent = (dataset: Dataset, start: number, limit: number) => {
  const rows = dataset.rows.slice(start, start + limit)
  const next = start + rows.length
  return {
    starting_token: start,
    limit,
    paginated: next < dataset.rows.length,
    next_starting_token: next < dataset.rows.length ? next : null,
    column_names: dataset.columnNames,
    warning_message: null,
    rows: rows.map((row, i) => ({
      row_id: row.rowId,
      index: start + i,
      values: dataset.columnNames.map((c) => row.values[c] ?? null),
      values_dict: row.values,
      metadata: null
    }))
  }
}
