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
 * - `GET /__stats`: `{ logins, requests, connections, last }`: counts so far and the last
 *   request line (the stats requests themselves are not counted; their one keep-alive
 *   connection is).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import { accessToken, apiKey, currentUser } from "./fixture.js"

const json = (value: unknown) => Buffer.from(JSON.stringify(value))

const tokenBody = json({ access_token: accessToken, token_type: "bearer" })
const userBody = json(currentUser)
const healthBody = json({ api_version: "v1", message: "ok", version: "bench" })
const badKey = json({ detail: "Invalid API key" })
const unauthenticated = json({ detail: "Not authenticated" })
const notFound = json({ detail: "Not Found" })
const bearer = `Bearer ${accessToken}`

let logins = 0
let requests = 0
let connections = 0
let last = ""

const send = (res: ServerResponse, status: number, body: Buffer) => {
  res.writeHead(status, { "content-type": "application/json", "content-length": body.length })
  res.end(body)
}

const login = (req: IncomingMessage, res: ServerResponse) => {
  const chunks: Array<Buffer> = []
  req.on("data", (chunk: Buffer) => chunks.push(chunk))
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

const server = createServer((req, res) => {
  const path = req.url ?? "/"
  if (path === "/__stats") return send(res, 200, json({ logins, requests, connections, last }))
  requests++
  last = `${req.method} ${path}`
  const route = path.startsWith("/v1/") ? path.slice(3) : path
  if (req.method === "POST" && route === "/login/api_key") return login(req, res)
  if (req.method === "GET" && route === "/current_user") {
    return req.headers.authorization === bearer ? send(res, 200, userBody) : send(res, 401, unauthenticated)
  }
  if (req.method === "GET" && route === "/healthcheck") return send(res, 200, healthBody)
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
