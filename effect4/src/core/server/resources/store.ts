// Copied from core/src/server/resources/store.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * What the embedded server keeps of Galileo's resources, in memory and bounded: projects (by id
 * and by name), their log streams and experiments, datasets with their rows, and logged traces
 * with their spans (by id, for reads). Every operation a request makes is O(1) or linear in what
 * it reads or writes; every collection has a cap. Traces are evicted oldest first beyond their
 * caps (count, spans, bytes); the other collections refuse what does not fit (the routes answer
 * 507), as does a trace with more spans than `spansPerTrace`.
 *
 * @since 0.3.0
 */
import type { SpanInput, TraceInput } from "./schemas.js"
import { newId } from "./uuid.js"

/**
 * The caps of the store.
 *
 * @since 0.3.0
 * @category models
 */
export interface Limits {
  /** Projects at once; default 1,000. */
  readonly projects: number
  /** Log streams at once, over all projects; default 1,000. */
  readonly logStreams: number
  /** Experiments at once, over all projects; default 1,000. */
  readonly experiments: number
  /** Datasets at once; default 100. */
  readonly datasets: number
  /** Rows of one dataset; default 10,000. */
  readonly datasetRows: number
  /** Traces kept at once (the oldest are evicted); default 10,000. */
  readonly traces: number
  /** Spans kept at once over all traces (the oldest traces are evicted); default 100,000. */
  readonly spans: number
  /** Spans of one trace (a trace with more is refused); default 1,000. */
  readonly spansPerTrace: number
  /**
   * Bytes the traces and datasets may take together (2 per character of their JSON); traces are
   * evicted to make room, a dataset that does not fit is refused. Default 64 MiB.
   */
  readonly bytes: number
}

/**
 * The default caps.
 *
 * @since 0.3.0
 * @category constants
 */
export const defaultLimits: Limits = {
  projects: 1000,
  logStreams: 1000,
  experiments: 1000,
  datasets: 100,
  datasetRows: 10_000,
  traces: 10_000,
  spans: 100_000,
  spansPerTrace: 1000,
  bytes: 64 * 1024 * 1024
}

/**
 * Who made a resource: the user id `/current_user` answers, and the email.
 *
 * @since 0.3.0
 * @category models
 */
export interface User {
  readonly id: string
  readonly email: string
}

/**
 * A project.
 *
 * @since 0.3.0
 * @category models
 */
export interface Project {
  readonly id: string
  readonly name: string
  readonly type: string
  readonly createdBy: User
  readonly createdAt: number
  readonly logStreams: Map<string, LogStream>
  readonly experiments: Map<string, Experiment>
  /** The ids of its traces (for deletion). */
  readonly traces: Set<string>
}

/**
 * A run traces are logged to: a log stream or an experiment.
 *
 * @since 0.3.0
 * @category models
 */
export interface Run {
  readonly kind: "log_stream" | "experiment"
  readonly id: string
  readonly name: string
  readonly projectId: string
  readonly createdBy: User
  readonly createdAt: number
  /** Traces and spans logged to it (kept or evicted). */
  numTraces: number
  numSpans: number
}

/**
 * A log stream.
 *
 * @since 0.3.0
 * @category models
 */
export interface LogStream extends Run {
  readonly kind: "log_stream"
}

/**
 * An experiment, with the fields of its request the server keeps.
 *
 * @since 0.3.0
 * @category models
 */
export interface Experiment extends Run {
  readonly kind: "experiment"
  readonly taskType: number
  readonly dataset: { readonly dataset_id: string; readonly version_index: number } | null
  readonly playgroundId: string | null
  readonly promptSettings: Readonly<Record<string, unknown>> | null
  readonly experimentGroupId: string | null
  readonly experimentGroupName: string | null
}

/**
 * A stored span: what was logged, with its place (trace, parent, run, session) resolved.
 *
 * @since 0.3.0
 * @category models
 */
export interface StoredSpan {
  readonly id: string
  readonly fields: SpanInput
  readonly traceId: string
  readonly parentId: string
  readonly createdAt: number
  readonly children: Array<StoredSpan>
}

/**
 * A stored trace.
 *
 * @since 0.3.0
 * @category models
 */
export interface StoredTrace {
  readonly id: string
  readonly fields: TraceInput
  readonly projectId: string
  readonly run: Run
  readonly sessionId: string
  readonly createdAt: number
  readonly isComplete: boolean
  readonly spans: Array<StoredSpan>
  /** Every span of the trace, depth first. */
  readonly allSpans: Array<StoredSpan>
  /** What it counts for the `bytes` cap (spans added later included). */
  bytes: number
}

/**
 * A dataset and its rows.
 *
 * @since 0.3.0
 * @category models
 */
export interface Dataset {
  readonly id: string
  readonly name: string
  readonly createdBy: User
  readonly createdAt: number
  readonly draft: boolean
  readonly columnNames: ReadonlyArray<string>
  readonly rows: ReadonlyArray<{ readonly rowId: string; readonly values: Readonly<Record<string, unknown>> }>
  readonly projectIds: ReadonlySet<string>
  readonly bytes: number
}

/**
 * The counters of the store.
 *
 * @since 0.3.0
 * @category models
 */
export interface Stats {
  readonly projects: number
  readonly logStreams: number
  readonly experiments: number
  readonly datasets: number
  /** Traces and spans kept now. */
  readonly traces: number
  readonly spans: number
  /** Traces and spans accepted since the start (or the last reset). */
  readonly ingestedTraces: number
  readonly ingestedSpans: number
  /** Traces dropped to stay within the caps. */
  readonly evictedTraces: number
  /** Creations refused because a cap was reached (507). */
  readonly refusedByCap: number
  /** The bytes the traces and datasets take (see {@link Limits.bytes}). */
  readonly bytes: number
}

/**
 * A creation that did not fit: the name of the cap.
 *
 * @since 0.3.0
 * @category models
 */
export interface Full {
  readonly _tag: "Full"
  readonly cap: keyof Limits
  readonly limit: number
}

/**
 * The store of one server.
 *
 * @since 0.3.0
 * @category models
 */
export class Store {
  readonly limits: Limits
  private readonly projectsById = new Map<string, Project>()
  private readonly projectIdsByName = new Map<string, string>()
  private readonly runs = new Map<string, Run>()
  private readonly traces = new Map<string, StoredTrace>()
  private readonly spansById = new Map<string, StoredSpan>()
  private readonly datasetsById = new Map<string, Dataset>()
  private readonly datasetIdsByName = new Map<string, string>()
  private logStreamCount = 0
  private experimentCount = 0
  private spanCount = 0
  private byteCount = 0
  private ingestedTraces = 0
  private ingestedSpans = 0
  private evictedTraces = 0
  private refusedByCap = 0

  constructor(limits: Partial<Limits> = {}) {
    this.limits = { ...defaultLimits, ...limits }
  }

  private full(cap: keyof Limits): Full {
    this.refusedByCap++
    return { _tag: "Full", cap, limit: this.limits[cap] }
  }

  // projects ----------------------------------------------------------------------------------

  project(id: string): Project | undefined {
    return this.projectsById.get(id)
  }

  projectNamed(name: string): Project | undefined {
    const id = this.projectIdsByName.get(name)
    return id === undefined ? undefined : this.projectsById.get(id)
  }

  projects(): IterableIterator<Project> {
    return this.projectsById.values()
  }

  /** A new project; `undefined` when the name is taken. */
  createProject(name: string, type: string, user: User, now: number): Project | Full | undefined {
    if (this.projectIdsByName.has(name)) return undefined
    if (this.projectsById.size >= this.limits.projects) return this.full("projects")
    const project: Project = {
      id: newId(),
      name,
      type,
      createdBy: user,
      createdAt: now,
      logStreams: new Map(),
      experiments: new Map(),
      traces: new Set()
    }
    this.projectsById.set(project.id, project)
    this.projectIdsByName.set(name, project.id)
    return project
  }

  /** Deletes a project with its log streams, experiments and traces. */
  deleteProject(project: Project): void {
    for (const id of project.traces) {
      const trace = this.traces.get(id)
      if (trace !== undefined) this.dropTrace(trace)
    }
    for (const run of [...project.logStreams.values(), ...project.experiments.values()]) this.runs.delete(run.id)
    this.logStreamCount -= project.logStreams.size
    this.experimentCount -= project.experiments.size
    this.projectsById.delete(project.id)
    this.projectIdsByName.delete(project.name)
  }

  // runs --------------------------------------------------------------------------------------

  run(id: string): Run | undefined {
    return this.runs.get(id)
  }

  /** A new log stream; `undefined` when the project has one of that name. */
  createLogStream(project: Project, name: string, user: User, now: number): LogStream | Full | undefined {
    for (const stream of project.logStreams.values()) if (stream.name === name) return undefined
    if (this.logStreamCount >= this.limits.logStreams) return this.full("logStreams")
    const stream: LogStream = {
      kind: "log_stream",
      id: newId(),
      name,
      projectId: project.id,
      createdBy: user,
      createdAt: now,
      numTraces: 0,
      numSpans: 0
    }
    project.logStreams.set(stream.id, stream)
    this.runs.set(stream.id, stream)
    this.logStreamCount++
    return stream
  }

  deleteRun(project: Project, run: Run): void {
    for (const id of project.traces) {
      const trace = this.traces.get(id)
      if (trace !== undefined && trace.run === run) this.dropTrace(trace)
    }
    if (run.kind === "log_stream") {
      if (project.logStreams.delete(run.id)) this.logStreamCount--
    } else if (project.experiments.delete(run.id)) this.experimentCount--
    this.runs.delete(run.id)
  }

  /** A new experiment; `undefined` when the project has one of that name. */
  createExperiment(
    project: Project,
    fields: Omit<Experiment, "kind" | "id" | "projectId" | "createdBy" | "createdAt" | "numTraces" | "numSpans">,
    user: User,
    now: number
  ): Experiment | Full | undefined {
    for (const experiment of project.experiments.values()) if (experiment.name === fields.name) return undefined
    if (this.experimentCount >= this.limits.experiments) return this.full("experiments")
    const experiment: Experiment = {
      ...fields,
      kind: "experiment",
      id: newId(),
      projectId: project.id,
      createdBy: user,
      createdAt: now,
      numTraces: 0,
      numSpans: 0
    }
    project.experiments.set(experiment.id, experiment)
    this.runs.set(experiment.id, experiment)
    this.experimentCount++
    return experiment
  }

  // traces and spans --------------------------------------------------------------------------

  trace(id: string): StoredTrace | undefined {
    return this.traces.get(id)
  }

  span(id: string): StoredSpan | undefined {
    return this.spansById.get(id)
  }

  /** The kept traces of a project, oldest first. */
  tracesOf(project: Project): Array<StoredTrace> {
    const out: Array<StoredTrace> = []
    for (const id of project.traces) {
      const trace = this.traces.get(id)
      if (trace !== undefined) out.push(trace)
    }
    return out
  }

  /**
   * Stores logged traces (a trace logged again with the same id replaces the old one); `Full`
   * when one has more spans than `spansPerTrace`, then nothing is stored.
   */
  addTraces(
    project: Project,
    run: Run,
    sessionId: string,
    traces: ReadonlyArray<TraceInput>,
    isComplete: boolean,
    now: number
  ): ReadonlyArray<StoredTrace> | Full {
    const built = traces.map((t) => this.build(project, run, sessionId, t, isComplete, now))
    if (built.some((t) => t.allSpans.length > this.limits.spansPerTrace)) return this.full("spansPerTrace")
    for (const trace of built) this.keep(project, trace)
    return built
  }

  /** Adds spans under a kept trace or span; `Full` when the trace would pass `spansPerTrace`. */
  addSpans(trace: StoredTrace, parent: StoredTrace | StoredSpan, spans: ReadonlyArray<SpanInput>, now: number):
    | { readonly spans: ReadonlyArray<StoredSpan>; readonly count: number }
    | Full
  {
    const added: Array<StoredSpan> = []
    const built = spans.map((s) => buildSpan(s, trace.id, parent.id, now, added))
    if (trace.allSpans.length + added.length > this.limits.spansPerTrace) return this.full("spansPerTrace")
    if ("children" in parent) parent.children.push(...built)
    else parent.spans.push(...built)
    trace.allSpans.push(...added)
    const bytes = 2 * JSON.stringify(spans).length
    trace.bytes += bytes
    this.byteCount += bytes
    for (const span of added) this.spansById.set(span.id, span)
    this.spanCount += added.length
    this.ingestedSpans += added.length
    trace.run.numSpans += added.length
    this.evict()
    return { spans: built, count: added.length }
  }

  private build(
    project: Project,
    run: Run,
    sessionId: string,
    fields: TraceInput,
    isComplete: boolean,
    now: number
  ): StoredTrace {
    const id = fields.id ?? newId()
    const createdAt = fields.created_at ?? now
    const allSpans: Array<StoredSpan> = []
    const spans = fields.spans.map((s) => buildSpan(s, id, id, createdAt, allSpans))
    return {
      id,
      fields,
      projectId: project.id,
      run,
      sessionId: fields.session_id ?? sessionId,
      createdAt,
      isComplete,
      spans,
      allSpans,
      bytes: 2 * JSON.stringify(fields).length
    }
  }

  private keep(project: Project, trace: StoredTrace): void {
    const old = this.traces.get(trace.id)
    if (old !== undefined) this.dropTrace(old)
    this.traces.set(trace.id, trace)
    project.traces.add(trace.id)
    for (const span of trace.allSpans) this.spansById.set(span.id, span)
    this.spanCount += trace.allSpans.length
    this.byteCount += trace.bytes
    this.ingestedTraces++
    this.ingestedSpans += trace.allSpans.length
    trace.run.numTraces++
    trace.run.numSpans += trace.allSpans.length
    this.evict()
  }

  private evict(): void {
    const { bytes, spans, traces } = this.limits
    while (this.traces.size > 0 && (this.traces.size > traces || this.spanCount > spans || this.byteCount > bytes)) {
      const oldest = this.traces.values().next()
      if (oldest.done === true) return
      this.dropTrace(oldest.value)
      this.evictedTraces++
    }
  }

  private dropTrace(trace: StoredTrace): void {
    this.traces.delete(trace.id)
    this.projectsById.get(trace.projectId)?.traces.delete(trace.id)
    for (const span of trace.allSpans) {
      if (this.spansById.get(span.id) === span) this.spansById.delete(span.id)
    }
    this.spanCount -= trace.allSpans.length
    this.byteCount -= trace.bytes
  }

  // datasets ----------------------------------------------------------------------------------

  dataset(id: string): Dataset | undefined {
    return this.datasetsById.get(id)
  }

  datasetNamed(name: string): Dataset | undefined {
    const id = this.datasetIdsByName.get(name)
    return id === undefined ? undefined : this.datasetsById.get(id)
  }

  datasets(): IterableIterator<Dataset> {
    return this.datasetsById.values()
  }

  /** A new dataset; `undefined` when the name is taken. */
  createDataset(
    fields: Pick<Dataset, "name" | "draft" | "columnNames" | "projectIds"> & {
      readonly rows: ReadonlyArray<Readonly<Record<string, unknown>>>
    },
    user: User,
    now: number
  ): Dataset | Full | undefined {
    if (this.datasetIdsByName.has(fields.name)) return undefined
    if (this.datasetsById.size >= this.limits.datasets) return this.full("datasets")
    if (fields.rows.length > this.limits.datasetRows) return this.full("datasetRows")
    const bytes = 2 * JSON.stringify(fields.rows).length
    if (this.byteCount + bytes > this.limits.bytes) return this.full("bytes")
    const dataset: Dataset = {
      id: newId(),
      name: fields.name,
      createdBy: user,
      createdAt: now,
      draft: fields.draft,
      columnNames: fields.columnNames,
      rows: fields.rows.map((values) => ({ rowId: newId(), values })),
      projectIds: fields.projectIds,
      bytes
    }
    this.datasetsById.set(dataset.id, dataset)
    this.datasetIdsByName.set(dataset.name, dataset.id)
    this.byteCount += bytes
    return dataset
  }

  deleteDataset(dataset: Dataset): void {
    this.datasetsById.delete(dataset.id)
    this.datasetIdsByName.delete(dataset.name)
    this.byteCount -= dataset.bytes
  }

  // counters ----------------------------------------------------------------------------------

  stats(): Stats {
    return {
      projects: this.projectsById.size,
      logStreams: this.logStreamCount,
      experiments: this.experimentCount,
      datasets: this.datasetsById.size,
      traces: this.traces.size,
      spans: this.spanCount,
      ingestedTraces: this.ingestedTraces,
      ingestedSpans: this.ingestedSpans,
      evictedTraces: this.evictedTraces,
      refusedByCap: this.refusedByCap,
      bytes: this.byteCount
    }
  }

  /** Forgets every resource and zeroes the counters. */
  reset(): void {
    this.projectsById.clear()
    this.projectIdsByName.clear()
    this.runs.clear()
    this.traces.clear()
    this.spansById.clear()
    this.datasetsById.clear()
    this.datasetIdsByName.clear()
    this.logStreamCount = 0
    this.experimentCount = 0
    this.spanCount = 0
    this.byteCount = 0
    this.ingestedTraces = 0
    this.ingestedSpans = 0
    this.evictedTraces = 0
    this.refusedByCap = 0
  }
}

/** A span and its children, each pushed onto `all` (depth first). */
const buildSpan = (
  fields: SpanInput,
  traceId: string,
  parentId: string,
  inherited: number,
  all: Array<StoredSpan>
): StoredSpan => {
  const id = fields.id ?? newId()
  const createdAt = fields.created_at ?? inherited
  const children: Array<StoredSpan> = []
  const span: StoredSpan = { id, fields, traceId, parentId, createdAt, children }
  all.push(span)
  for (const child of fields.spans ?? []) children.push(buildSpan(child, traceId, id, createdAt, all))
  return span
}
