/**
 * A tiny node:http server on 127.0.0.1 (port 0) whose answers are a function of the request,
 * for the tests that need a peer the embedded server does not play (a hostile `Set-Cookie`,
 * Splunk AO's O11y API). It records every request (method, URL, headers) in arrival order.
 */
import { Effect } from "effect"
import { createServer, type IncomingHttpHeaders } from "node:http"
import type { AddressInfo } from "node:net"

export interface Seen {
  readonly method: string
  readonly url: string
  readonly headers: IncomingHttpHeaders
}

export interface Reply {
  readonly status: number
  readonly body: unknown
  /** Raw header lines (a header name may repeat, for `set-cookie`). */
  readonly headers?: ReadonlyArray<readonly [string, string]>
}

export interface TinyServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string
  readonly requests: Effect.Effect<ReadonlyArray<Seen>>
}

/** Starts the server for the scope; `answer` gets the request and how many came before it. */
export const make = (answer: (seen: Seen, index: number) => Reply) =>
  Effect.gen(function*() {
    const log: Array<Seen> = []
    const server = createServer((request, response) => {
      const entry = { method: request.method ?? "", url: request.url ?? "", headers: request.headers }
      const index = log.length
      log.push(entry)
      request.resume()
      request.on("end", () => {
        const reply = answer(entry, index)
        const raw: Array<string> = ["content-type", "application/json"]
        for (const [name, value] of reply.headers ?? []) raw.push(name, value)
        response.writeHead(reply.status, raw)
        response.end(JSON.stringify(reply.body))
      })
    })
    yield* Effect.acquireRelease(
      Effect.callback<void>((resume) => {
        server.listen(0, "127.0.0.1", () => resume(Effect.void))
      }),
      () =>
        Effect.callback<void>((resume) => {
          server.closeAllConnections()
          server.close(() => resume(Effect.void))
        })
    )
    const address = server.address()
    const port = typeof address === "object" && address !== null ? (address satisfies AddressInfo).port : 0
    return {
      url: `http://127.0.0.1:${port}`,
      requests: Effect.sync((): ReadonlyArray<Seen> => [...log])
    } satisfies TinyServer
  })
