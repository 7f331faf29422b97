/**
 * The faults injected into the embedded server: what each does to a request instead of (or
 * before) answering it.
 *
 * @since 0.2.0
 */
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import type * as Http from "node:http"
import type { Answer } from "../core/server/http.js"
import type { Fault } from "../testing/Fault.js"

const liveClock: Clock.Clock = Clock.Clock.defaultValue()

/**
 * Applies a fault to a request; `answer` is the request's own answer, which `Delay` gives late.
 *
 * @since 0.2.0
 * @category utils
 */
export const applyFault = (
  fault: Fault,
  req: Http.IncomingMessage,
  res: Http.ServerResponse,
  answer: Effect.Effect<Answer>,
  /** Writes an answer (a 500 when Node refuses it). */
  send: (answer: Answer) => Effect.Effect<void>
): Effect.Effect<void> => {
  switch (fault._tag) {
    case "Respond":
      return send({
        status: fault.status,
        body: fault.body,
        headers: Object.keys(fault.headers).some((h) => h.toLowerCase() === "content-type")
          ? fault.headers
          : { "content-type": "text/plain", ...fault.headers }
      })
    case "Delay":
      // the server's own wait runs on the real clock, whatever clock the tests use
      return Effect.andThen(
        Effect.provideService(Effect.sleep(fault.duration), Clock.Clock, liveClock),
        Effect.flatMap(answer, send)
      )
    case "Hang":
      return Effect.never
    case "Reset":
      return Effect.sync(() => {
        req.socket.destroy()
      })
    case "ResetMidBody":
      return Effect.sync(() => {
        res.writeHead(200, { "content-type": "application/json", "content-length": "200" })
        res.write("{\"access_token\": \"eyJhbGciOi")
        setTimeout(() => res.socket?.destroy(), 5)
      })
  }
}
