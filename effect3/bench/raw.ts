/**
 * Raw baselines, outside Effect: plain async functions over `node:http` with a keep-alive agent,
 * and over Node's global `fetch` (undici's global dispatcher, keep-alive by default). Each checks
 * the status and parses the JSON, like the clients it is compared with.
 */
import { Agent, request } from "node:http"

/** A keep-alive `node:http` agent (no socket limit, as undici's). */
export const makeAgent = (): Agent => new Agent({ keepAlive: true, keepAliveMsecs: 60_000 })

/** One HTTP exchange; resolves with the status and the whole body. */
export const exchange = (
  agent: Agent,
  url: string,
  method: "GET" | "POST",
  headers: Record<string, string>,
  body?: string
): Promise<{ readonly status: number; readonly body: string }> =>
  new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent }, (res) => {
      const chunks: Array<Buffer> = []
      res.on("data", (c: Buffer) => chunks.push(c))
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }))
      res.on("error", reject)
    })
    req.on("error", reject)
    req.end(body)
  })

const accessTokenOf = (body: string): string => {
  const parsed: unknown = JSON.parse(body)
  if (typeof parsed === "object" && parsed !== null && "access_token" in parsed) {
    const token = parsed.access_token
    if (typeof token === "string") return token
  }
  throw new Error("login answer without access_token")
}

const ok = (status: number, what: string) => {
  if (status !== 200) throw new Error(`${what}: HTTP ${status}`)
}

/** POST the key with `node:http`; the access token. */
export const login = async (agent: Agent, url: string, apiKey: string): Promise<string> => {
  const payload = JSON.stringify({ api_key: apiKey })
  const answer = await exchange(agent, url, "POST", {
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(payload)),
    accept: "application/json"
  }, payload)
  ok(answer.status, "raw login")
  return accessTokenOf(answer.body)
}

/** GET with a static bearer header with `node:http`; the parsed JSON. */
export const getJson = async (agent: Agent, url: string, token: string): Promise<unknown> => {
  const answer = await exchange(agent, url, "GET", { authorization: `Bearer ${token}`, accept: "application/json" })
  ok(answer.status, "raw GET")
  return JSON.parse(answer.body)
}

/** POST the key with global `fetch`; the access token. */
export const fetchLogin = async (url: string, apiKey: string): Promise<string> => {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ api_key: apiKey })
  })
  ok(response.status, "fetch login")
  return accessTokenOf(await response.text())
}

/** GET with a static bearer header with global `fetch`; the parsed JSON. */
export const fetchGetJson = async (url: string, token: string): Promise<unknown> => {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: "application/json" } })
  ok(response.status, "fetch GET")
  const parsed: unknown = await response.json()
  return parsed
}
