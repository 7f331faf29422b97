/**
 * Galileo's prompt templates as a service: list, create, get and delete a project's templates,
 * create and get their versions, query the templates and render one. Every call runs on
 * `GalileoHttpClient` (login, token refresh, the 401 replay, retries of idempotent methods, the
 * body cap, spans) and fails only with `GalileoError`s: a 422 is a `GalileoValidationError` with
 * the server's `detail`. The schemas are the generated contract's, re-exported here under short
 * names.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Galileo } from "galileo-effect"
 * import * as Prompts from "galileo-effect/Prompts"
 *
 * export const program = (projectId: string) =>
 *   Effect.flatMap(Prompts.Prompts, (prompts) =>
 *     prompts.createTemplate(projectId, { name: "greeting", template: "Say hello to {{name}}" })).pipe(
 *       Effect.provide(Prompts.layer),
 *       Effect.provide(Galileo.layerConfig())
 *     )
 * ```
 * @since 0.3.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type { GalileoError } from "./GalileoError.js"
import type { GalileoHttpClient } from "./GalileoHttpClient.js"
import * as Api from "./generated/Prompts.js"
import { caller, segment } from "./internal/generated.js"

/**
 * A prompt template with its selected version (`BasePromptTemplateResponse`), and one version
 * (`BasePromptTemplateVersionResponse`).
 *
 * @since 0.3.0
 * @category schemas
 */
export {
  BasePromptTemplateResponse as PromptTemplate,
  BasePromptTemplateVersionResponse as PromptTemplateVersion
} from "./generated/Prompts.js"

/**
 * What creates a template (with its first version) and a version, what a deletion answers, what
 * renders a template and what that answers, what filters a query and a page of its answer.
 *
 * @since 0.3.0
 * @category schemas
 */
export {
  BasePromptTemplateVersion as PromptTemplateVersionCreate,
  CreatePromptTemplateWithVersionRequestBody as PromptTemplateCreate,
  DeletePromptResponse,
  ListPromptTemplateParams as PromptTemplateQuery,
  ListPromptTemplateResponse as PromptTemplatesPage,
  RenderTemplateRequest,
  RenderTemplateResponse
} from "./generated/Prompts.js"

/**
 * Which page: the token of its first row (default 0) and how many rows (default 100).
 *
 * @since 0.3.0
 * @category models
 */
export interface Page {
  readonly starting_token?: number
  readonly limit?: number
}

/**
 * The prompt templates API. Ids are sent as one path segment each.
 *
 * @since 0.3.0
 * @category models
 */
export interface Service {
  /** `GET /projects/{project_id}/templates` */
  readonly listTemplates: (
    projectId: string
  ) => Effect.Effect<ReadonlyArray<Api.BasePromptTemplateResponse>, GalileoError>
  /** `POST /projects/{project_id}/templates`: a template and its first version. */
  readonly createTemplate: (
    projectId: string,
    template: typeof Api.CreatePromptTemplateWithVersionRequestBody.Encoded
  ) => Effect.Effect<Api.BasePromptTemplateResponse, GalileoError>
  /** `GET /projects/{project_id}/templates/{template_id}` */
  readonly getTemplate: (
    projectId: string,
    templateId: string
  ) => Effect.Effect<Api.BasePromptTemplateResponse, GalileoError>
  /** `DELETE /projects/{project_id}/templates/{template_id}` */
  readonly deleteTemplate: (
    projectId: string,
    templateId: string
  ) => Effect.Effect<Api.DeletePromptResponse, GalileoError>
  /** `POST /projects/{project_id}/templates/{template_id}/versions` */
  readonly createVersion: (
    projectId: string,
    templateId: string,
    version: typeof Api.BasePromptTemplateVersion.Encoded
  ) => Effect.Effect<Api.BasePromptTemplateVersionResponse, GalileoError>
  /** `GET /projects/{project_id}/templates/{template_id}/versions/{version}` */
  readonly getVersion: (
    projectId: string,
    templateId: string,
    version: number
  ) => Effect.Effect<Api.BasePromptTemplateVersionResponse, GalileoError>
  /** `GET /projects/{project_id}/templates/versions?template_name=`: a version (the selected one by default) by template name. */
  readonly getVersionByName: (
    projectId: string,
    name: string,
    version?: number
  ) => Effect.Effect<Api.BasePromptTemplateVersionResponse, GalileoError>
  /** `POST /templates/query`: one page of the templates matching `query`. */
  readonly queryTemplates: (
    query: typeof Api.ListPromptTemplateParams.Encoded,
    page?: Page
  ) => Effect.Effect<Api.ListPromptTemplateResponse, GalileoError>
  /** `POST /render_template`: a template rendered with each row of `data`. */
  readonly render: (
    request: typeof Api.RenderTemplateRequest.Encoded,
    page?: Page
  ) => Effect.Effect<Api.RenderTemplateResponse, GalileoError>
}

/**
 * The service tag.
 *
 * @since 0.3.0
 * @category tags
 */
export class Prompts extends Context.Tag("galileo-effect/Prompts")<Prompts, Service>() {}

/**
 * Builds the service on the `GalileoHttpClient` in context.
 *
 * @since 0.3.0
 * @category constructors
 */
export const make: Effect.Effect<Service, never, GalileoHttpClient> = Effect.map(
  caller(Api.make),
  (call): Service => ({
    listTemplates: (projectId) =>
      call((api) => api.getProjectTemplatesProjectsProjectIdTemplatesGet(segment(projectId))),
    createTemplate: (projectId, template) =>
      call((api) => api.createPromptTemplateWithVersionProjectsProjectIdTemplatesPost(segment(projectId), template)),
    getTemplate: (projectId, templateId) =>
      call((api) =>
        api.getTemplateFromProjectProjectsProjectIdTemplatesTemplateIdGet(segment(projectId), segment(templateId))
      ),
    deleteTemplate: (projectId, templateId) =>
      call((api) =>
        api.deleteTemplateProjectsProjectIdTemplatesTemplateIdDelete(segment(projectId), segment(templateId))
      ),
    createVersion: (projectId, templateId, version) =>
      call((api) =>
        api.createPromptTemplateVersionProjectsProjectIdTemplatesTemplateIdVersionsPost(
          segment(projectId),
          segment(templateId),
          version
        )
      ),
    getVersion: (projectId, templateId, version) =>
      call((api) =>
        api.getTemplateVersionProjectsProjectIdTemplatesTemplateIdVersionsVersionGet(
          segment(projectId),
          segment(templateId),
          String(version)
        )
      ),
    getVersionByName: (projectId, name, version) =>
      call((api) =>
        api.getTemplateVersionByNameProjectsProjectIdTemplatesVersionsGet(
          segment(projectId),
          version === undefined ? { template_name: name } : { template_name: name, version }
        )
      ),
    queryTemplates: (query, page) =>
      call((api) => api.queryTemplatesTemplatesQueryPost({ params: page, payload: query })),
    render: (request, page) => call((api) => api.renderTemplateRenderTemplatePost({ params: page, payload: request }))
  })
)

/**
 * The service as a Layer: it needs `GalileoHttpClient` (e.g. from `Galileo.layerConfig()`).
 *
 * @since 0.3.0
 * @category layers
 */
export const layer: Layer.Layer<Prompts, never, GalileoHttpClient> = Layer.effect(Prompts, make)
