// Copied from core/src/server/http.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * The embedded server's plumbing over `node:http`: the request as the handlers see it, reading a
 * body within the limit (and refusing a larger one with 413), the headers handlers read
 * (`Authorization`, `Cookie`) and writing an answer.
 *
 * @since 0.2.0
 */
import type * as Http from "node:http"
import * as FastApi from "./fastApi.js"
import type * as Jwt from "./jwt.js"
import type * as State from "./state.js"

/**
 * After a 413: how much more of the body is read and dropped (not kept) before the connection is
 * cut, so that the client, still sending, reads the answer instead of a reset; a body drained
 * in full leaves the connection usable.
 */
const lingerBytes = 32 * 1024 * 1024
const lingerMillis = 2000

// ---------------------------------------------------------------------------------------------
// requests and answers
// ---------------------------------------------------------------------------------------------

/**
 * A request with its body read.
 *
 * @since 0.2.0
 * @category models
 */
export interface Incoming {
  readonly method: string
  readonly path: string
  readonly query: string
  readonly headers: Http.IncomingHttpHeaders
  readonly bytes: Buffer
  /** The claims of a valid bearer token, if one was sent. */
  readonly bearer: Jwt.Claims | undefined
}

/**
 * A status, a body and headers.
 *
 * @since 0.2.0
 * @category models
 */
export type Answer = FastApi.Answer

/**
 * What every handler gets (`F`: the faults the state queues, opaque to the core).
 *
 * @since 0.2.0
 * @category models
 */
export interface Ctx<F = unknown> {
  readonly state: State.State<F>
  /** The server's clock in millis: the Effect `Clock` of the Layer's scope plus the offset. */
  readonly now: () => number
  readonly tokenLifetimeMillis: number
  readonly scheme: "http" | "https"
}

/**
 * A header's value, if it was sent once.
 *
 * @since 0.2.0
 * @category utils
 */
export const header = (headers: Http.IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name]
  return typeof value === "string" ? value : undefined
}

/**
 * FastAPI's `get_authorization_scheme_param`: split at the first space.
 *
 * @since 0.2.0
 * @category utils
 */
export const authorization = (headers: Http.IncomingHttpHeaders): string | undefined => {
  const value = header(headers, "authorization")
  if (value === undefined || value === "") return undefined
  const space = value.indexOf(" ")
  const [scheme, param] = space < 0 ? [value, ""] : [value.slice(0, space), value.slice(space + 1)]
  return scheme.toLowerCase() === "bearer" ? param : undefined
}

/**
 * The cookies of the `Cookie` header.
 *
 * @since 0.2.0
 * @category utils
 */
export const cookies = (headers: Http.IncomingHttpHeaders): ReadonlyMap<string, string> => {
  const out = new Map<string, string>()
  for (const chunk of (header(headers, "cookie") ?? "").split(";")) {
    const eq = chunk.indexOf("=")
    const [key, value] = eq < 0 ? ["", chunk] : [chunk.slice(0, eq), chunk.slice(eq + 1)]
    if (key.trim() !== "" || value.trim() !== "") out.set(key.trim(), value.trim().replace(/^"(.*)"$/, "$1"))
  }
  return out
}

/**
 * Writes an answer, unless one was written already or the response is gone.
 *
 * @since 0.2.0
 * @category utils
 */
export const write = (res: Http.ServerResponse, answer: Answer): void => {
  if (res.headersSent || res.destroyed || res.writableEnded) return
  res.writeHead(answer.status, { ...answer.headers, "content-length": Buffer.byteLength(answer.body) })
  res.end(answer.body)
}

/**
 * Python's `unquote` of the path, as uvicorn puts it in the ASGI scope.
 *
 * @since 0.2.0
 * @category utils
 */
export const splitUrl = (url: string): { readonly path: string; readonly query: string } => {
  const q = url.indexOf("?")
  const rawPath = q < 0 ? url : url.slice(0, q)
  return { path: FastApi.unquote(rawPath), query: q < 0 ? "" : url.slice(q + 1) }
}

/**
 * The UTF-8 decoder of bodies.
 *
 * @since 0.2.0
 * @category constants
 */
export const utf8 = new TextDecoder("utf-8")

// ---------------------------------------------------------------------------------------------
// reading a body within the limit
// ---------------------------------------------------------------------------------------------

/**
 * What reading a body gave.
 *
 * @since 0.2.0
 * @category models
 */
export type Read =
  | { readonly _tag: "Body"; readonly bytes: Buffer }
  | { readonly _tag: "TooLarge" }
  | { readonly _tag: "Aborted" }

/**
 * The empty body.
 *
 * @since 0.2.0
 * @category constants
 */
export const empty = Buffer.alloc(0)

/**
 * Reads the body, at most `limit` bytes; a larger one is not kept beyond the limit.
 *
 * @since 0.2.0
 * @category utils
 */
export const readBody = (req: Http.IncomingMessage, limit: number, done: (read: Read) => void): void => {
  if (Number(header(req.headers, "content-length") ?? "0") > limit) return done({ _tag: "TooLarge" })
  const chunks: Array<Buffer> = []
  let size = 0
  const cleanup = () => {
    req.off("data", onData)
    req.off("end", onEnd)
    req.off("close", onClose)
  }
  const onData = (chunk: Buffer) => {
    size += chunk.length
    if (size > limit) {
      cleanup()
      chunks.length = 0
      done({ _tag: "TooLarge" })
    } else {
      chunks.push(chunk)
    }
  }
  const onEnd = () => {
    cleanup()
    done({
      _tag: "Body",
      bytes: size === 0 ? empty : chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks, size)
    })
  }
  const onClose = () => {
    cleanup()
    done({ _tag: "Aborted" })
  }
  req.on("data", onData)
  req.on("end", onEnd)
  req.on("close", onClose)
}

/**
 * Answers 413 at once, then drops what the client still sends (at most 32 MiB, for at most 2 s)
 * before cutting the connection.
 *
 * @since 0.2.0
 * @category utils
 */
export const rejectTooLarge = (req: Http.IncomingMessage, res: Http.ServerResponse): void => {
  const expectsContinue = /100-continue/i.test(header(req.headers, "expect") ?? "")
  write(res, {
    ...FastApi.json(413, { detail: "Request Entity Too Large" }),
    headers: { "content-type": "application/json", ...(expectsContinue ? { connection: "close" } : {}) }
  })
  if (req.complete) return
  let dropped = 0
  const cut = () => req.socket.destroy()
  const timer = setTimeout(cut, lingerMillis)
  timer.unref()
  req.on("data", (chunk: Buffer) => {
    dropped += chunk.length
    if (dropped > lingerBytes) cut()
  })
  req.on("end", () => clearTimeout(timer))
  req.on("close", () => clearTimeout(timer))
  req.resume()
}
