// Copied from core/src/server/resources/datasetRoutes.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * The routes of datasets: `POST /datasets` with a multipart form (a `csv`, `json` or `jsonl`
 * file, as `format` says), list, get, read the rows page by page, delete.
 *
 * @since 0.3.0
 */
import * as FastApi from "../fastApi.js"
import { header } from "../http.js"
import * as Multipart from "../multipart.js"
import * as Records from "./records.js"
import { detail, formBody, full, noBody, ok, type ResourceRoute, route } from "./route.js"
import * as V from "./validate.js"

const datasetParam = V.model({ dataset_id: V.required(V.uuid4) })
const pageQuery = V.model({ starting_token: V.optional(V.int, () => 0), limit: V.optional(V.int, () => 100) })

/**
 * The reference's `DatasetFormat`.
 *
 * @since 0.3.0
 * @category constants
 */
export const datasetFormats = ["csv", "feather", "json", "jsonl"] as const

const createQuery = V.model({
  format: V.optional(V.enumOf(datasetFormats), () => "csv" as const),
  hidden: V.optional(V.bool, () => false)
})

type Rows = ReadonlyArray<Readonly<Record<string, unknown>>>

/**
 * RFC 4180 CSV: a header row, then one object per row (empty lines skipped), in one pass.
 *
 * @since 0.3.0
 * @category parsing
 */
export const parseCsv = (text: string): Rows | string => {
  const records: Array<Array<string>> = []
  let row: Array<string> = []
  let field = ""
  let quoted = false
  let i = 0
  const endRow = () => {
    row.push(field)
    if (row.length > 1 || row[0] !== "") records.push(row)
    row = []
    field = ""
  }
  while (i < text.length) {
    const c = text[i]
    if (quoted) {
      if (c === "\"" && text[i + 1] === "\"") {
        field += "\""
        i += 2
        continue
      }
      if (c === "\"") quoted = false
      else field += c
    } else if (c === "\"" && field === "") quoted = true
    else if (c === ",") {
      row.push(field)
      field = ""
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++
      endRow()
    } else field += c
    i++
  }
  if (quoted) return "unterminated quoted field"
  if (field !== "" || row.length > 0) endRow()
  const [names, ...rest] = records
  if (names === undefined) return []
  return rest.map((values) => Object.fromEntries(names.map((n, j) => [n, values[j] ?? null])))
}

const isObject = (u: unknown): u is Readonly<Record<string, unknown>> =>
  typeof u === "object" && u !== null && !Array.isArray(u)

const parseFile = (format: string, text: string): Rows | string => {
  try {
    if (format === "csv") return parseCsv(text)
    if (format === "jsonl") {
      const rows: Array<unknown> = text.split(/\r?\n/).filter((l) => l.trim() !== "").map((l) => JSON.parse(l))
      return rows.every(isObject) ? rows.filter(isObject) : "every line must be a JSON object"
    }
    if (format === "json") {
      const parsed: unknown = JSON.parse(text)
      return Array.isArray(parsed) && parsed.every(isObject)
        ? parsed.filter(isObject)
        : "the file must be a JSON array of objects"
    }
    return `the embedded server does not read ${format} files`
  } catch {
    return "the file is not valid JSON"
  }
}

const columnsOf = (rows: Rows): Array<string> => {
  const seen = new Set<string>()
  for (const row of rows) for (const k of Object.keys(row)) seen.add(k)
  return [...seen]
}

const utf8 = new TextDecoder("utf-8")

/**
 * The routes, in the order the router tries them.
 *
 * @since 0.3.0
 * @category routes
 */
export const datasetRoutes: ReadonlyArray<ResourceRoute> = [
  route({
    name: "create_dataset",
    method: "POST",
    path: "/datasets",
    group: "datasets",
    params: V.model({}),
    query: createQuery,
    body: formBody,
    handler: (store, { incoming, now, query, user }) => {
      const contentType = header(incoming.headers, "content-type")
      const parsed = /^multipart\/form-data/i.test(contentType ?? "")
        ? Multipart.parseMultipart(incoming.bytes, contentType)
        : { _tag: "Form" as const, fields: [] }
      if (parsed._tag === "Refused") return detail(400, parsed.message)
      if (parsed._tag === "Malformed") return FastApi.bodyParseError
      const fields = new Map(parsed.fields)
      const file = fields.get("file")
      const text = (name: string) => {
        const v = fields.get(name)
        return typeof v === "string" ? v : undefined
      }
      const rows = file === undefined || typeof file === "string"
        ? []
        : parseFile(query.format, utf8.decode(file.content))
      if (typeof rows === "string") return detail(400, `Could not read the dataset: ${rows}.`)
      const base = text("name") ??
        (file === undefined || typeof file === "string" ? "" : file.filename.replace(/\.[^.]*$/, ""))
      if (base === "") {
        return V.unprocessable([{ type: "missing", loc: ["body", "name"], msg: "Field required", input: null }])
      }
      let name = base
      if (/^(true|1|yes|on)$/i.test(text("append_suffix_if_duplicate") ?? "")) {
        for (let n = 1; store.datasetNamed(name) !== undefined; n++) name = `${base} (${n})`
      }
      const projectId = text("project_id")
      if (projectId !== undefined && store.project(projectId) === undefined) return detail(404, "Project not found")
      const created = store.createDataset(
        {
          name,
          draft: /^(true|1|yes|on)$/i.test(text("draft") ?? ""),
          columnNames: columnsOf(rows),
          rows,
          projectIds: new Set(projectId === undefined ? [] : [projectId])
        },
        user,
        now
      )
      if (created === undefined) return detail(409, `A dataset named '${name}' already exists.`)
      if ("_tag" in created) {
        return full(created.cap === "datasetRows" ? "rows in one dataset" : "datasets", created.cap, created.limit)
      }
      return ok(Records.datasetDb(created))
    }
  }),
  route({
    name: "list_datasets",
    method: "GET",
    path: "/datasets",
    group: "datasets",
    params: V.model({}),
    query: pageQuery,
    body: noBody,
    handler: (store, { query }) => {
      const all = Array.from(store.datasets())
      const slice = all.slice(
        Math.max(0, query.starting_token),
        Math.max(0, query.starting_token) + Math.max(0, query.limit)
      )
      const next = Math.max(0, query.starting_token) + slice.length
      return ok({
        starting_token: query.starting_token,
        limit: query.limit,
        paginated: next < all.length,
        next_starting_token: next < all.length ? next : null,
        datasets: slice.map(Records.datasetDb)
      })
    }
  }),
  route({
    name: "get_dataset",
    method: "GET",
    path: "/datasets/{dataset_id}",
    group: "datasets",
    params: datasetParam,
    query: V.model({}),
    body: noBody,
    handler: (store, { params }) => {
      const dataset = store.dataset(params.dataset_id)
      return dataset === undefined ? detail(404, "Dataset not found") : ok(Records.datasetDb(dataset))
    }
  }),
  route({
    name: "delete_dataset",
    method: "DELETE",
    path: "/datasets/{dataset_id}",
    group: "datasets",
    params: datasetParam,
    query: V.model({}),
    body: noBody,
    handler: (store, { params }) => {
      const dataset = store.dataset(params.dataset_id)
      if (dataset === undefined) return detail(404, "Dataset not found")
      store.deleteDataset(dataset)
      return ok(null)
    }
  }),
  route({
    name: "get_dataset_content",
    method: "GET",
    path: "/datasets/{dataset_id}/content",
    group: "datasets",
    params: datasetParam,
    query: pageQuery,
    body: noBody,
    handler: (store, { params, query }) => {
      const dataset = store.dataset(params.dataset_id)
      return dataset === undefined
        ? detail(404, "Dataset not found")
        : ok(Records.datasetContent(dataset, Math.max(0, query.starting_token), Math.max(0, query.limit)))
    }
  })
]
