/**
 * Galileo's datasets as a service: list, create (a multipart upload), get, read the content of,
 * update, delete and query. Every call runs on `GalileoHttpClient` (login, token refresh, the
 * 401 replay, retries of idempotent methods, the body cap, spans) and fails only with
 * `GalileoError`s: a 422 is a `GalileoValidationError` with the server's `detail`. The schemas
 * are the generated contract's, re-exported here under short names.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Galileo } from "galileo-effect"
 * import * as Datasets from "galileo-effect/Datasets"
 *
 * export const rows = (datasetId: string) =>
 *   Effect.flatMap(Datasets.Datasets, (datasets) => datasets.getContent(datasetId, { limit: 10 })).pipe(
 *     Effect.map((content) => content.rows ?? []),
 *     Effect.provide(Datasets.layer),
 *     Effect.provide(Galileo.layerConfig())
 *   )
 * ```
 * @since 1.0.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as HttpClientRequest from "effect/http/HttpClientRequest"
import * as HttpClientResponse from "effect/http/HttpClientResponse"
import * as Layer from "effect/Layer"
import type { GalileoError } from "./GalileoError.js"
import type { GalileoHttpClient } from "./GalileoHttpClient.js"
import * as Api from "./generated/Datasets.js"
import { caller, segment } from "./internal/generated.js"

/**
 * A dataset (`DatasetDB`).
 *
 * @since 1.0.0
 * @category schemas
 */
export { DatasetDB as Dataset } from "./generated/Datasets.js"

/**
 * A dataset's rows (one page), one row, a page of datasets, what updates a dataset and what
 * filters a query.
 *
 * @since 1.0.0
 * @category schemas
 */
export {
  DatasetContent,
  DatasetRow,
  ListDatasetParams as DatasetQuery,
  ListDatasetResponse as DatasetsPage,
  UpdateDatasetRequest
} from "./generated/Datasets.js"

/**
 * The form that creates a dataset (`multipart/form-data`): a `file` to upload, or
 * `copy_from_dataset_id`, and its `name`. (The generated form types the file as a string.)
 *
 * @since 1.0.0
 * @category models
 */
export type DatasetCreate = Omit<typeof Api.CreateDatasetDatasetsPostRequestFormData.Encoded, "file"> & {
  readonly file?: Blob | null
}

/**
 * The file formats of an upload: `"csv"`, `"feather"`, `"json"`, `"jsonl"`.
 *
 * @since 1.0.0
 * @category schemas
 */
export const DatasetFormat = Api.DatasetFormat

/**
 * A file format of an upload.
 *
 * @since 1.0.0
 * @category models
 */
export type DatasetFormat = typeof Api.DatasetFormat.Type

/**
 * Which page: the token of its first row (default 0) and how many rows (default 100).
 *
 * @since 1.0.0
 * @category models
 */
export interface Page {
  readonly starting_token?: number
  readonly limit?: number
}

/**
 * The datasets API. Ids are sent as one path segment each.
 *
 * @since 1.0.0
 * @category models
 */
export interface Service {
  /** `GET /datasets`: one page of the datasets the caller can see. */
  readonly list: (page?: Page) => Effect.Effect<Api.ListDatasetResponse, GalileoError>
  /** `POST /datasets` (multipart): a dataset from a file, or a copy of another one. */
  readonly create: (
    dataset: DatasetCreate,
    options?: { readonly format?: DatasetFormat; readonly hidden?: boolean }
  ) => Effect.Effect<Api.DatasetDB, GalileoError>
  /** `GET /datasets/{dataset_id}` */
  readonly get: (datasetId: string) => Effect.Effect<Api.DatasetDB, GalileoError>
  /** `GET /datasets/{dataset_id}/content`: one page of its rows. */
  readonly getContent: (datasetId: string, page?: Page) => Effect.Effect<Api.DatasetContent, GalileoError>
  /** `PATCH /datasets/{dataset_id}` */
  readonly update: (
    datasetId: string,
    update: typeof Api.UpdateDatasetRequest.Encoded
  ) => Effect.Effect<Api.DatasetDB, GalileoError>
  /** `DELETE /datasets/{dataset_id}` (its answer, an empty object, is not kept) */
  readonly delete: (datasetId: string) => Effect.Effect<void, GalileoError>
  /** `POST /datasets/query`: one page of the datasets matching `query`. */
  readonly query: (
    query: typeof Api.ListDatasetParams.Encoded,
    page?: Page
  ) => Effect.Effect<Api.ListDatasetResponse, GalileoError>
}

/**
 * The service key (a `Context.Service`).
 *
 * @since 1.0.0
 * @category tags
 */
export class Datasets extends Context.Service<Datasets, Service>()("galileo-effect/Datasets") {}

/**
 * Builds the service on the `GalileoHttpClient` in context.
 *
 * @since 1.0.0
 * @category constructors
 */
export const make: Effect.Effect<Service, never, GalileoHttpClient> = Effect.map(
  caller(Api.make),
  (call): Service => ({
    list: (page) => call((api) => api.listDatasetsDatasetsGet({ params: page })),
    // the generated `createDatasetDatasetsPost` sends its record as the FormData itself and types the
    // file as a string: the same request, with the file, built here on the group's client
    create: (dataset, options) =>
      call((api) =>
        api.httpClient.execute(
          HttpClientRequest.post("/datasets").pipe(
            HttpClientRequest.setUrlParams({ ...options }),
            HttpClientRequest.bodyFormDataRecord(dataset)
          )
        ).pipe(Effect.flatMap(HttpClientResponse.schemaBodyJson(Api.CreateDatasetDatasetsPost200)))
      ),
    get: (datasetId) => call((api) => api.getDatasetDatasetsDatasetIdGet(segment(datasetId), undefined)),
    getContent: (datasetId, page) =>
      call((api) => api.getDatasetContentDatasetsDatasetIdContentGet(segment(datasetId), { params: page })),
    update: (datasetId, update) =>
      call((api) => api.updateDatasetDatasetsDatasetIdPatch(segment(datasetId), { payload: update })),
    delete: (datasetId) =>
      Effect.asVoid(call((api) => api.deleteDatasetDatasetsDatasetIdDelete(segment(datasetId), undefined))),
    query: (query, page) => call((api) => api.queryDatasetsDatasetsQueryPost({ params: page, payload: query }))
  })
)

/**
 * The service as a Layer: it needs `GalileoHttpClient` (e.g. from `Galileo.layerConfig()`).
 *
 * @since 1.0.0
 * @category layers
 */
export const layer: Layer.Layer<Datasets, never, GalileoHttpClient> = Layer.effect(Datasets, make)
