// The official `galileo` npm client (pinned dev dependency) logs a trace against a server, as its
// README shows: `init({ projectName, logstream })`, `getLogger()`, `startTrace`, `addLlmSpan` (an
// imitated LLM call), `conclude`, `flush()` (which calls `init()` of its API client: healthcheck,
// login, the project and the log stream found or created; then the ingest, through
// galileo-generated, which logs in once more). Then a second API client reads the trace and its
// span back. The trace's fields come from the environment's OFFICIAL_* variables. Prints one
// JSON line; `flush()` swallows errors (it logs them and returns []), so the count it returns is
// printed too.
"use strict"
const { GalileoApiClient, getLogger, init } = require("galileo")

const projectName = process.env.OFFICIAL_PROJECT
const logstream = process.env.OFFICIAL_LOG_STREAM

const main = async () => {
  await init({ projectName, logstream })
  const logger = getLogger({ projectName, logstream })
  logger.startTrace({
    input: "What is 2 + 2?",
    name: "chat",
    createdAt: new Date(process.env.OFFICIAL_CREATED_AT),
    tags: ["demo"],
    metadata: { run: "1" }
  })
  logger.addLlmSpan({
    input: [{ role: "system", content: "You add numbers." }, { role: "user", content: "What is 2 + 2?" }],
    output: { role: "assistant", content: "4" },
    model: "imitation-1",
    name: "llm",
    createdAt: new Date(process.env.OFFICIAL_CREATED_AT),
    numInputTokens: 12,
    numOutputTokens: 1,
    totalTokens: 13,
    durationNs: 1500,
    temperature: 0.5
  })
  logger.conclude({ output: "4", durationNs: 2500 })
  const flushed = await logger.flush()
  const client = new GalileoApiClient()
  await client.init({ projectName, logStreamName: logstream })
  const traceId = flushed[0] && flushed[0].id
  const trace = traceId === undefined ? null : await client.getTrace(traceId)
  const spanId = trace && trace.spans && trace.spans[0] && trace.spans[0].id
  const span = spanId === undefined || spanId === null ? null : await client.getSpan(spanId)
  return {
    flushed: flushed.length,
    traceId,
    projectId: client.projectId,
    logStreamId: client.logStreamId,
    trace,
    span
  }
}

main().then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error) => {
    process.stdout.write(`${JSON.stringify({ error: String(error && error.message) })}\n`)
    process.exitCode = 1
  }
)
