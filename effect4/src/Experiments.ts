/**
 * Galileo's experiments as a service: list, create, get, update, delete and search, per
 * project. Every call runs on `GalileoHttpClient` (login, token refresh, the 401 replay, retries
 * of idempotent methods, the body cap, spans) and fails only with `GalileoError`s: a 422 is a
 * `GalileoValidationError` with the server's `detail`. The schemas are the generated contract's,
 * re-exported here under short names.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Galileo } from "galileo-effect"
 * import * as Experiments from "galileo-effect/Experiments"
 *
 * export const program = (projectId: string) =>
 *   Effect.flatMap(Experiments.Experiments, (experiments) => experiments.create(projectId, { name: "baseline" })).pipe(
 *     Effect.provide(Experiments.layer),
 *     Effect.provide(Galileo.layerConfig())
 *   )
 * ```
 * @since 1.0.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type { GalileoError } from "./GalileoError.js"
import type { GalileoHttpClient } from "./GalileoHttpClient.js"
import * as Api from "./generated/Experiments.js"
import { caller, segment } from "./internal/generated.js"

/**
 * An experiment (`ExperimentResponse`).
 *
 * @since 1.0.0
 * @category schemas
 */
export { ExperimentResponse as Experiment } from "./generated/Experiments.js"

/**
 * What creates, updates and searches experiments, and a page of a search's answer.
 *
 * @since 1.0.0
 * @category schemas
 */
export {
  ExperimentCreateRequest,
  ExperimentSearchRequest,
  ExperimentUpdateRequest,
  ListExperimentResponse as ExperimentsPage
} from "./generated/Experiments.js"

/**
 * The experiments API. Ids are sent as one path segment each.
 *
 * @since 1.0.0
 * @category models
 */
export interface Service {
  /** `GET /projects/{project_id}/experiments` (with counts when `include_counts`). */
  readonly list: (
    projectId: string,
    options?: typeof Api.ListExperimentsProjectsProjectIdExperimentsGetParams.Encoded
  ) => Effect.Effect<ReadonlyArray<Api.ExperimentResponse>, GalileoError>
  /** `POST /projects/{project_id}/experiments` */
  readonly create: (
    projectId: string,
    experiment: typeof Api.ExperimentCreateRequest.Encoded
  ) => Effect.Effect<Api.ExperimentResponse, GalileoError>
  /** `GET /projects/{project_id}/experiments/{experiment_id}` */
  readonly get: (projectId: string, experimentId: string) => Effect.Effect<Api.ExperimentResponse, GalileoError>
  /** `PUT /projects/{project_id}/experiments/{experiment_id}` */
  readonly update: (
    projectId: string,
    experimentId: string,
    update: typeof Api.ExperimentUpdateRequest.Encoded
  ) => Effect.Effect<Api.ExperimentResponse, GalileoError>
  /** `DELETE /projects/{project_id}/experiments/{experiment_id}` (204) */
  readonly delete: (projectId: string, experimentId: string) => Effect.Effect<void, GalileoError>
  /** `POST /projects/{project_id}/experiments/search`: one page of the experiments matching `search`. */
  readonly search: (
    projectId: string,
    search: typeof Api.ExperimentSearchRequest.Encoded
  ) => Effect.Effect<Api.ListExperimentResponse, GalileoError>
}

/**
 * The service key (a `Context.Service`).
 *
 * @since 1.0.0
 * @category tags
 */
export class Experiments extends Context.Service<Experiments, Service>()("galileo-effect/Experiments") {}

/**
 * Builds the service on the `GalileoHttpClient` in context.
 *
 * @since 1.0.0
 * @category constructors
 */
export const make: Effect.Effect<Service, never, GalileoHttpClient> = Effect.map(
  caller(Api.make),
  (call): Service => ({
    list: (projectId, options) =>
      call((api) => api.listExperimentsProjectsProjectIdExperimentsGet(segment(projectId), { params: options })),
    create: (projectId, experiment) =>
      call((api) => api.createExperimentProjectsProjectIdExperimentsPost(segment(projectId), { payload: experiment })),
    get: (projectId, experimentId) =>
      call((api) =>
        api.getExperimentProjectsProjectIdExperimentsExperimentIdGet(
          segment(projectId),
          segment(experimentId),
          undefined
        )
      ),
    update: (projectId, experimentId, update) =>
      call((api) =>
        api.updateExperimentProjectsProjectIdExperimentsExperimentIdPut(segment(projectId), segment(experimentId), {
          payload: update
        })
      ),
    delete: (projectId, experimentId) =>
      call((api) =>
        api.deleteExperimentProjectsProjectIdExperimentsExperimentIdDelete(
          segment(projectId),
          segment(experimentId),
          undefined
        )
      ),
    search: (projectId, search) =>
      call((api) =>
        api.searchExperimentsProjectsProjectIdExperimentsSearchPost(segment(projectId), { payload: search })
      )
  })
)

/**
 * The service as a Layer: it needs `GalileoHttpClient` (e.g. from `Galileo.layerConfig()`).
 *
 * @since 1.0.0
 * @category layers
 */
export const layer: Layer.Layer<Experiments, never, GalileoHttpClient> = Layer.effect(Experiments, make)
