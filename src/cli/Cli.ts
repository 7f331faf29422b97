/**
 * The `galileo-effect` command line: `token`, `login`, `serve` and `demo`. Configuration comes
 * from flags, else from the `GALILEO_*` environment variables.
 *
 * @since 0.1.0
 */
import { Command, Options } from "@effect/cli"
import { ConfigProvider, Duration, Effect, Either, Option, Redacted } from "effect"
import { version } from "../version.js"

const apiKey = Options.redacted("api-key").pipe(
  Options.withDescription("The Galileo API key (default: $GALILEO_API_KEY)"),
  Options.optional
)
const apiUrl = Options.text("api-url").pipe(
  Options.withDescription("The API base URL (default: $GALILEO_API_URL, else derived from $GALILEO_CONSOLE_URL)"),
  Options.optional
)
const consoleUrl = Options.text("console-url").pipe(
  Options.withDescription("The console URL, turned into an API URL (default: $GALILEO_CONSOLE_URL)"),
  Options.optional
)

interface Connection {
  readonly apiKey: Option.Option<Redacted.Redacted<string>>
  readonly apiUrl: Option.Option<string>
  readonly consoleUrl: Option.Option<string>
}

/**
 * The configuration a command sees: its flags first, then the environment.
 *
 * @since 0.1.0
 */
export const configProvider = (flags: Connection): ConfigProvider.ConfigProvider =>
  ConfigProvider.orElse(
    ConfigProvider.fromMap(
      new Map([
        ...Option.toArray(Option.map(flags.apiKey, (k) => ["GALILEO_API_KEY", Redacted.value(k)] as const)),
        ...Option.toArray(Option.map(flags.apiUrl, (u) => ["GALILEO_API_URL", u] as const)),
        ...Option.toArray(Option.map(flags.consoleUrl, (u) => ["GALILEO_CONSOLE_URL", u] as const))
      ])
    ),
    () => ConfigProvider.fromEnv()
  )

const auth = () => Effect.promise(() => import("./AuthCommands.js"))

const token = Command.make(
  "token",
  { apiKey, apiUrl, consoleUrl },
  (flags) => Effect.flatMap(auth(), (m) => m.token(configProvider(flags)))
).pipe(
  Command.withDescription(
    "Print a fresh access token and nothing else, e.g. for curl -H \"Authorization: Bearer $(galileo-effect token)\""
  )
)

const login = Command.make(
  "login",
  { apiKey, apiUrl, consoleUrl },
  (flags) => Effect.flatMap(auth(), (m) => m.login(configProvider(flags)))
).pipe(
  Command.withDescription("Log in and print the subject, the expiry and the (redacted) token")
)

const unitMillis: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/**
 * Parses a lifetime such as `90s`, `15m`, `1h` or `1 hour`.
 *
 * @since 0.1.0
 */
export const parseLifetime = (text: string): Either.Either<Duration.Duration, string> => {
  const [, amount, unit = ""] = /^(\d+)\s*(ms|s|m|h|d)$/.exec(text.trim()) ?? []
  const millis = unitMillis[unit]
  if (amount !== undefined && millis !== undefined) return Either.right(Duration.millis(Number(amount) * millis))
  return Either.fromOption(
    Option.filter(Duration.decodeUnknown(text), (d) => Duration.toMillis(d) > 0),
    () => `"${text}" is not a lifetime such as 90s, 15m or 1h`
  )
}

const serve = Command.make("serve", {
  port: Options.integer("port").pipe(Options.withDefault(8088), Options.withDescription("Port on 127.0.0.1 (0: any)")),
  apiKey: Options.text("api-key").pipe(
    Options.withDescription("An API key the server accepts (repeatable; default: $GALILEO_API_KEY, else the demo key)"),
    Options.repeated
  ),
  ttl: Options.text("ttl").pipe(Options.withDefault("1h"), Options.withDescription("Lifetime of issued tokens"))
}, (flags) =>
  Effect.gen(function*() {
    const lifetime = yield* Either.match(parseLifetime(flags.ttl), {
      onLeft: (problem) => Effect.fail(new Error(`--ttl ${problem}`)),
      onRight: Effect.succeed
    })
    const { run } = yield* Effect.promise(() => import("./Serve.js"))
    return yield* run({ port: flags.port, apiKeys: flags.apiKey, tokenLifetime: lifetime })
  })).pipe(Command.withDescription("Run the embedded Galileo-compatible server on 127.0.0.1 until Ctrl-C"))

const demo = Command.make("demo", {}, () => Effect.flatMap(Effect.promise(() => import("./Demo.js")), (m) => m.program))
  .pipe(Command.withDescription("Show the whole flow against the embedded server (what npm start runs)"))

/**
 * The root command.
 *
 * @since 0.1.0
 */
export const command = Command.make("galileo-effect").pipe(
  Command.withDescription("Galileo API client: tokens, login, and an embedded Galileo-compatible server"),
  Command.withSubcommands([token, login, serve, demo])
)

/**
 * Runs the CLI on `argv` (as `process.argv`).
 *
 * @since 0.1.0
 */
export const run = Command.run(command, { name: "galileo-effect", version })
