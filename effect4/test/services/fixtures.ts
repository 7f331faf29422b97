/**
 * Routes for the service tests: the Galileo endpoints the embedded server does not serve yet, as
 * user routes (`GalileoServer.route`) over a small in-memory store, validating request bodies with
 * the generated contract's schemas (so an invalid body gets FastAPI's 422), and answering bodies
 * of the contract's shape.
 */
import { Effect, Layer } from "effect"
import * as Datasets from "../../src/Datasets.js"
import * as Experiments from "../../src/Experiments.js"
import * as GeneratedLogStreams from "../../src/generated/LogStreams.js"
import * as GeneratedProjects from "../../src/generated/Projects.js"
import * as GeneratedTraces from "../../src/generated/Traces.js"
import * as LogStreams from "../../src/LogStreams.js"
import * as Projects from "../../src/Projects.js"
import * as Prompts from "../../src/Prompts.js"
import { GalileoServer, GalileoTest } from "../../src/testing/index.js"
import * as Traces from "../../src/Traces.js"

export const now = "2026-12-08T10:00:00Z"
export const user = { id: "u-1", email: "demo@galileo.test" }

export const project = (id: string, name: string) => ({
  id,
  name,
  type: "gen_ai",
  created_by: user.id,
  created_by_user: user,
  runs: [],
  created_at: now,
  updated_at: now
})

export const logStream = (id: string, projectId: string, name: string) => ({
  id,
  project_id: projectId,
  name,
  created_at: now,
  updated_at: now
})

export const dataset = (id: string, name: string) => ({
  id,
  name,
  created_at: now,
  updated_at: now,
  project_count: 0,
  num_rows: 2,
  column_names: ["input", "output"],
  created_by_user: user,
  current_version_index: 1,
  draft: false
})

export const experiment = (id: string, projectId: string, name: string) => ({
  id,
  project_id: projectId,
  name,
  task_type: 16,
  created_at: now,
  updated_at: now
})

const settings = {}

export const templateVersion = (id: string, template: string, version: number) => ({
  id,
  template,
  version,
  settings,
  model_changed: false,
  settings_changed: false,
  content_changed: false,
  created_at: now,
  updated_at: now,
  created_by_user: user
})

export const template = (id: string, name: string, text: string) => ({
  id,
  name,
  template: text,
  selected_version: templateVersion(`${id}-v1`, text, 1),
  selected_version_id: `${id}-v1`,
  all_available_versions: [1],
  total_versions: 1,
  max_version: 1,
  created_at: now,
  updated_at: now,
  created_by_user: user
})

export const traceRecord = (id: string, projectId: string) => ({
  type: "trace",
  id,
  trace_id: id,
  session_id: "s-1",
  project_id: projectId,
  run_id: "ls-1",
  name: "chat",
  input: "Hello",
  output: "Hi!"
})

export const llmSpanRecord = (id: string, projectId: string, traceId: string) => ({
  type: "llm",
  id,
  trace_id: traceId,
  parent_id: traceId,
  session_id: "s-1",
  project_id: projectId,
  run_id: "ls-1",
  name: "llm"
})

const ok = (body: unknown, status = 200) => Effect.succeed({ status, body })

/** Routes over one in-memory store of projects and log streams, and fixed answers for the rest. */
export const routes = (): ReadonlyArray<GalileoServer.Route> => {
  const projects = new Map<string, ReturnType<typeof project>>()
  const streams = new Map<string, ReturnType<typeof logStream>>()
  let next = 0
  const id = (prefix: string) => `${prefix}-${++next}`
  return [
    GalileoServer.route({
      method: "GET",
      path: "/projects",
      handler: ({ query }) =>
        ok(
          [...projects.values()].filter((p) => query["project_name"] === undefined || p.name === query["project_name"])
        )
    }),
    GalileoServer.route({
      method: "POST",
      path: "/projects",
      requestSchema: GeneratedProjects.ProjectCreate,
      handler: ({ body }) => {
        const created = project(id("p"), body.name)
        projects.set(created.id, created)
        const { created_by_user: _u, runs: _r, ...response } = created
        return ok(response)
      }
    }),
    GalileoServer.route({
      method: "POST",
      path: "/projects/paginated",
      handler: ({ query }) =>
        ok({ starting_token: Number(query["starting_token"] ?? 0), projects: [...projects.values()] })
    }),
    GalileoServer.route({
      method: "GET",
      path: "/projects/{project_id}",
      handler: ({ params }) => {
        const found = projects.get(params["project_id"] ?? "")
        return found === undefined ? ok({ detail: "Project not found" }, 404) : ok(found)
      }
    }),
    GalileoServer.route({
      method: "PUT",
      path: "/projects/{project_id}",
      requestSchema: GeneratedProjects.ProjectUpdate,
      handler: ({ body, params }) => {
        const found = projects.get(params["project_id"] ?? "")
        if (found === undefined) return ok({ detail: "Project not found" }, 404)
        const updated = { ...found, name: body.name ?? found.name }
        projects.set(updated.id, updated)
        return ok({ id: updated.id, name: updated.name, created_at: now, updated_at: now })
      }
    }),
    GalileoServer.route({
      method: "DELETE",
      path: "/projects/{project_id}",
      handler: ({ params }) =>
        projects.delete(params["project_id"] ?? "")
          ? ok({ message: "Project deleted" })
          : ok({ detail: "Project not found" }, 404)
    }),
    GalileoServer.route({
      method: "GET",
      path: "/projects/{project_id}/log_streams",
      handler: ({ params }) => ok([...streams.values()].filter((s) => s.project_id === params["project_id"]))
    }),
    GalileoServer.route({
      method: "POST",
      path: "/projects/{project_id}/log_streams",
      requestSchema: GeneratedLogStreams.LogStreamCreateRequest,
      handler: ({ body, params }) => {
        const created = logStream(id("ls"), params["project_id"] ?? "", body.name)
        streams.set(created.id, created)
        return ok(created)
      }
    }),
    GalileoServer.route({
      method: "GET",
      path: "/projects/{project_id}/log_streams/{log_stream_id}",
      handler: ({ params }) => {
        const found = streams.get(params["log_stream_id"] ?? "")
        return found === undefined ? ok({ detail: "Log stream not found" }, 404) : ok(found)
      }
    }),
    GalileoServer.route({
      method: "DELETE",
      path: "/projects/{project_id}/log_streams/{log_stream_id}",
      handler: ({ params }) =>
        Effect.succeed(
          streams.delete(params["log_stream_id"] ?? "")
            ? { status: 204 }
            : { status: 404, body: { detail: "Log stream not found" } }
        )
    }),
    GalileoServer.route({
      method: "POST",
      path: "/projects/{project_id}/traces",
      requestSchema: GeneratedTraces.LogTracesIngestRequest,
      handler: ({ body, params }) =>
        ok({
          project_id: params["project_id"],
          project_name: "demo",
          log_stream_id: body.log_stream_id,
          records_count: body.traces.length + body.traces.reduce((n, t) => n + (t.spans?.length ?? 0), 0),
          traces_count: body.traces.length,
          spans_count: body.traces.reduce((n, t) => n + (t.spans?.length ?? 0), 0)
        })
    }),
    GalileoServer.route({
      method: "POST",
      path: "/projects/{project_id}/traces/search",
      handler: ({ params }) => ok({ limit: 100, records: [traceRecord("t-1", params["project_id"] ?? "")] })
    }),
    GalileoServer.route({
      method: "GET",
      path: "/projects/{project_id}/traces/{trace_id}",
      handler: ({ params }) => ok(traceRecord(params["trace_id"] ?? "", params["project_id"] ?? ""))
    }),
    GalileoServer.route({
      method: "GET",
      path: "/projects/{project_id}/spans/{span_id}",
      handler: ({ params }) => ok(llmSpanRecord(params["span_id"] ?? "", params["project_id"] ?? "", "t-1"))
    }),
    GalileoServer.route({
      method: "GET",
      path: "/datasets",
      handler: () => ok({ datasets: [dataset("d-1", "qa")] })
    }),
    GalileoServer.route({
      method: "POST",
      path: "/datasets",
      // multipart/form-data: the server hands the route its text
      handler: ({ body, headers, query }) =>
        typeof body === "string" && (headers["content-type"] ?? "").startsWith("multipart/form-data") &&
          /name="name"\r\n\r\nqa\r\n/.test(body) && /name="file"; filename="[^"]*"\r\n/.test(body) &&
          body.includes("{\"input\":\"2+2\",\"output\":\"4\"}\n") && query["format"] === "jsonl"
          ? ok(dataset("d-2", "qa"))
          : ok({ detail: [{ type: "missing", loc: ["body", "name"], msg: "Field required", input: null }] }, 422)
    }),
    GalileoServer.route({
      method: "GET",
      path: "/datasets/{dataset_id}/content",
      handler: ({ query }) =>
        ok({
          starting_token: Number(query["starting_token"] ?? 0),
          limit: Number(query["limit"] ?? 100),
          column_names: ["input", "output"],
          rows: [{
            row_id: "r-1",
            index: 0,
            values: ["2+2", "4"],
            values_dict: { input: "2+2", output: "4" },
            metadata: null
          }]
        })
    }),
    GalileoServer.route({
      method: "GET",
      path: "/projects/{project_id}/experiments",
      handler: ({ params }) => ok([experiment("e-1", params["project_id"] ?? "", "baseline")])
    }),
    GalileoServer.route({
      method: "POST",
      path: "/projects/{project_id}/experiments",
      requestSchema: Experiments.ExperimentCreateRequest,
      handler: ({ body, params }) => ok(experiment("e-2", params["project_id"] ?? "", body.name))
    }),
    GalileoServer.route({
      method: "GET",
      path: "/projects/{project_id}/templates",
      handler: () => ok([template("tpl-1", "greeting", "Say hello to {{name}}")])
    }),
    GalileoServer.route({
      method: "POST",
      path: "/projects/{project_id}/templates",
      requestSchema: Prompts.PromptTemplateCreate,
      handler: ({ body }) =>
        ok(
          template(
            "tpl-2",
            typeof body.name === "string" ? body.name : "?",
            typeof body.template === "string" ? body.template : "?"
          )
        )
    })
  ]
}

/** The six services on the whole client against the embedded server with {@link routes}. */
export const services = (options: GalileoTest.Options = {}) =>
  Layer.mergeAll(Projects.layer, LogStreams.layer, Traces.layer, Datasets.layer, Experiments.layer, Prompts.layer).pipe(
    Layer.provideMerge(
      GalileoTest.layer({
        ...options,
        server: { ...options.server, routes: [...routes(), ...(options.server?.routes ?? [])] }
      })
    )
  )
