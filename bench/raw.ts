/** Baselines: the same calls with raw node:http and a keep-alive agent. */
import { Agent, request } from "node:http"

const agent = new Agent({ keepAlive: true, maxSockets: 64 })

/** One HTTP exchange; resolves with the status and the whole body. */
export const exchange = (
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

/** A login with raw node:http: POST the key, parse the token. */
export const login = async (baseUrl: string, apiKey: string): Promise<string> => {
  const answer = await exchange(
    `${baseUrl}/v1/login/api_key`,
    "POST",
    { "content-type": "application/json" },
    JSON.stringify({ api_key: apiKey })
  )
  return JSON.parse(answer.body).access_token
}

/** An authenticated GET with a static bearer header, parsed as JSON. */
export const currentUser = async (baseUrl: string, token: string): Promise<unknown> =>
  JSON.parse(
    (await exchange(`${baseUrl}/current_user`, "GET", { authorization: `Bearer ${token}`, accept: "application/json" }))
      .body
  )

/** Closes the agent's sockets. */
export const close = (): void => agent.destroy()
