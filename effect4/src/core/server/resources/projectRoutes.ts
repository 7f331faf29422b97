// Copied from core/src/server/resources/projectRoutes.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * The routes of projects, their log streams and experiments: list, find by name, create (409 for
 * a name taken, 507 beyond the cap), get and delete (404 for an unknown id).
 *
 * @since 0.3.0
 */
import * as Records from "./records.js"
import { detail, full, noBody, noContent, noQuery, ok, type ResourceRoute, route } from "./route.js"
import { ExperimentCreateRequest, LogStreamCreateRequest, ProjectCreate, projectTypes } from "./schemas.js"
import type { Project, Store } from "./store.js"
import * as V from "./validate.js"

/**
 * The path parameter `project_id`.
 *
 * @since 0.3.0
 * @category checks
 */
export const projectParam = V.model({ project_id: V.required(V.uuid4) })

const typeQuery = V.model({ type: V.optional(V.nullable(V.enumOf(projectTypes)), () => null) })
const nameQuery = V.model({
  project_name: V.optional(V.nullable(V.str()), () => null),
  type: V.optional(V.nullable(V.enumOf(projectTypes)), () => null)
})
const countsQuery = V.model({ include_counts: V.optional(V.bool, () => false) })

/**
 * FastAPI's 404 for an unknown project.
 *
 * @since 0.3.0
 * @category answers
 */
export const projectNotFound = detail(404, "Project not found")

/**
 * Runs `f` with the project of the path, or answers 404.
 *
 * @since 0.3.0
 * @category utils
 */
export const withProject = (store: Store, id: string, f: (project: Project) => ReturnType<typeof ok>) => {
  const project = store.project(id)
  return project === undefined ? projectNotFound : f(project)
}

const streamParams = V.model({ log_stream_id: V.required(V.uuid4), project_id: V.required(V.uuid4) })
const experimentParams = V.model({ experiment_id: V.required(V.uuid4), project_id: V.required(V.uuid4) })

/**
 * The routes, in the order the router tries them (`/projects/all` before `/projects/{project_id}`).
 *
 * @since 0.3.0
 * @category routes
 */
export const projectRoutes: ReadonlyArray<ResourceRoute> = [
  route({
    name: "get_all_projects",
    method: "GET",
    path: "/projects/all",
    group: "projects",
    params: noQuery,
    query: typeQuery,
    body: noBody,
    handler: (store, { query }) =>
      ok(
        Array.from(store.projects()).filter((p) => query.type === null || p.type === query.type).map(
          Records.projectThin
        )
      )
  }),
  route({
    name: "get_projects",
    method: "GET",
    path: "/projects",
    group: "projects",
    params: noQuery,
    query: nameQuery,
    body: noBody,
    handler: (store, { query }) => {
      const named = query.project_name === null
        ? Array.from(store.projects())
        : [store.projectNamed(query.project_name)]
      return ok(
        named.flatMap((p) => p !== undefined && (query.type === null || p.type === query.type) ? [p] : []).map(
          Records.projectDb
        )
      )
    }
  }),
  route({
    name: "create_project",
    method: "POST",
    path: "/projects",
    group: "projects",
    params: noQuery,
    query: noQuery,
    body: ProjectCreate,
    handler: (store, { body, now, user }) => {
      const created = store.createProject(body.name, body.type, user, now)
      if (created === undefined) return detail(409, `Project with name '${body.name}' already exists.`)
      if ("_tag" in created) return full("projects", created.cap, created.limit)
      return ok(Records.projectCreated(created))
    }
  }),
  route({
    name: "get_project",
    method: "GET",
    path: "/projects/{project_id}",
    group: "projects",
    params: projectParam,
    query: noQuery,
    body: noBody,
    handler: (store, { params }) => withProject(store, params.project_id, (p) => ok(Records.projectDb(p)))
  }),
  route({
    name: "delete_project",
    method: "DELETE",
    path: "/projects/{project_id}",
    group: "projects",
    params: projectParam,
    query: noQuery,
    body: noBody,
    handler: (store, { params }) =>
      withProject(store, params.project_id, (p) => {
        store.deleteProject(p)
        return ok({ message: `Successfully deleted project ${p.name}` })
      })
  }),
  // log streams -------------------------------------------------------------------------------
  route({
    name: "list_log_streams",
    method: "GET",
    path: "/projects/{project_id}/log_streams",
    group: "log_stream",
    params: projectParam,
    query: countsQuery,
    body: noBody,
    handler: (store, { params, query }) =>
      withProject(
        store,
        params.project_id,
        (p) => ok(Array.from(p.logStreams.values(), (s) => Records.logStream(s, query.include_counts)))
      )
  }),
  route({
    name: "create_log_stream",
    method: "POST",
    path: "/projects/{project_id}/log_streams",
    group: "log_stream",
    params: projectParam,
    query: noQuery,
    body: LogStreamCreateRequest,
    handler: (store, { body, now, params, user }) =>
      withProject(store, params.project_id, (p) => {
        const created = store.createLogStream(p, body.name, user, now)
        if (created === undefined) {
          return detail(409, `A log stream named '${body.name}' already exists in this project.`)
        }
        if ("_tag" in created) return full("log streams", created.cap, created.limit)
        return ok(Records.logStream(created))
      })
  }),
  route({
    name: "get_log_stream",
    method: "GET",
    path: "/projects/{project_id}/log_streams/{log_stream_id}",
    group: "log_stream",
    params: streamParams,
    query: noQuery,
    body: noBody,
    handler: (store, { params }) =>
      withProject(store, params.project_id, (p) => {
        const stream = p.logStreams.get(params.log_stream_id)
        return stream === undefined ? detail(404, "Log stream not found") : ok(Records.logStream(stream))
      })
  }),
  route({
    name: "delete_log_stream",
    method: "DELETE",
    path: "/projects/{project_id}/log_streams/{log_stream_id}",
    group: "log_stream",
    params: streamParams,
    query: noQuery,
    body: noBody,
    handler: (store, { params }) =>
      withProject(store, params.project_id, (p) => {
        const stream = p.logStreams.get(params.log_stream_id)
        if (stream === undefined) return detail(404, "Log stream not found")
        store.deleteRun(p, stream)
        return noContent
      })
  }),
  // experiments -------------------------------------------------------------------------------
  route({
    name: "list_experiments",
    method: "GET",
    path: "/projects/{project_id}/experiments",
    group: "experiment",
    params: projectParam,
    query: countsQuery,
    body: noBody,
    handler: (store, { params, query }) =>
      withProject(
        store,
        params.project_id,
        (p) => ok(Array.from(p.experiments.values(), (e) => Records.experiment(e, query.include_counts)))
      )
  }),
  route({
    name: "create_experiment",
    method: "POST",
    path: "/projects/{project_id}/experiments",
    group: "experiment",
    params: projectParam,
    query: noQuery,
    body: ExperimentCreateRequest,
    handler: (store, { body, now, params, user }) =>
      withProject(store, params.project_id, (p) => {
        const created = store.createExperiment(
          p,
          {
            name: body.name,
            taskType: body.task_type,
            dataset: body.dataset,
            playgroundId: body.playground_id,
            promptSettings: body.prompt_settings,
            experimentGroupId: body.experiment_group_id,
            experimentGroupName: body.experiment_group_name
          },
          user,
          now
        )
        if (created === undefined) {
          return detail(409, `An experiment named '${body.name}' already exists in this project.`)
        }
        if ("_tag" in created) {
          return full("experiments", created.cap, created.limit)
        }
        return ok(Records.experiment(created))
      })
  }),
  route({
    name: "get_experiment",
    method: "GET",
    path: "/projects/{project_id}/experiments/{experiment_id}",
    group: "experiment",
    params: experimentParams,
    query: noQuery,
    body: noBody,
    handler: (store, { params }) =>
      withProject(store, params.project_id, (p) => {
        const e = p.experiments.get(params.experiment_id)
        return e === undefined ? detail(404, "Experiment not found") : ok(Records.experiment(e))
      })
  }),
  route({
    name: "delete_experiment",
    method: "DELETE",
    path: "/projects/{project_id}/experiments/{experiment_id}",
    group: "experiment",
    params: experimentParams,
    query: noQuery,
    body: noBody,
    handler: (store, { params }) =>
      withProject(store, params.project_id, (p) => {
        const e = p.experiments.get(params.experiment_id)
        if (e === undefined) return detail(404, "Experiment not found")
        store.deleteRun(p, e)
        return noContent
      })
  })
]
