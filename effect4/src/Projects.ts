/**
 * Galileo's projects as a service: list, find by name, get, create, update, delete and search.
 * Every call runs on `GalileoHttpClient` (login, token refresh, the 401 replay, retries of
 * idempotent methods, the body cap, spans) and fails only with `GalileoError`s: a 422 is a
 * `GalileoValidationError` with the server's `detail`. The schemas are the generated contract's
 * (`contract/galileo-api.openapi.yaml`), re-exported here under short names.
 *
 * @example
 * ```ts
 * import { Effect, Option } from "effect"
 * import { Galileo } from "galileo-effect"
 * import * as Projects from "galileo-effect/Projects"
 *
 * export const program = Effect.gen(function*() {
 *   const projects = yield* Projects.Projects
 *   const found = yield* projects.getByName("demo")
 *   return Option.isSome(found) ? found.value.id : (yield* projects.create({ name: "demo" })).id
 * }).pipe(
 *   Effect.catchTag("GalileoValidationError", (e) => Effect.fail(e.detail)),
 *   Effect.provide(Projects.layer),
 *   Effect.provide(Galileo.layerConfig())
 * )
 * ```
 * @since 1.0.0
 */
import * as Arr from "effect/Array"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Option from "effect/Option"
import type { GalileoError } from "./GalileoError.js"
import type { GalileoHttpClient } from "./GalileoHttpClient.js"
import * as Api from "./generated/Projects.js"
import { caller, segment } from "./internal/generated.js"

/**
 * A project (`ProjectDB`).
 *
 * @since 1.0.0
 * @category schemas
 */
export { ProjectDB as Project } from "./generated/Projects.js"

/**
 * What creates a project and what the creation answers, what updates one and what that answers,
 * and what a deletion answers.
 *
 * @since 1.0.0
 * @category schemas
 */
export {
  ProjectCreate,
  ProjectCreateResponse,
  ProjectDeleteResponse,
  ProjectUpdate,
  ProjectUpdateResponse
} from "./generated/Projects.js"

/**
 * The kinds of project: `"gen_ai"`, `"llm_monitor"`, `"prompt_evaluation"`, `"protect"`.
 *
 * @since 1.0.0
 * @category schemas
 */
export const ProjectType = Api.ProjectType

/**
 * A kind of project.
 *
 * @since 1.0.0
 * @category models
 */
export type ProjectType = typeof Api.ProjectType.Type

/**
 * The filters and sort of a project search, and a page of its answer.
 *
 * @since 1.0.0
 * @category schemas
 */
export {
  Api__schemas__project__GetProjectsPaginatedResponse as ProjectsPage,
  ProjectCollectionParams as ProjectSearch
} from "./generated/Projects.js"

/**
 * Which page of a search: the token of its first row (default 0) and how many rows (default 100).
 *
 * @since 1.0.0
 * @category models
 */
export interface Page {
  readonly starting_token?: number
  readonly limit?: number
}

/**
 * The projects API. Ids are sent as one path segment each.
 *
 * @since 1.0.0
 * @category models
 */
export interface Service {
  /** `GET /projects`: the projects the caller can see (of one `type`, when given). */
  readonly list: (
    options?: { readonly type?: ProjectType }
  ) => Effect.Effect<ReadonlyArray<Api.ProjectDB>, GalileoError>
  /** `GET /projects?project_name=`: the project of that name (of one `type`, when given), if any. */
  readonly getByName: (
    name: string,
    options?: { readonly type?: ProjectType }
  ) => Effect.Effect<Option.Option<Api.ProjectDB>, GalileoError>
  /** `GET /projects/{project_id}` */
  readonly get: (projectId: string) => Effect.Effect<Api.ProjectDB, GalileoError>
  /** `POST /projects` */
  readonly create: (project: typeof Api.ProjectCreate.Encoded) => Effect.Effect<Api.ProjectCreateResponse, GalileoError>
  /** `PUT /projects/{project_id}` */
  readonly update: (
    projectId: string,
    update: typeof Api.ProjectUpdate.Encoded
  ) => Effect.Effect<Api.ProjectUpdateResponse, GalileoError>
  /** `DELETE /projects/{project_id}` */
  readonly delete: (projectId: string) => Effect.Effect<Api.ProjectDeleteResponse, GalileoError>
  /** `POST /projects/paginated`: one page of the projects matching `search`. */
  readonly search: (
    search: typeof Api.ProjectCollectionParams.Encoded,
    page?: Page
  ) => Effect.Effect<Api.Api__schemas__project__GetProjectsPaginatedResponse, GalileoError>
}

/**
 * The service key (a `Context.Service`).
 *
 * @since 1.0.0
 * @category tags
 */
export class Projects extends Context.Service<Projects, Service>()("galileo-effect/Projects") {}

/**
 * Builds the service on the `GalileoHttpClient` in context.
 *
 * @since 1.0.0
 * @category constructors
 */
export const make: Effect.Effect<Service, never, GalileoHttpClient> = Effect.map(
  caller(Api.make),
  (call): Service => ({
    list: (options) => call((api) => api.getProjectsProjectsGet({ params: options })),
    getByName: (name, options) =>
      Effect.map(
        call((api) => api.getProjectsProjectsGet({ params: { ...options, project_name: name } })),
        (projects) => Arr.findFirst(projects, (project) => project.name === name)
      ),
    get: (projectId) => call((api) => api.getProjectProjectsProjectIdGet(segment(projectId), undefined)),
    create: (project) => call((api) => api.createProjectProjectsPost({ payload: project })),
    update: (projectId, update) =>
      call((api) => api.updateProjectProjectsProjectIdPut(segment(projectId), { payload: update })),
    delete: (projectId) => call((api) => api.deleteProjectProjectsProjectIdDelete(segment(projectId), undefined)),
    search: (search, page) =>
      call((api) => api.getProjectsPaginatedProjectsPaginatedPost({ params: page, payload: search }))
  })
)

/**
 * The service as a Layer: it needs `GalileoHttpClient` (e.g. from `Galileo.layerConfig()`).
 *
 * @since 1.0.0
 * @category layers
 */
export const layer: Layer.Layer<Projects, never, GalileoHttpClient> = Layer.effect(Projects, make)
