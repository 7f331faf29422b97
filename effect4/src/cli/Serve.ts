/**
 * `galileo-effect serve`: the embedded server in the foreground, until interrupted. It accepts
 * exactly the keys given with `--api-key`, else the public demo key; never the environment's
 * `GALILEO_API_KEY` (a server must not start accepting a real credential by accident). This
 * module is the entry of the bundle of the commands that run the embedded server, `serve` and
 * `demo` (`dist/bin/server-*.cjs`: {@link main}).
 *
 * @since 0.1.0
 */
import * as Console from "effect/Console"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Predicate from "effect/Predicate"
import * as Redacted from "effect/Redacted"
import { type Command, fromStdin, type LogLevel } from "../core/cli/Grammar.js"
import * as GalileoServer from "../testing/GalileoServer.js"
import { UsageError } from "./CliError.js"
import * as Main from "./Main.js"
import { readSecret } from "./Stdin.js"

/**
 * What `serve` takes.
 *
 * @since 0.2.0
 */
export interface Options {
  readonly port: number
  readonly apiKeys: ReadonlyArray<string>
  readonly ttlMillis: number
}

const codeOf = (cause: unknown): unknown => Predicate.hasProperty(cause, "code") ? cause.code : undefined

/**
 * Why the server could not start, as one line naming `--port` when the port is at fault.
 *
 * @since 0.2.0
 */
export const startProblem = (port: number, cause: unknown): UsageError | Error => {
  switch (codeOf(cause)) {
    case "EADDRINUSE":
      return new UsageError({ message: `port ${port} is already in use (choose another with --port, or --port 0)` })
    case "EACCES":
      return new UsageError({ message: `port ${port} is not allowed for this user (choose another with --port)` })
    default:
      return new Error(
        `the server could not start: ${Predicate.hasProperty(cause, "message") ? String(cause.message) : String(cause)}`
      )
  }
}

/**
 * The banner's lines.
 *
 * @since 0.2.0
 */
export const banner = (url: string, options: Options): ReadonlyArray<string> => {
  const given = options.apiKeys.length
  const keys = given === 0
    ? `the public demo key ${GalileoServer.demoApiKey} (choose your own with --api-key)`
    : given === 1
    ? "the key given with --api-key"
    : `the ${given} keys given with --api-key`
  const key = given === 0 ? GalileoServer.demoApiKey : "<your key>"
  return [
    `Embedded Galileo-compatible server listening on ${url}`,
    `  accepting ${keys}; tokens live ${Duration.format(Duration.millis(options.ttlMillis))}`,
    `  and the demo user ${GalileoServer.demoUser.username} (password ${GalileoServer.demoUser.password})`,
    `  try: GALILEO_API_URL=${url} GALILEO_API_KEY=${key} galileo-effect token`,
    "  Ctrl-C to stop"
  ]
}

/**
 * The keys to accept: the ones given, the one given as `-` read from stdin; else the demo key.
 */
const acceptedKeys = (options: Options): Effect.Effect<ReadonlyArray<string>, UsageError> =>
  options.apiKeys.length === 0
    ? Effect.succeed([GalileoServer.demoApiKey])
    : Effect.forEach(
      options.apiKeys,
      (key) => key === fromStdin ? Effect.map(readSecret("--api-key"), Redacted.value) : Effect.succeed(key)
    )

/**
 * Starts the server, prints how to use it, and waits.
 *
 * @since 0.1.0
 */
export const run = (options: Options) => Effect.flatMap(acceptedKeys(options), (apiKeys) => serve(options, apiKeys))

const serve = (options: Options, apiKeys: ReadonlyArray<string>) =>
  Effect.gen(function*() {
    const server = yield* GalileoServer.GalileoServer
    yield* Effect.forEach(banner(server.url, options), (line) => Console.log(line), { discard: true })
    return yield* Effect.never
  }).pipe(
    Effect.provide(
      GalileoServer.layer({
        port: options.port,
        apiKeys,
        tokenLifetime: Duration.millis(options.ttlMillis)
      })
    ),
    Effect.catchTag("ServeError", (e) => Effect.fail(startProblem(options.port, e.cause)))
  )

/**
 * Runs `serve` or `demo` (the entry of their bundle; the demo's module is loaded only for it).
 *
 * @since 1.0.0
 */
export const main = (command: Extract<Command, { readonly _tag: "serve" | "demo" }>, level: LogLevel): void =>
  Main.run(
    command,
    level,
    command._tag === "serve"
      ? run(command)
      : Effect.flatMap(Effect.promise(() => import("./Demo.js")), (m) => m.program)
  )
