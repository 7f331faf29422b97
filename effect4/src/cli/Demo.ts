/**
 * What `npm start` shows: the whole flow against the embedded Galileo-compatible server (no
 * account needed), or, with a credential in the environment (`GALILEO_API_KEY`...), a login
 * against Galileo itself.
 *
 * @since 0.1.0
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as Config from "effect/Config"
import * as Console from "effect/Console"
import * as DateTime from "effect/DateTime"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as AccessToken from "../AccessToken.js"
import * as AuthService from "../AuthService.js"
import * as Contract from "../Contract.js"
import { noFlags } from "../core/cli/Grammar.js"
import { printable } from "../core/cli/Text.js"
import * as Galileo from "../Galileo.js"
import * as GalileoConfig from "../GalileoConfig.js"
import * as GalileoHttpClient from "../GalileoHttpClient.js"
import * as RetryPolicy from "../RetryPolicy.js"
import * as Fault from "../testing/Fault.js"
import * as GalileoServer from "../testing/GalileoServer.js"
import { kind, withClient } from "./AuthCommands.js"

/** How long demo tokens live: short, so the refresh shows within seconds. */
const demoLifetime = Duration.seconds(4)

const retryPolicy = RetryPolicy.make({ baseDelay: "50 millis" })

const describeToken = (token: AccessToken.AccessToken) =>
  Effect.map(DateTime.now, (now) => {
    const expires = Option.match(token.expiresAt, {
      onNone: () => "unknown expiry",
      onSome: (at) => `expires in ${(Duration.toMillis(DateTime.distance(now, at)) / 1000).toFixed(1)}s`
    })
    return `${expires}, token ${token.value}`
  })

const step = (n: number, title: string) => Console.log(`\n${n}. ${title}`)
/** A line of the flow; what it quotes from a server is printed with control characters escaped. */
const show = (line: string) => Console.log(`   ${printable(line)}`)

const counts = (server: GalileoServer.Service) =>
  Effect.map(server.stats, (s) => `logins so far: ${s.logins}, refreshes so far: ${s.refreshes}`)

const sameToken = (a: AccessToken.AccessToken, b: AccessToken.AccessToken) =>
  AccessToken.sameValue(a, b) ? "the same token" : "a different token"

/**
 * The steps, with a client logged in to `server` with the demo key.
 *
 * @since 0.2.0
 */
export const flow = (server: GalileoServer.Service) =>
  Effect.gen(function*() {
    const auth = yield* AuthService.AuthService
    const config = yield* GalileoConfig.GalileoConfig
    const currentUserPath = `${new URL(config.apiUrl).pathname}/current_user`

    yield* step(1, "Log in with the API key (POST /v1/login/api_key)")
    const first = yield* auth.token
    yield* show(yield* describeToken(first))

    yield* step(2, "Ask for the token again: served from the cache")
    const again = yield* Effect.all([auth.token, auth.token, auth.token])
    yield* show(`3 calls, ${again.every((t) => AccessToken.sameValue(t, first)) ? "the same token" : "new tokens"}`)
    yield* show(yield* counts(server))

    yield* step(3, "Wait until the refresh-ahead window (half the lifetime): renewed in the background")
    yield* Effect.sleep(Duration.sum(Duration.times(demoLifetime, 0.5), Duration.millis(100)))
    const during = yield* auth.token
    yield* show(`inside the window the caller still gets ${sameToken(during, first)} at once`)
    // the refresh runs in the background: ask again until it has landed (at most ~2 s)
    const refreshed = yield* auth.token.pipe(
      Effect.delay(Duration.millis(50)),
      Effect.repeat({ until: (t) => !AccessToken.sameValue(t, first), times: 40 })
    )
    yield* show(`then ${sameToken(refreshed, first)}: ${yield* describeToken(refreshed)}`)
    yield* show(yield* counts(server))

    yield* step(4, "An authenticated call (GET /v1/current_user) through GalileoHttpClient")
    const me = yield* GalileoHttpClient.getJson("current_user", Contract.CurrentUser)
    yield* show(`current user: ${me.id} <${me.email}>`)

    yield* step(5, "A bad request becomes GalileoValidationError")
    const Wrong = Schema.Struct({ key: Schema.String })
    yield* GalileoHttpClient.sendJson("POST", "login/api_key", Wrong, { key: "x" }, Contract.Token).pipe(
      Effect.flatMap(() => show("unexpected success")),
      Effect.catchTag(
        "GalileoValidationError",
        (e) =>
          Effect.forEach(
            e.detail,
            (d) => show(`${e._tag}: loc ${JSON.stringify(d.loc)}, msg "${d.msg}", type ${d.type}`)
          )
      )
    )

    yield* step(6, "A wrong key becomes GalileoUnauthorized")
    yield* Effect.flatMap(AuthService.AuthService, (wrong) => wrong.token).pipe(
      Effect.provide(
        Galileo.layer(
          { apiKey: Redacted.make("not-a-real-key"), baseUrl: server.url, retryPolicy },
          NodeHttpClient.layerNodeHttp
        )
      ),
      Effect.flatMap(() => show("unexpected success")),
      Effect.catchTag("GalileoUnauthorized", (e) => show(`${e._tag}: ${e.message}`))
    )

    yield* step(7, "A burst of 503s is absorbed by retries")
    const before = (yield* server.stats).requests[currentUserPath] ?? 0
    yield* server.inject(Fault.unavailable(), { times: 2, path: currentUserPath })
    const after503 = yield* GalileoHttpClient.getJson("current_user", Contract.CurrentUser)
    const attempts = ((yield* server.stats).requests[currentUserPath] ?? 0) - before
    yield* show(`503, 503, then 200 for ${after503.id}: ${attempts} attempts, one result`)

    yield* Console.log("\nDone: every step ran against the embedded server.")
  })

/**
 * The flow on the embedded server.
 *
 * @since 0.1.0
 */
export const embedded = Effect.gen(function*() {
  const server = yield* GalileoServer.GalileoServer
  yield* Console.log(`galileo-effect demo: embedded Galileo-compatible server at ${server.url}`)
  yield* Console.log(
    `(the public demo key, tokens live ${Duration.format(demoLifetime)}; set GALILEO_API_KEY to use Galileo)`
  )
  yield* flow(server).pipe(
    Effect.provide(
      Galileo.layer(
        { apiKey: Redacted.make(GalileoServer.demoApiKey), baseUrl: server.url, retryPolicy },
        NodeHttpClient.layerNodeHttp
      )
    )
  )
}).pipe(Effect.provide(GalileoServer.layer({ tokenLifetime: demoLifetime })))

/**
 * A login against Galileo itself, configured from the environment.
 *
 * @since 0.1.0
 */
export const remote = withClient(noFlags, (auth, config) =>
  Effect.gen(function*() {
    yield* Console.log(`galileo-effect demo: logging in to Galileo at ${config.apiUrl} (${kind(config.credential)})`)
    const token = yield* auth.token
    yield* show(`logged in: ${yield* describeToken(token)}`)
  }))

const credentialVariables = ["API_KEY", "USERNAME", "SSO_ID_TOKEN", "JWT_TOKEN"].flatMap((name) => [
  `GALILEO_${name}`,
  `SPLUNK_AO_${name}`
])

/**
 * The demo: embedded unless a credential is set in the environment.
 *
 * @since 0.1.0
 */
export const program = Effect.gen(function*() {
  const set = yield* Effect.forEach(credentialVariables, (name) => Config.option(Config.String(name)))
  return yield* set.some(Option.isSome) ? remote : embedded
})
