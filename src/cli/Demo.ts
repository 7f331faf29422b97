/**
 * What `npm start` shows: the whole flow against the embedded Galileo-compatible server (no
 * account needed), or, with `GALILEO_API_KEY` / `GALILEO_CONSOLE_URL` set, a login against
 * Galileo itself.
 *
 * @since 0.1.0
 */
import { NodeHttpClient } from "@effect/platform-node"
import { Config, Console, DateTime, Duration, Effect, Layer, Option, Redacted, Schema } from "effect"
import * as AccessToken from "../AccessToken.js"
import * as AuthService from "../AuthService.js"
import * as Contract from "../Contract.js"
import * as GalileoHttpClient from "../GalileoHttpClient.js"
import * as RetryPolicy from "../RetryPolicy.js"
import * as Fault from "../testing/Fault.js"
import * as GalileoServer from "../testing/GalileoServer.js"

/** How long demo tokens live: short, so the refresh shows within seconds. */
const demoLifetime = Duration.seconds(4)

const describeToken = (token: AccessToken.AccessToken) =>
  Effect.map(DateTime.now, (now) => {
    const expires = Option.match(token.expiresAt, {
      onNone: () => "unknown expiry",
      onSome: (at) => `expires in ${(DateTime.distance(now, at) / 1000).toFixed(1)}s`
    })
    return `subject ${Option.getOrElse(token.subject, () => "?")}, ${expires}, token ${token.value}`
  })

const step = (n: number, title: string) => Console.log(`\n${n}. ${title}`)
const show = (line: string) => Console.log(`   ${line}`)

const sameToken = (a: AccessToken.AccessToken, b: AccessToken.AccessToken) =>
  AccessToken.sameValue(a, b) ? "the same token" : "a different token"

/**
 * The flow on the embedded server.
 *
 * @since 0.1.0
 */
export const embedded = Effect.gen(function*() {
  const server = yield* GalileoServer.GalileoServer
  yield* Console.log(`galileo-effect demo: embedded Galileo-compatible server at ${server.url}`)
  yield* Console.log(`(demo key, tokens live ${Duration.format(demoLifetime)}; set GALILEO_API_KEY to use Galileo)`)
  const retryPolicy = RetryPolicy.make({ baseDelay: Duration.millis(50) })
  const auth = yield* AuthService.make({
    apiKey: Redacted.make(GalileoServer.demoApiKey),
    baseUrl: server.url,
    retryPolicy
  })
  const run = <A, E>(effect: Effect.Effect<A, E, GalileoHttpClient.GalileoHttpClient>) =>
    Effect.provide(effect, GalileoHttpClient.layer().pipe(Layer.provide(Layer.succeed(AuthService.AuthService, auth))))

  yield* step(1, "Log in with the API key (POST /v1/login/api_key)")
  const first = yield* auth.token
  yield* show(yield* describeToken(first))

  yield* step(2, "Ask for the token again: served from the cache")
  const again = yield* Effect.all([auth.token, auth.token, auth.token])
  yield* show(`3 calls, ${again.every((t) => AccessToken.sameValue(t, first)) ? "the same token" : "new tokens"}`)
  yield* show(`logins so far: ${(yield* server.stats).logins}`)

  yield* step(3, "Wait until the refresh-ahead window (half the lifetime): refreshed in the background")
  yield* Effect.sleep(Duration.sum(Duration.times(demoLifetime, 0.5), Duration.millis(100)))
  const during = yield* auth.token
  yield* show(`inside the window the caller still gets ${sameToken(during, first)} at once`)
  // the refresh runs in the background: ask again until it has landed (at most ~2 s)
  const refreshed = yield* auth.token.pipe(
    Effect.delay(Duration.millis(50)),
    Effect.repeat({ until: (t) => !AccessToken.sameValue(t, first), times: 40 })
  )
  yield* show(`then ${sameToken(refreshed, first)}: ${yield* describeToken(refreshed)}`)
  yield* show(`logins so far: ${(yield* server.stats).logins}`)

  yield* step(4, "An authenticated call (GET /current_user) through GalileoHttpClient")
  const me = yield* run(GalileoHttpClient.getJson("current_user", Contract.CurrentUser))
  yield* show(`current user: ${me.id} <${me.email}>`)

  yield* step(5, "A bad request becomes GalileoValidationError")
  const Wrong = Schema.Struct({ key: Schema.String })
  yield* run(GalileoHttpClient.sendJson("POST", "v1/login/api_key", Wrong, { key: "x" }, Contract.Token)).pipe(
    Effect.flatMap(() => show("unexpected success")),
    Effect.catchTag(
      "GalileoValidationError",
      (e) =>
        Effect.forEach(e.detail, (d) => show(`${e._tag}: loc ${JSON.stringify(d.loc)}, msg "${d.msg}", type ${d.type}`))
    ),
    Effect.catchAll((e) => show(`unexpected ${e._tag}`))
  )

  yield* step(6, "A wrong key becomes GalileoUnauthorized")
  const wrong = yield* AuthService.make({ apiKey: Redacted.make("not-a-real-key"), baseUrl: server.url })
  yield* wrong.token.pipe(
    Effect.flatMap(() => show("unexpected success")),
    Effect.catchTag("GalileoUnauthorized", (e) => show(`${e._tag}: ${e.message}`)),
    Effect.catchAll((e) => show(`unexpected ${e._tag}`))
  )

  yield* step(7, "A burst of 503s is absorbed by retries")
  const before = (yield* server.stats).requests["/current_user"] ?? 0
  yield* server.inject(Fault.unavailable(), { times: 2, path: "/current_user" })
  const after503 = yield* run(GalileoHttpClient.getJson("current_user", Contract.CurrentUser))
  const attempts = ((yield* server.stats).requests["/current_user"] ?? 0) - before
  yield* show(`503, 503, then 200 for ${after503.id}: ${attempts} attempts, one result`)

  yield* Console.log("\nDone: every step ran against the embedded server.")
})

/**
 * A login against Galileo itself, configured from the environment.
 *
 * @since 0.1.0
 */
export const remote = Effect.gen(function*() {
  const auth = yield* AuthService.AuthService
  yield* Console.log(`galileo-effect demo: logging in to Galileo at ${auth.api.baseUrl} with GALILEO_API_KEY`)
  const token = yield* auth.token
  yield* show(`logged in: ${yield* describeToken(token)}`)
}).pipe(Effect.provide(AuthService.layerConfig()))

/**
 * The demo: embedded unless `GALILEO_API_KEY` or `GALILEO_CONSOLE_URL` is set.
 *
 * @since 0.1.0
 */
export const program = Effect.gen(function*() {
  const key = yield* Config.option(Config.string("GALILEO_API_KEY"))
  const consoleUrl = yield* Config.option(Config.string("GALILEO_CONSOLE_URL"))
  if (Option.isSome(key) || Option.isSome(consoleUrl)) return yield* remote
  return yield* embedded.pipe(
    Effect.provide(GalileoServer.layer({ tokenLifetime: demoLifetime }))
  )
}).pipe(Effect.scoped, Effect.provide(NodeHttpClient.layerUndici))
