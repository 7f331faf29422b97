/**
 * Run by `memory.test.ts` in a child process with `--expose-gc`: starts the embedded server with
 * the options given as JSON in argv, sends `count` unauthenticated POSTs of `bodyBytes` to a path
 * outside the routes, and prints the heap growth after a full GC and what the log kept.
 */
import { Effect } from "effect"
import * as Http from "node:http"
import { GalileoServer } from "../../../src/testing/index.js"

const [optionsJson = "{}", countText = "600", bodyText = "262144"] = process.argv.slice(2)
const options: GalileoServer.Options = JSON.parse(optionsJson)
const count = Number(countText)
const body = Buffer.alloc(Number(bodyText), "x")

const gc = (): void => {
  const collect: unknown = Reflect.get(globalThis, "gc")
  if (typeof collect === "function") {
    collect()
    collect()
  }
}

const post = (url: string, agent: Http.Agent, i: number) =>
  new Promise<number>((resolve, reject) => {
    const req = Http.request(`${url}/anywhere/${i % 10}`, {
      method: "POST",
      agent,
      headers: { "content-type": "text/plain", "content-length": body.length }
    }, (res) => {
      res.resume()
      res.on("end", () => resolve(res.statusCode ?? 0))
    })
    req.on("error", reject)
    req.end(body)
  })

const program = Effect.gen(function*() {
  const server = yield* GalileoServer.GalileoServer
  const agent = new Http.Agent({ keepAlive: true, maxSockets: 8 })
  yield* Effect.promise(() => post(server.url, agent, 0))
  gc()
  const before = process.memoryUsage().heapUsed
  let next = 1
  const worker = async () => {
    while (next < count) await post(server.url, agent, next++)
  }
  yield* Effect.promise(() => Promise.all(Array.from({ length: 8 }, worker)))
  agent.destroy()
  gc()
  const after = process.memoryUsage().heapUsed
  const kept = yield* server.requests
  const stats = yield* server.stats
  const keptChars = kept.reduce((n, r) => n + (r.body?.length ?? 0), 0)
  process.stdout.write(
    `${JSON.stringify({ growth: after - before, kept: kept.length, keptChars, requests: stats.requests })}\n`
  )
}).pipe(Effect.provide(GalileoServer.layer(options)))

Effect.runPromise(program).then(() => process.exit(0), (e) => {
  process.stderr.write(String(e))
  process.exit(1)
})
