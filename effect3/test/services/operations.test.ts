/**
 * Per group, the table of the generated operations: each is either exposed by a method of the
 * service (and that method sends exactly that operation's request) or listed as not exposed.
 * A regenerated group with a new operation fails here until it is placed in one list or the
 * other; a method that sends another operation than its entry says fails too. And the groups' names do not clash: one tag key per service, one schema name per module.
 */
import * as HttpClient from "@effect/platform/HttpClient"
import type * as HttpClientError from "@effect/platform/HttpClientError"
import type * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { readFileSync } from "node:fs"
import * as Datasets from "../../src/Datasets.js"
import * as Experiments from "../../src/Experiments.js"
import { type GalileoError, GalileoHttpError } from "../../src/GalileoError.js"
import * as GalileoHttpClient from "../../src/GalileoHttpClient.js"
import * as GeneratedDatasets from "../../src/generated/Datasets.js"
import * as GeneratedExperiments from "../../src/generated/Experiments.js"
import * as GeneratedLogStreams from "../../src/generated/LogStreams.js"
import * as GeneratedProjects from "../../src/generated/Projects.js"
import * as GeneratedPrompts from "../../src/generated/Prompts.js"
import * as GeneratedTraces from "../../src/generated/Traces.js"
import * as LogStreams from "../../src/LogStreams.js"
import * as Projects from "../../src/Projects.js"
import * as Prompts from "../../src/Prompts.js"
import * as Traces from "../../src/Traces.js"

/** A GalileoHttpClient that records each request and answers none (a 418 error). */
const recording = () => {
  const sent: Array<HttpClientRequest.HttpClientRequest> = []
  const client = HttpClient.makeWith<never, never, GalileoError, never>(
    (request) =>
      Effect.flatMap(request, (r) => {
        sent.push(r)
        return Effect.fail(new GalileoHttpError({ status: 418, body: "", method: r.method, path: r.url }))
      }),
    Effect.succeed
  )
  const service: GalileoHttpClient.Service = Object.assign(client, { decode: () => () => Effect.die("no answer") })
  return { sent, service }
}

/** The operations of a generated group, from its source: name → method and path template. */
const operationsOf = (
  group: string
): ReadonlyMap<string, { readonly method: string; readonly path: RegExp; readonly params: number }> => {
  const source = readFileSync(new URL(`../../src/generated/${group}.ts`, import.meta.url), "utf8")
  const found = [...source.matchAll(/^\s+"(\w+)": \([^)]*\) => HttpClientRequest\.(\w+)\(`([^`]+)`\)/gm)]
  return new Map(found.map(([, name = "", method = "", path = ""]) => [name, {
    method: method === "del" ? "DELETE" : method.toUpperCase(),
    path: new RegExp(`^${path.replace(/\$\{\w+\}/g, "[^/]+")}$`),
    params: path.split("${").length - 1
  }]))
}

interface Group<S> {
  readonly name: string
  readonly make: Effect.Effect<S, never, GalileoHttpClient.GalileoHttpClient>
  /** The generated client's operation names. */
  readonly operations: ReadonlyArray<string>
  /** Each method of the service: the operation it sends, and a call of it. */
  readonly exposed: { readonly [K in keyof S]: readonly [string, (service: S) => Effect.Effect<unknown, unknown>] }
  readonly notExposed: ReadonlyArray<string>
}

const operationNames = (api: object) => Object.keys(api).filter((key) => key !== "httpClient").sort()
/** A platform client for listing a generated group's operations (none is called). */
const stub = HttpClient.makeWith<never, never, HttpClientError.HttpClientError, never>(
  () => Effect.die("not called"),
  Effect.succeed
)

/** A group's table with its service type checked, as the tests run it. */
interface Checked {
  readonly name: string
  readonly operations: ReadonlyArray<string>
  readonly notExposed: ReadonlyArray<string>
  /** The methods the service has. */
  readonly methods: Effect.Effect<ReadonlyArray<string>, never, GalileoHttpClient.GalileoHttpClient>
  readonly exposed: ReadonlyArray<{
    readonly method: string
    readonly operation: string
    readonly call: Effect.Effect<unknown, unknown, GalileoHttpClient.GalileoHttpClient>
  }>
}

const group = <S extends object>(spec: Group<S>): Checked => {
  const exposed: Array<Checked["exposed"][number]> = []
  for (const method in spec.exposed) {
    const [operation, call] = spec.exposed[method]
    exposed.push({ method, operation, call: Effect.flatMap(spec.make, call) })
  }
  return {
    name: spec.name,
    operations: spec.operations,
    notExposed: spec.notExposed,
    methods: Effect.map(spec.make, (service) => Object.keys(service).sort()),
    exposed
  }
}

const groups = [
  group<Projects.Service>({
    name: "Projects",
    make: Projects.make,
    operations: operationNames(GeneratedProjects.make(stub)),
    exposed: {
      list: ["getProjectsProjectsGet", (s) => s.list()],
      getByName: ["getProjectsProjectsGet", (s) => s.getByName("demo")],
      get: ["getProjectProjectsProjectIdGet", (s) => s.get("p-1")],
      create: ["createProjectProjectsPost", (s) => s.create({ name: "demo" })],
      update: ["updateProjectProjectsProjectIdPut", (s) => s.update("p-1", { name: "x" })],
      delete: ["deleteProjectProjectsProjectIdDelete", (s) => s.delete("p-1")],
      search: ["getProjectsPaginatedProjectsPaginatedPost", (s) => s.search({})]
    },
    notExposed: [
      "getProjectsCountProjectsCountPost",
      "getAllProjectsProjectsAllGet",
      "getCollaboratorRolesCollaboratorRolesGet",
      "listUserProjectCollaboratorsProjectsProjectIdUsersGet",
      "createUserProjectCollaboratorsProjectsProjectIdUsersPost",
      "listGroupProjectCollaboratorsProjectsProjectIdGroupsGet",
      "createGroupProjectCollaboratorsProjectsProjectIdGroupsPost",
      "deleteUserProjectCollaboratorProjectsProjectIdUsersUserIdDelete",
      "updateUserProjectCollaboratorProjectsProjectIdUsersUserIdPatch",
      "deleteGroupProjectCollaboratorProjectsProjectIdGroupsGroupIdDelete",
      "updateGroupProjectCollaboratorProjectsProjectIdGroupsGroupIdPatch"
    ]
  }),
  group<LogStreams.Service>({
    name: "LogStreams",
    make: LogStreams.make,
    operations: operationNames(GeneratedLogStreams.make(stub)),
    exposed: {
      list: ["listLogStreamsProjectsProjectIdLogStreamsGet", (s) => s.list("p-1")],
      create: ["createLogStreamProjectsProjectIdLogStreamsPost", (s) => s.create("p-1", { name: "x" })],
      get: ["getLogStreamProjectsProjectIdLogStreamsLogStreamIdGet", (s) => s.get("p-1", "ls-1")],
      update: [
        "updateLogStreamProjectsProjectIdLogStreamsLogStreamIdPut",
        (s) => s.update("p-1", "ls-1", { name: "y" })
      ],
      delete: ["deleteLogStreamProjectsProjectIdLogStreamsLogStreamIdDelete", (s) => s.delete("p-1", "ls-1")],
      search: ["searchLogStreamsProjectsProjectIdLogStreamsSearchPost", (s) => s.search("p-1", {})]
    },
    notExposed: [
      "listLogStreamsPaginatedProjectsProjectIdLogStreamsPaginatedGet",
      "getMetricSettingsProjectsProjectIdLogStreamsLogStreamIdMetricSettingsGet",
      "updateMetricSettingsProjectsProjectIdLogStreamsLogStreamIdMetricSettingsPatch"
    ]
  }),
  group<Traces.Service>({
    name: "Traces",
    make: Traces.make,
    operations: operationNames(GeneratedTraces.make(stub)),
    exposed: {
      ingest: ["logTracesProjectsProjectIdTracesPost", (s) => s.ingest("p-1", { traces: [{}] })],
      search: ["queryTracesProjectsProjectIdTracesSearchPost", (s) => s.search("p-1", {})],
      count: ["countTracesProjectsProjectIdTracesCountPost", (s) => s.count("p-1", {})],
      get: ["getTraceProjectsProjectIdTracesTraceIdGet", (s) => s.get("p-1", "t-1")],
      update: ["updateTraceProjectsProjectIdTracesTraceIdPatch", (s) => s.update("p-1", "t-1", { trace_id: "t-1" })],
      delete: ["deleteTracesProjectsProjectIdTracesDeletePost", (s) => s.delete("p-1", {})],
      ingestSpans: [
        "logSpansProjectsProjectIdSpansPost",
        (s) =>
          s.ingestSpans("p-1", {
            trace_id: "t-1",
            parent_id: "t-1",
            spans: [{ type: "llm", input: [{ role: "user", content: "hi" }] }]
          })
      ],
      searchSpans: ["querySpansProjectsProjectIdSpansSearchPost", (s) => s.searchSpans("p-1", {})],
      getSpan: ["getSpanProjectsProjectIdSpansSpanIdGet", (s) => s.getSpan("p-1", "sp-1")],
      updateSpan: [
        "updateSpanProjectsProjectIdSpansSpanIdPatch",
        (s) => s.updateSpan("p-1", "sp-1", { span_id: "sp-1" })
      ]
    },
    notExposed: [
      "getAggregatedTraceViewProjectsProjectIdTracesAggregatedPost",
      "recomputeMetricsProjectsProjectIdRecomputeMetricsPost",
      "tracesAvailableColumnsProjectsProjectIdTracesAvailableColumnsPost",
      "metricsTestingAvailableColumnsProjectsProjectIdMetricsTestingAvailableColumnsPost",
      "spansAvailableColumnsProjectsProjectIdSpansAvailableColumnsPost",
      "sessionsAvailableColumnsProjectsProjectIdSessionsAvailableColumnsPost",
      "queryPartialTracesProjectsProjectIdTracesPartialSearchPost",
      "queryPartialSpansProjectsProjectIdSpansPartialSearchPost",
      "countSpansProjectsProjectIdSpansCountPost",
      "queryMetricsProjectsProjectIdMetricsSearchPost",
      "queryMetricsV2ProjectsProjectIdMetricsSearchV2Post",
      "queryCustomMetricsProjectsProjectIdMetricsCustomSearchPost",
      "createSessionProjectsProjectIdSessionsPost",
      "querySessionsProjectsProjectIdSessionsSearchPost",
      "queryPartialSessionsProjectsProjectIdSessionsPartialSearchPost",
      "countSessionsProjectsProjectIdSessionsCountPost",
      "getSessionProjectsProjectIdSessionsSessionIdGet",
      "exportRecordsProjectsProjectIdExportRecordsPost",
      "deleteSpansProjectsProjectIdSpansDeletePost",
      "deleteSessionsProjectsProjectIdSessionsDeletePost"
    ]
  }),
  group<Datasets.Service>({
    name: "Datasets",
    make: Datasets.make,
    operations: operationNames(GeneratedDatasets.make(stub)),
    exposed: {
      list: ["listDatasetsDatasetsGet", (s) => s.list()],
      create: ["createDatasetDatasetsPost", (s) => s.create({ name: "qa" })],
      get: ["getDatasetDatasetsDatasetIdGet", (s) => s.get("d-1")],
      getContent: ["getDatasetContentDatasetsDatasetIdContentGet", (s) => s.getContent("d-1")],
      update: ["updateDatasetDatasetsDatasetIdPatch", (s) => s.update("d-1", {})],
      delete: ["deleteDatasetDatasetsDatasetIdDelete", (s) => s.delete("d-1")],
      query: ["queryDatasetsDatasetsQueryPost", (s) => s.query({})]
    },
    notExposed: [
      "bulkDeleteDatasetsDatasetsBulkDeleteDelete",
      "upsertDatasetContentDatasetsDatasetIdContentPut",
      "updateDatasetContentDatasetsDatasetIdContentPatch",
      "downloadDatasetDatasetsDatasetIdDownloadGet",
      "previewDatasetDatasetsDatasetIdPreviewPost",
      "queryDatasetContentDatasetsDatasetIdContentQueryPost",
      "listUserDatasetCollaboratorsDatasetsDatasetIdUsersGet",
      "createUserDatasetCollaboratorsDatasetsDatasetIdUsersPost",
      "listGroupDatasetCollaboratorsDatasetsDatasetIdGroupsGet",
      "createGroupDatasetCollaboratorsDatasetsDatasetIdGroupsPost",
      "deleteUserDatasetCollaboratorDatasetsDatasetIdUsersUserIdDelete",
      "updateUserDatasetCollaboratorDatasetsDatasetIdUsersUserIdPatch",
      "deleteGroupDatasetCollaboratorDatasetsDatasetIdGroupsGroupIdDelete",
      "updateGroupDatasetCollaboratorDatasetsDatasetIdGroupsGroupIdPatch",
      "queryDatasetVersionsDatasetsDatasetIdVersionsQueryPost",
      "getDatasetVersionContentDatasetsDatasetIdVersionsVersionIndexContentGet",
      "updateDatasetVersionDatasetsDatasetIdVersionsVersionIndexPatch",
      "listDatasetProjectsDatasetsDatasetIdProjectsGet",
      "extendDatasetContentDatasetsExtendPost",
      "getDatasetSyntheticExtendStatusDatasetsExtendDatasetIdGet",
      "countDatasetsDatasetsQueryCountPost",
      "getDatasetVariablePreviewDatasetsDatasetIdVariablePreviewGet"
    ]
  }),
  group<Experiments.Service>({
    name: "Experiments",
    make: Experiments.make,
    operations: operationNames(GeneratedExperiments.make(stub)),
    exposed: {
      list: ["listExperimentsProjectsProjectIdExperimentsGet", (s) => s.list("p-1")],
      create: ["createExperimentProjectsProjectIdExperimentsPost", (s) => s.create("p-1", { name: "x" })],
      get: ["getExperimentProjectsProjectIdExperimentsExperimentIdGet", (s) => s.get("p-1", "e-1")],
      update: [
        "updateExperimentProjectsProjectIdExperimentsExperimentIdPut",
        (s) => s.update("p-1", "e-1", { name: "y" })
      ],
      delete: ["deleteExperimentProjectsProjectIdExperimentsExperimentIdDelete", (s) => s.delete("p-1", "e-1")],
      search: ["searchExperimentsProjectsProjectIdExperimentsSearchPost", (s) => s.search("p-1", {})]
    },
    notExposed: [
      "listExperimentsPaginatedProjectsProjectIdExperimentsPaginatedGet",
      "experimentsAvailableColumnsProjectsProjectIdExperimentsAvailableColumnsPost",
      "getMetricSettingsProjectsProjectIdExperimentsExperimentIdMetricSettingsGet",
      "updateMetricSettingsProjectsProjectIdExperimentsExperimentIdMetricSettingsPatch",
      "getExperimentTagsProjectsProjectIdExperimentsExperimentIdTagsGet",
      "setTagForExperimentProjectsProjectIdExperimentsExperimentIdTagsPost",
      "getExperimentTagProjectsProjectIdExperimentsExperimentIdTagsTagIdGet",
      "updateTagForExperimentProjectsProjectIdExperimentsExperimentIdTagsTagIdPut",
      "deleteExperimentTagProjectsProjectIdExperimentsExperimentIdTagsTagIdDelete",
      "getExperimentMetricsProjectsProjectIdExperimentsExperimentIdMetricsPost",
      "getExperimentsMetricsProjectsProjectIdExperimentsMetricsPost"
    ]
  }),
  group<Prompts.Service>({
    name: "Prompts",
    make: Prompts.make,
    operations: operationNames(GeneratedPrompts.make(stub)),
    exposed: {
      listTemplates: ["getProjectTemplatesProjectsProjectIdTemplatesGet", (s) => s.listTemplates("p-1")],
      createTemplate: [
        "createPromptTemplateWithVersionProjectsProjectIdTemplatesPost",
        (s) => s.createTemplate("p-1", { name: "n", template: "t" })
      ],
      getTemplate: [
        "getTemplateFromProjectProjectsProjectIdTemplatesTemplateIdGet",
        (s) => s.getTemplate("p-1", "tp-1")
      ],
      deleteTemplate: [
        "deleteTemplateProjectsProjectIdTemplatesTemplateIdDelete",
        (s) => s.deleteTemplate("p-1", "tp-1")
      ],
      createVersion: [
        "createPromptTemplateVersionProjectsProjectIdTemplatesTemplateIdVersionsPost",
        (s) => s.createVersion("p-1", "tp-1", { template: "t" })
      ],
      getVersion: [
        "getTemplateVersionProjectsProjectIdTemplatesTemplateIdVersionsVersionGet",
        (s) => s.getVersion("p-1", "tp-1", 2)
      ],
      getVersionByName: [
        "getTemplateVersionByNameProjectsProjectIdTemplatesVersionsGet",
        (s) => s.getVersionByName("p-1", "greeting")
      ],
      queryTemplates: ["queryTemplatesTemplatesQueryPost", (s) => s.queryTemplates({})],
      render: ["renderTemplateRenderTemplatePost", (s) => s.render({ template: "t", data: { input_strings: [] } })]
    },
    notExposed: [
      "queryTemplateVersionsTemplatesTemplateIdVersionsQueryPost",
      "setSelectedTemplateVersionProjectsProjectIdTemplatesTemplateIdVersionsVersionPut",
      "generateTemplateInputStubInputStubPost",
      "createGlobalPromptTemplateTemplatesPost",
      "bulkDeleteGlobalTemplatesTemplatesBulkDeleteDelete",
      "getGlobalTemplateTemplatesTemplateIdGet",
      "deleteGlobalTemplateTemplatesTemplateIdDelete",
      "updateGlobalTemplateTemplatesTemplateIdPatch",
      "createGlobalPromptTemplateVersionTemplatesTemplateIdVersionsPost",
      "getGlobalTemplateVersionTemplatesTemplateIdVersionsVersionGet",
      "setSelectedGlobalTemplateVersionTemplatesTemplateIdVersionsVersionPut",
      "listUserPromptTemplateCollaboratorsTemplatesTemplateIdUsersGet",
      "createUserPromptTemplateCollaboratorsTemplatesTemplateIdUsersPost",
      "deleteUserPromptTemplateCollaboratorTemplatesTemplateIdUsersUserIdDelete",
      "updateUserPromptTemplateCollaboratorTemplatesTemplateIdUsersUserIdPatch",
      "listGroupPromptTemplateCollaboratorsTemplatesTemplateIdGroupsGet",
      "createGroupPromptTemplateCollaboratorsTemplatesTemplateIdGroupsPost",
      "deleteGroupPromptTemplateCollaboratorTemplatesTemplateIdGroupsGroupIdDelete",
      "updateGroupPromptTemplateCollaboratorTemplatesTemplateIdGroupsGroupIdPatch"
    ]
  })
]

describe.each(groups)("$name: every generated operation is exposed or listed as not exposed", (spec) => {
  it("the two lists cover the generated client's operations, once each", () => {
    const operations = operationsOf(spec.name)
    expect([...operations.keys()].sort()).toEqual(spec.operations)
    const exposed = new Set(spec.exposed.map((entry) => entry.operation))
    expect(spec.notExposed.filter((name) => exposed.has(name))).toEqual([])
    expect(new Set(spec.notExposed).size).toBe(spec.notExposed.length)
    expect([...exposed, ...spec.notExposed].sort()).toEqual(spec.operations)
  })

  it.effect("each method of the service sends its operation's request, once", () => {
    const operations = operationsOf(spec.name)
    const { sent, service: client } = recording()
    return Effect.gen(function*() {
      expect(yield* spec.methods).toEqual(spec.exposed.map((entry) => entry.method).sort())
      for (const { call, method, operation } of spec.exposed) {
        sent.length = 0
        const error = yield* Effect.flip(call)
        expect({ method, error }).toMatchObject({ method, error: { _tag: "GalileoHttpError", status: 418 } })
        expect(sent.length).toBe(1)
        const [request] = sent
        // the routes the request matches, the most literal first (as the server routes
        // `/templates/versions` before `/templates/{template_id}`)
        const matches = [...operations].filter(([, op]) => op.method === request?.method && op.path.test(request.url))
        const fewest = Math.min(...matches.map(([, op]) => op.params))
        const matching = matches.filter(([, op]) => op.params === fewest).map(([name]) => name)
        expect({ method, matching }).toEqual({ method, matching: [operation] })
      }
    }).pipe(Effect.provideService(GalileoHttpClient.GalileoHttpClient, client))
  })
})

describe("names across the groups", () => {
  const modules = { Projects, LogStreams, Traces, Datasets, Experiments, Prompts }

  it("each module's tag is named after it, with its own key", () => {
    const keys = Object.entries(modules).map(([name, module]) => {
      const tag: unknown = Reflect.get(module, name)
      return Reflect.get(tag ?? {}, "key")
    })
    expect(keys).toEqual(Object.keys(modules).map((name) => `galileo-effect/${name}`))
  })

  it("no schema name is exported by two modules: they import side by side without renaming", () => {
    const shared = new Set(["make", "layer", ...Object.keys(modules)])
    const seen = new Map<string, string>()
    const clashes: Array<string> = []
    for (const [name, module] of Object.entries(modules)) {
      for (const key of Object.keys(module).filter((k) => !shared.has(k))) {
        const other = seen.get(key)
        if (other !== undefined) clashes.push(`${key}: ${other} and ${name}`)
        seen.set(key, name)
      }
    }
    expect(clashes).toEqual([])
    expect(seen.size).toBeGreaterThan(40)
  })
})
