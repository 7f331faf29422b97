/**
 * What `npm start` shows: the whole flow against the embedded Galileo-compatible server (no
 * account needed): the login and its token cache, then the whole job (a project, a log stream, a
 * trace of an imitated LLM call logged through `TraceLogger` and read back), then the errors; or,
 * with a credential in the environment (`GALILEO_API_KEY`...), a login against Galileo itself.
 *
 * @since 0.1.0
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as Config from "effect/Config"
import * as Console from "effect/Console"
import * as DateTime from "effect/DateTime"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as AccessToken from "../AccessToken.js"
import * as AuthService from "../AuthService.js"
import * as Contract from "../Contract.js"
import { noFlags } from "../core/cli/Grammar.js"
import { printable } from "../core/cli/Text.js"
import * as Galileo from "../Galileo.js"
import * as GalileoConfig from "../GalileoConfig.js"
import * as GalileoHttpClient from "../GalileoHttpClient.js"
import * as LogStreams from "../LogStreams.js"
import * as Projects from "../Projects.js"
import * as RetryPolicy from "../RetryPolicy.js"
import * as Fault from "../testing/Fault.js"
import * as GalileoServer from "../testing/GalileoServer.js"
import * as TraceLogger from "../TraceLogger.js"
import * as Traces from "../Traces.js"
import { kind, withClient } from "./AuthCommands.js"

/** How long demo tokens live: short, so the refresh shows within seconds. */
const demoLifetime = Duration.seconds(4)

const retryPolicy = RetryPolicy.make({ baseDelay: "50 millis" })

const describeToken = (token: AccessToken.AccessToken) =>
  Effect.map(DateTime.now, (now) => {
    const expires = Option.match(token.expiresAt, {
      onNone: () => "unknown expiry",
      onSome: (at) => `expires in ${(DateTime.distance(now, at) / 1000).toFixed(1)}s`
    })
    return `${expires}, token ${token.value}`
  })

const step = (n: number, title: string) => Console.log(`\n${n}. ${title}`)
/** A line of the flow; what it quotes from a server is printed with control characters escaped. */
const show = (line: string) => Console.log(`   ${printable(line)}`)

const counts = (server: GalileoServer.Service) =>
  Effect.map(server.stats, (s) => `logins so far: ${s.logins}, refreshes so far: ${s.refreshes}`)

const sameToken = (a: AccessToken.AccessToken, b: AccessToken.AccessToken) =>
  AccessToken.sameValue(a, b) ? "the same token" : "a different token"

/** What the read-back prints of a trace or a span (an LLM span's model and tokens too), and the spans under it. */
interface Logged {
  readonly id?: string | undefined
  readonly type?: string | null | undefined
  readonly name?: string | null | undefined
  readonly model?: string | null | undefined
  readonly metrics?: unknown
  readonly input?: unknown
  readonly output?: unknown
  readonly spans?: ReadonlyArray<Logged> | null | undefined
}

const text = (value: unknown): string => typeof value === "string" ? value : JSON.stringify(value ?? null)

const tokensOf = Schema.decodeUnknownOption(
  Schema.Struct({ num_input_tokens: Schema.Number, num_output_tokens: Schema.Number })
)

/** What an LLM span says of its call: the model, and the tokens in and out. */
const call = (span: Logged): string => {
  if (typeof span.model !== "string") return ""
  const tokens = Option.match(tokensOf(span.metrics), {
    onNone: () => "",
    onSome: (t) => `, ${t.num_input_tokens} tokens in, ${t.num_output_tokens} out`
  })
  return ` (model ${span.model}${tokens})`
}

/** One line per span, its children indented under it. */
const tree = (spans: ReadonlyArray<Logged>, depth = 0): Array<string> =>
  spans.flatMap((span) => [
    `${"  ".repeat(depth)}${span.type ?? "span"} "${span.name ?? ""}"${call(span)}`,
    ...tree(span.spans ?? [], depth + 1)
  ])

const question = "What is the capital of France?"
const document = "Paris is the capital and largest city of France."

/** An LLM call, imitated: the answer and the token counts a model would report. */
const imitatedLlm = (_messages: ReadonlyArray<TraceLogger.Message>) =>
  Effect.succeed({ content: "The capital of France is Paris.", inputTokens: 38, outputTokens: 8 }).pipe(
    Effect.delay(Duration.millis(20))
  )

/** A retrieval-augmented answer logged as one trace: a workflow holding a retriever span and an LLM span. */
const logAnswer = (logger: TraceLogger.Service) =>
  Effect.gen(function*() {
    const trace = yield* logger.startTrace({ name: "chat", input: question, tags: ["demo"] })
    const workflow = yield* trace.addWorkflowSpan({ name: "answer-with-documents", input: question })
    yield* workflow.addRetrieverSpan({
      name: "search-documents",
      input: question,
      output: [{ content: document, metadata: { source: "atlas" } }]
    })
    const messages: ReadonlyArray<TraceLogger.Message> = [
      { role: "system", content: `Answer from this document: ${document}` },
      { role: "user", content: question }
    ]
    const answer = yield* imitatedLlm(messages)
    yield* workflow.addLlmSpan({
      name: "chat-completion",
      input: messages,
      output: answer.content,
      model: "gpt-4o-mini",
      numInputTokens: answer.inputTokens,
      numOutputTokens: answer.outputTokens,
      durationNs: 20_000_000
    })
    yield* workflow.conclude({ output: answer.content })
    const accepted = yield* trace.conclude({ output: answer.content })
    return { id: trace.id, accepted }
  })

/**
 * The steps, with a client logged in to `server` with the demo key.
 *
 * @since 0.2.0
 */
export const flow = (server: GalileoServer.Service) =>
  Effect.gen(function*() {
    const auth = yield* AuthService.AuthService
    const config = yield* GalileoConfig.GalileoConfig
    const currentUserPath = `${new URL(config.apiUrl).pathname}/current_user`

    yield* step(1, "Log in with the API key (POST /v1/login/api_key)")
    const first = yield* auth.token
    yield* show(yield* describeToken(first))

    yield* step(2, "Ask for the token again: served from the cache")
    const again = yield* Effect.all([auth.token, auth.token, auth.token])
    yield* show(`3 calls, ${again.every((t) => AccessToken.sameValue(t, first)) ? "the same token" : "new tokens"}`)
    yield* show(yield* counts(server))

    yield* step(3, "Wait until the refresh-ahead window (half the lifetime): renewed in the background")
    yield* Effect.sleep(Duration.sum(Duration.times(demoLifetime, 0.5), Duration.millis(100)))
    const during = yield* auth.token
    yield* show(`inside the window the caller still gets ${sameToken(during, first)} at once`)
    // the refresh runs in the background: ask again until it has landed (at most ~2 s)
    const refreshed = yield* auth.token.pipe(
      Effect.delay(Duration.millis(50)),
      Effect.repeat({ until: (t) => !AccessToken.sameValue(t, first), times: 40 })
    )
    yield* show(`then ${sameToken(refreshed, first)}: ${yield* describeToken(refreshed)}`)
    yield* show(yield* counts(server))

    yield* step(4, "An authenticated call (GET /v1/current_user) through GalileoHttpClient")
    const me = yield* GalileoHttpClient.getJson("current_user", Contract.CurrentUser)
    yield* show(`current user: ${me.id} <${me.email}>`)

    yield* step(5, "Create a project (POST /v1/projects) through galileo-effect/Projects")
    const project = yield* (yield* Projects.Projects).create({ name: "galileo-effect-demo" })
    yield* show(`project "${project.name}" created: id ${project.id}`)

    yield* step(6, "Create a log stream in it (POST /v1/projects/{project_id}/log_streams) through LogStreams")
    const stream = yield* (yield* LogStreams.LogStreams).create(project.id, { name: "demo-stream" })
    yield* show(`log stream "${stream.name}" created: id ${stream.id}`)

    yield* step(7, "Log a trace of an (imitated) LLM call through TraceLogger (POST /v1/projects/{project_id}/traces)")
    const logged = yield* Effect.scoped(Effect.gen(function*() {
      const logger = yield* TraceLogger.make({ projectId: project.id, logStreamId: stream.id })
      const trace = yield* logAnswer(logger)
      yield* show(`trace ${trace.id} concluded: ${trace.accepted ? "accepted into the buffer" : "dropped"}`)
      yield* logger.flush
      const { batches, failed, sent } = yield* logger.stats
      yield* show(
        `flushed: ${sent.traces} trace, ${sent.spans} spans sent in ${batches} batch (${failed.traces} failed)`
      )
      return trace.id
    }))

    yield* step(8, "Read it back (GET /v1/projects/{project_id}/traces/{trace_id}) through Traces.get")
    const record: Logged = yield* (yield* Traces.Traces).get(project.id, logged)
    yield* show(`trace ${record.id ?? ""} "${record.name ?? ""}"`)
    yield* show(`input "${text(record.input)}", output "${text(record.output)}"`)
    yield* Effect.forEach(tree(record.spans ?? []), (line) => show(`  ${line}`))
    const stored = yield* server.resources
    yield* show(
      `the server holds ${stored.projects} project, ${stored.logStreams} log stream, ` +
        `${stored.traces} trace, ${stored.spans} spans`
    )

    yield* step(9, "A bad request becomes GalileoValidationError")
    const Wrong = Schema.Struct({ key: Schema.String })
    yield* GalileoHttpClient.sendJson("POST", "login/api_key", Wrong, { key: "x" }, Contract.Token).pipe(
      Effect.flatMap(() => show("unexpected success")),
      Effect.catchTag(
        "GalileoValidationError",
        (e) =>
          Effect.forEach(
            e.detail,
            (d) => show(`${e._tag}: loc ${JSON.stringify(d.loc)}, msg "${d.msg}", type ${d.type}`)
          )
      )
    )

    yield* step(10, "A wrong key becomes GalileoUnauthorized")
    yield* Effect.flatMap(AuthService.AuthService, (wrong) => wrong.token).pipe(
      Effect.provide(
        Galileo.layer(
          { apiKey: Redacted.make("not-a-real-key"), baseUrl: server.url, retryPolicy },
          NodeHttpClient.layer
        )
      ),
      Effect.flatMap(() => show("unexpected success")),
      Effect.catchTag("GalileoUnauthorized", (e) => show(`${e._tag}: ${e.message}`))
    )

    yield* step(11, "A burst of 503s is absorbed by retries")
    const before = (yield* server.stats).requests[currentUserPath] ?? 0
    yield* server.inject(Fault.unavailable(), { times: 2, path: currentUserPath })
    const after503 = yield* GalileoHttpClient.getJson("current_user", Contract.CurrentUser)
    const attempts = ((yield* server.stats).requests[currentUserPath] ?? 0) - before
    yield* show(`503, 503, then 200 for ${after503.id}: ${attempts} attempts, one result`)

    yield* Console.log("\nDone: every step ran against the embedded server.")
  })

/** What the steps use: the client logged in to `server` with the demo key, and the services on it. */
const services = (server: GalileoServer.Service) =>
  Layer.mergeAll(Projects.layer, LogStreams.layer, Traces.layer).pipe(
    Layer.provideMerge(
      Galileo.layer(
        { apiKey: Redacted.make(GalileoServer.demoApiKey), baseUrl: server.url, retryPolicy },
        NodeHttpClient.layer
      )
    )
  )

/**
 * The flow on the embedded server.
 *
 * @since 0.1.0
 */
export const embedded = Effect.gen(function*() {
  const server = yield* GalileoServer.GalileoServer
  yield* Console.log(`galileo-effect demo: embedded Galileo-compatible server at ${server.url}`)
  yield* Console.log(
    `(the public demo key, tokens live ${Duration.format(demoLifetime)}; set GALILEO_API_KEY to use Galileo)`
  )
  yield* flow(server).pipe(Effect.provide(services(server)))
}).pipe(Effect.provide(GalileoServer.layer({ tokenLifetime: demoLifetime })))

/**
 * A login against Galileo itself, configured from the environment.
 *
 * @since 0.1.0
 */
export const remote = withClient(noFlags, (auth, config) =>
  Effect.gen(function*() {
    yield* Console.log(`galileo-effect demo: logging in to Galileo at ${config.apiUrl} (${kind(config.credential)})`)
    const token = yield* auth.token
    yield* show(`logged in: ${yield* describeToken(token)}`)
  }))

const credentialVariables = ["API_KEY", "USERNAME", "SSO_ID_TOKEN", "JWT_TOKEN"].flatMap((name) => [
  `GALILEO_${name}`,
  `SPLUNK_AO_${name}`
])

/**
 * The demo: embedded unless a credential is set in the environment.
 *
 * @since 0.1.0
 */
export const program = Effect.gen(function*() {
  const set = yield* Effect.forEach(credentialVariables, (name) => Config.option(Config.string(name)))
  return yield* set.some(Option.isSome) ? remote : embedded
})
