/** Raw HTTP(S) requests for the server tests: exact bytes and headers, nothing added. */
import { Effect } from "effect"
import * as Http from "node:http"
import * as Https from "node:https"
import * as Net from "node:net"

export interface Answer {
  readonly status: number
  readonly headers: Http.IncomingHttpHeaders
  readonly text: string
}

export interface RequestOptions {
  readonly method?: string
  readonly headers?: Readonly<Record<string, string | number>>
  readonly body?: string | Buffer
  readonly agent?: Http.Agent
  /** TLS options for `https:` URLs. */
  readonly tls?: Https.RequestOptions
}

const guarded = new WeakSet<object>()

/** Sends one request with exactly these headers and body. */
export const send = (url: string, options: RequestOptions = {}): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const target = new URL(url)
    const body = options.body === undefined ? undefined : Buffer.from(options.body)
    const headers: Record<string, string | number> = { ...options.headers }
    if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === "content-length")) {
      headers["content-length"] = body.length
    }
    const init: Https.RequestOptions = {
      method: options.method ?? (body === undefined ? "GET" : "POST"),
      headers,
      ...(options.agent === undefined ? {} : { agent: options.agent }),
      ...options.tls
    }
    const onResponse = (res: Http.IncomingMessage) => {
      const chunks: Array<Buffer> = []
      res.on("data", (c: Buffer) => chunks.push(c))
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") }))
      res.on("error", reject)
    }
    const req = target.protocol === "https:"
      ? Https.request(target, init, onResponse)
      : Http.request(target, init, onResponse)
    req.on("error", reject)
    // a server may answer (e.g. 413) and cut the connection while the body is still being sent:
    // the write error then has no request left to report to
    req.on("socket", (socket) => {
      if (!guarded.has(socket)) {
        socket.on("error", () => {})
      }
      guarded.add(socket)
    })
    req.end(body)
  })

/** {@link send} as an Effect that fails with the transport error. */
export const request = (url: string, options: RequestOptions = {}) => Effect.tryPromise(() => send(url, options))

/** What {@link postCounted} saw: the answer, and how many body bytes had been sent when its head arrived. */
export interface Counted extends Answer {
  readonly sentBeforeAnswer: number
}

/**
 * POSTs a JSON body of `total` spaces, announced with its `content-length`, in 64 KiB writes, each
 * one only after the socket took the one before (so what was sent is what the server could have
 * read); stops sending once the answer's head arrives. A server that answers before reading the
 * body answers with most of it unsent; one that reads it all first sees every byte.
 */
export const postCounted = (url: string, total: number) =>
  Effect.callback<Counted, Error>((resume) => {
    let sent = 0
    let answered = false
    const chunk = Buffer.alloc(64 * 1024, 32)
    const req = Http.request(url, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": total }
    }, (res) => {
      answered = true
      const sentBeforeAnswer = sent
      const chunks: Array<Buffer> = []
      res.on("data", (c: Buffer) => chunks.push(c))
      res.on("end", () => {
        req.destroy()
        resume(Effect.succeed({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text: Buffer.concat(chunks).toString("utf8"),
          sentBeforeAnswer
        }))
      })
    })
    req.on("error", (e) => {
      if (!answered) resume(Effect.fail(e))
    })
    const pump = () => {
      while (!answered && sent < total) {
        const size = Math.min(chunk.length, total - sent)
        sent += size
        if (!req.write(size === chunk.length ? chunk : chunk.subarray(0, size))) return req.once("drain", pump)
      }
      if (!answered) req.end()
    }
    pump()
    return Effect.sync(() => req.destroy())
  })

/** A JSON POST with exactly this body text. */
export const postJson = (url: string, body: string | Buffer, headers: Readonly<Record<string, string>> = {}) =>
  request(url, { method: "POST", body, headers: { "content-type": "application/json", ...headers } })

/** A keep-alive agent closed with the scope. */
export const agent = (maxSockets: number) =>
  Effect.acquireRelease(
    Effect.sync(() => new Http.Agent({ keepAlive: true, maxSockets })),
    (a) => Effect.sync(() => a.destroy())
  )

export const json = (answer: Answer): unknown => JSON.parse(answer.text)

/**
 * Sends `total` requests over `connections` raw keep-alive sockets (one request at a time on
 * each), with a minimal client so the load lands on the server. Returns the count per status.
 */
export const load = (
  url: string,
  options: {
    readonly connections: number
    readonly total: number
    /** The request line's target and extra header lines for request `i`. */
    readonly request: (i: number) => { readonly path: string; readonly headers?: string }
  }
): Promise<ReadonlyMap<number, number>> => {
  const { hostname, port } = new URL(url)
  const statuses = new Map<number, number>()
  let next = 0
  const connection = () =>
    new Promise<void>((resolve, reject) => {
      const socket = Net.connect({ host: hostname, port: Number(port) })
      let buffer = ""
      const sendNext = () => {
        if (next >= options.total) {
          socket.end()
          return resolve()
        }
        const { headers = "", path } = options.request(next++)
        socket.write(`GET ${path} HTTP/1.1\r\nhost: ${hostname}:${port}\r\n${headers}\r\n`)
      }
      socket.setEncoding("latin1")
      socket.on("connect", sendNext)
      socket.on("error", reject)
      socket.on("data", (chunk: string) => {
        buffer += chunk
        for (;;) {
          const headEnd = buffer.indexOf("\r\n\r\n")
          if (headEnd < 0) return
          const head = buffer.slice(0, headEnd)
          const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? "0")
          if (buffer.length < headEnd + 4 + length) return
          const status = Number(head.slice(9, 12))
          statuses.set(status, (statuses.get(status) ?? 0) + 1)
          buffer = buffer.slice(headEnd + 4 + length)
          sendNext()
        }
      })
    })
  return Promise.all(Array.from({ length: options.connections }, connection)).then(() => statuses)
}

/** FastAPI's 422 entry for a required form field that is missing. */
export const missingField = (field: string) => ({
  type: "missing",
  loc: ["body", field],
  msg: "Field required",
  input: null
})

/** FastAPI's 422 entry for an OAuth2 `grant_type` other than `password`. */
export const grantTypeMismatch = (input: string) => ({
  type: "string_pattern_mismatch",
  loc: ["body", "grant_type"],
  msg: "String should match pattern '^password$'",
  input,
  ctx: { pattern: "^password$" }
})

/** FastAPI's 422 body for an SSO `provider` outside the reference's `SocialProvider` enum. */
export const unknownProvider = (input: unknown) => {
  const expected = "'google', 'github', 'okta', 'azure-ad' or 'custom'"
  return {
    detail: [{ type: "enum", loc: ["body", "provider"], msg: `Input should be ${expected}`, input, ctx: { expected } }]
  }
}
