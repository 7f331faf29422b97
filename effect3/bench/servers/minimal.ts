/**
 * The minimal benchmark server: plain `node:http`, no Effect, precomputed answers, so nearly all
 * the time a request takes is the client's. Run in its own process by the benchmark
 * (`node --import tsx bench/servers/minimal.ts`); prints its URL as the first line of stdout and
 * runs until SIGTERM/SIGINT or until its stdin closes.
 *
 * - `POST /v1/login/api_key` and `POST /login/api_key` (the official SDKs' path): `{ api_key }` →
 *   `{ access_token, token_type: "bearer" }`, or 401 for any other key;
 * - `GET /v1/current_user` and `GET /current_user`: the user, when the bearer token matches;
 * - `GET /healthcheck` and `GET /v1/healthcheck` (the official client calls it first);
 * - `POST /v1/projects/{id}/traces` (the ingest endpoint), when the bearer token matches: the
 *   body read whole and kept, not parsed; a precomputed `LogTracesIngestResponse` for a batch of
 *   `traceBatch` traces;
 * - `GET /__stats`: `{ logins, requests, bytes, connections, last }`: counts so far (`bytes`: of
 *   the request bodies read) and the last request line (the stats requests themselves are not
 *   counted; their one keep-alive connection is);
 * - `GET /__last-body`: the body of the last ingest request, as received (not counted either).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import { accessToken, apiKey, currentUser, logStreamId, projectId, spansPerTrace, traceBatch } from "./fixture.js"

const json = (value: unknown) => Buffer.from(JSON.stringify(value))

const tokenBody = json({ access_token: accessToken, token_type: "bearer" })
const userBody = json(currentUser)
const healthBody = json({ api_version: "v1", message: "ok", version: "bench" })
const badKey = json({ detail: "Invalid API key" })
const unauthenticated = json({ detail: "Not authenticated" })
const notFound = json({ detail: "Not Found" })
const ingestBody = json({
  project_id: projectId,
  project_name: "bench",
  log_stream_id: logStreamId,
  records_count: traceBatch * (1 + spansPerTrace),
  traces_count: traceBatch,
  spans_count: traceBatch * spansPerTrace
})
const tracesPath = /^\/projects\/[^/]+\/traces$/
const bearer = `Bearer ${accessToken}`

let logins = 0
let requests = 0
let bytes = 0
let connections = 0
let last = ""
let lastIngest: ReadonlyArray<Buffer> = []

const send = (res: ServerResponse, status: number, body: Buffer) => {
  res.writeHead(status, { "content-type": "application/json", "content-length": body.length })
  res.end(body)
}

const login = (req: IncomingMessage, res: ServerResponse) => {
  const chunks: Array<Buffer> = []
  req.on("data", (chunk: Buffer) => {
    bytes += chunk.length
    chunks.push(chunk)
  })
  req.on("end", () => {
    let key: unknown
    try {
      const body: unknown = JSON.parse(Buffer.concat(chunks).toString("utf8"))
      key = typeof body === "object" && body !== null && "api_key" in body ? body.api_key : undefined
    } catch {
      key = undefined
    }
    if (key === apiKey) {
      logins++
      send(res, 200, tokenBody)
    } else {
      send(res, 401, badKey)
    }
  })
}

/** Reads the ingest body whole (kept as received), then answers the precomputed response. */
const ingest = (req: IncomingMessage, res: ServerResponse) => {
  const chunks: Array<Buffer> = []
  req.on("data", (chunk: Buffer) => {
    bytes += chunk.length
    chunks.push(chunk)
  })
  req.on("end", () => {
    lastIngest = chunks
    if (req.headers.authorization === bearer) send(res, 200, ingestBody)
    else send(res, 401, unauthenticated)
  })
}

const server = createServer((req, res) => {
  const path = req.url ?? "/"
  if (path === "/__stats") return send(res, 200, json({ logins, requests, bytes, connections, last }))
  if (path === "/__last-body") return send(res, 200, Buffer.concat(lastIngest))
  requests++
  last = `${req.method} ${path}`
  const route = path.startsWith("/v1/") ? path.slice(3) : path
  if (req.method === "POST" && route === "/login/api_key") return login(req, res)
  if (req.method === "GET" && route === "/current_user") {
    return req.headers.authorization === bearer ? send(res, 200, userBody) : send(res, 401, unauthenticated)
  }
  if (req.method === "GET" && route === "/healthcheck") return send(res, 200, healthBody)
  if (req.method === "POST" && tracesPath.test(route)) return ingest(req, res)
  req.resume()
  send(res, 404, notFound)
})

server.on("connection", () => {
  connections++
})

// Idle keep-alive connections stay open across the benchmark's rounds.
server.keepAliveTimeout = 120_000
server.headersTimeout = 125_000

server.listen(0, "127.0.0.1", () => {
  const address = server.address()
  const port = typeof address === "object" && address !== null ? address.port : 0
  process.stdout.write(`http://127.0.0.1:${port}\n`)
})

const stop = () => {
  server.close()
  server.closeAllConnections()
  process.exit(0)
}
process.on("SIGTERM", stop)
process.on("SIGINT", stop)
process.stdin.on("end", stop)
process.stdin.resume()
