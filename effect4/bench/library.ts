/**
 * Everything the benchmark uses of galileo-effect, in one place: when the library's API
 * changes, this is the only benchmark file to adapt. The runner builds one `ManagedRuntime` from
 * {@link layer} per client and calls `runtime.runPromise(effect)` per request, exactly as it does
 * for the bare platform client it compares against.
 *
 * Written against the 1.0.0 API (0.2.0's on the Effect 3 line): `Galileo.layer(options,
 * httpClientLayer)` providing `GalileoConfig`, `AuthService` (`.login`, `.token`) and
 * `GalileoHttpClient` (`getJson`); every call goes under `baseUrl` + the default path prefix
 * `/v1`. Default retry, refresh and tracing settings: what a user gets.
 */
import * as Effect from "effect/Effect"
import type * as HttpClient from "effect/http/HttpClient"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Tracer from "effect/Tracer"
import { call } from "../../bench/traceBatch.js"
import { AuthService, Contract, Galileo, GalileoHttpClient, version } from "../src/index.js"
import * as TraceLogger from "../src/TraceLogger.js"

export { version }

/** What the benchmark output says about the API it measured. */
export const description =
  `galileo-effect ${version}: Galileo.layer({ apiKey, baseUrl }, httpClient), default retry/refresh/tracing settings; ` +
  "login = AuthService.login, token = AuthService.token, GET = GalileoHttpClient.getJson(\"current_user\", Contract.CurrentUser); " +
  "trace logger = TraceLogger.layer({ batchSize, flushInterval: \"1 hour\" }) on that client, each trace " +
  "startTrace → addWorkflowSpan → addRetrieverSpan, addLlmSpan → conclude both, then flush"

/**
 * The whole client (auth + authenticated calls) on the given platform `HttpClient` Layer; with
 * `tracer`, that tracer installed (the library makes no span under Effect's built-in one).
 */
export const layer = (
  baseUrl: string,
  apiKey: string,
  httpClient: Layer.Layer<HttpClient.HttpClient>,
  options: { readonly tracing?: boolean; readonly tracer?: Tracer.Tracer } = {}
) => {
  const galileo = Galileo.layer(
    { apiKey: Redacted.make(apiKey), baseUrl, tracing: options.tracing ?? true },
    httpClient
  )
  return options.tracer === undefined ? galileo : Layer.merge(galileo, Layer.succeed(Tracer.Tracer, options.tracer))
}

/**
 * A tracer that records as an exporter's buffer would: Effect's own spans, the last 1,000 kept.
 * Installed, it makes the library's spans cost what they cost under a real tracer.
 */
export const recordingTracer = (): Tracer.Tracer => {
  const native = Effect.runSync(Effect.tracer)
  const kept: Array<Tracer.Span> = []
  return Tracer.make({
    context: native.context,
    span: (options) => {
      const span = native.span(options)
      if (kept.push(span) > 1000) kept.shift()
      return span
    }
  })
}

/** The URL the library posts its login to (the baselines post to the same one). */
export const loginUrl = (baseUrl: string): string => `${baseUrl}/v1/login/api_key`

/** The URL `getJson("current_user", …)` requests (the baselines request the same one). */
export const currentUserUrl = (baseUrl: string): string => `${baseUrl}/v1/current_user`

/** One login round trip now (cache refreshed); the access token it got. */
export const login = Effect.flatMap(
  AuthService.AuthService,
  (auth) => Effect.map(auth.login, (token) => Redacted.value(token.value))
)

/**
 * The service's own `token` effect, looked up once: the runner yields it in its loops as is,
 * so the cached-token figure is `auth.token` and nothing around it.
 */
export const tokenEffect = Effect.map(AuthService.AuthService, (auth) => auth.token)

/** An authenticated `GET current_user`, decoded. */
export const currentUser: Effect.Effect<{ readonly id: string }, unknown, GalileoHttpClient.GalileoHttpClient> =
  GalileoHttpClient.getJson("current_user", Contract.CurrentUser)

// --- the trace logger --------------------------------------------------------------------------

/** The URL the logger posts its batches to (the baseline posts to the same one). */
export const ingestUrl = (baseUrl: string, projectId: string): string =>
  `${baseUrl}/v1/projects/${encodeURIComponent(projectId)}/traces`

/**
 * The client of {@link layer} (default settings) with a `TraceLogger` on it: batches of
 * `batchSize` traces, a flush interval of an hour (only a full batch or `flush` sends), the
 * default buffer (10,000 traces, dropping when full).
 */
export const loggerLayer = (
  baseUrl: string,
  apiKey: string,
  httpClient: Layer.Layer<HttpClient.HttpClient>,
  destination: { readonly projectId: string; readonly logStreamId: string },
  batchSize: number
) =>
  TraceLogger.layer({ ...destination, batchSize, flushInterval: "1 hour" }).pipe(
    Layer.provideMerge(layer(baseUrl, apiKey, httpClient))
  )

/** One imitated LLM call logged: a trace holding a workflow span with a retriever and an LLM span. */
const logCall = (logger: TraceLogger.Service) =>
  Effect.gen(function*() {
    const trace = yield* logger.startTrace({ name: call.traceName, input: call.question })
    const workflow = yield* trace.addWorkflowSpan({ name: call.workflowName, input: call.question })
    yield* workflow.addRetrieverSpan({
      name: call.retrieverName,
      input: call.question,
      output: call.documents,
      durationNs: call.retrieverNs
    })
    yield* workflow.addLlmSpan({
      name: call.llmName,
      input: [{ role: "system", content: call.system }, { role: "user", content: call.question }],
      output: call.answer,
      model: call.model,
      temperature: call.temperature,
      numInputTokens: call.numInputTokens,
      numOutputTokens: call.numOutputTokens,
      totalTokens: call.totalTokens,
      durationNs: call.llmNs
    })
    yield* workflow.conclude({ output: call.answer, durationNs: call.workflowNs })
    return yield* trace.conclude({ output: call.answer, durationNs: call.traceNs })
  })

/** `n` calls logged, then `flush`: with `batchSize` = `n`, one ingest request. The logger's counts after it. */
export const logBatch = (n: number): Effect.Effect<TraceLogger.Stats, never, TraceLogger.TraceLogger> =>
  Effect.flatMap(TraceLogger.TraceLogger, (logger) =>
    Effect.gen(function*() {
      for (let i = 0; i < n; i++) {
        if (!(yield* logCall(logger))) return yield* Effect.die(new Error("TraceLogger dropped a trace"))
      }
      yield* logger.flush
      return yield* logger.stats
    }))

/** The logger's counts so far. */
export const loggerStats: Effect.Effect<TraceLogger.Stats, never, TraceLogger.TraceLogger> = Effect.flatMap(
  TraceLogger.TraceLogger,
  (logger) => logger.stats
)
