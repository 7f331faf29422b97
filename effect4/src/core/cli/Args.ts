// Copied from core/src/cli/Args.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * The command line's parser, over the grammar of `Grammar.ts`. Plain TypeScript with no
 * dependency, so that `galileo-effect --help` and every usage error are answered before Effect is
 * loaded.
 *
 * Flags take `--name value` or `--name=value`; switches take no value; `--help`, `--version` and
 * `--log-level` are accepted anywhere, before or after the command. Every problem is one line
 * that names the flag at fault.
 *
 * @since 0.2.0
 */
import {
  type Command,
  type CommandName,
  commands,
  type Connection,
  defaultPort,
  type Flag,
  fromStdin,
  globalFlags,
  type Invocation,
  type LogLevel,
  logLevels,
  maxTtlMillis,
  type SecretField,
  spec
} from "./Grammar.js"

type Result<A> = { readonly ok: true; readonly value: A } | { readonly ok: false; readonly message: string }

const ok = <A>(value: A): Result<A> => ({ ok: true, value })
const problem = (message: string): { readonly ok: false; readonly message: string } => ({ ok: false, message })

const isCommandName = (s: string): s is CommandName => commands.some((c) => c.name === s)
const isLogLevel = (s: string): s is LogLevel => logLevels.some((l) => l === s)

const listOf = (items: ReadonlyArray<string>): string =>
  items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`

/** A flag's raw values by name, in order. */
type Raw = ReadonlyMap<string, ReadonlyArray<string>>

interface Scan {
  readonly command: CommandName | undefined
  readonly help: boolean
  readonly version: boolean
  readonly logLevel: ReadonlyArray<string>
  readonly raw: Raw
}

/** Splits argv into the command, the global flags and the command's raw flags. */
const scan = (argv: ReadonlyArray<string>): Result<Scan> => {
  let command: CommandName | undefined
  let help = false
  let version = false
  const logLevel: Array<string> = []
  const raw = new Map<string, Array<string>>()
  let stdin: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ""
    if (arg === "-h" || arg === "--help" || (arg === "help" && command === undefined && !help)) {
      help = true
      continue
    }
    if (arg === "--version") {
      version = true
      continue
    }
    if (!arg.startsWith("-") || arg === "-" || arg === "--") {
      if (command === undefined && isCommandName(arg)) {
        command = arg
        continue
      }
      // the argument itself is never shown: it may be a secret typed in the wrong place
      if (command === undefined) {
        return problem(`unknown command at position ${i + 1} (expected ${listOf(commands.map((c) => c.name))})`)
      }
      return problem(`${command}: unexpected argument at position ${i + 1} (see galileo-effect ${command} --help)`)
    }
    const equals = arg.indexOf("=")
    const name = arg.startsWith("--") ? arg.slice(2, equals < 0 ? undefined : equals) : ""
    const inline = equals < 0 ? undefined : arg.slice(equals + 1)
    const flag = name === "log-level"
      ? globalFlags.find((f) => f.name === "log-level")
      : command === undefined
      ? undefined
      : spec(command).flags.find((f) => f.name === name)
    if (flag === undefined) {
      const where = command === undefined ? "" : `${command}: `
      const hint = command === undefined ? "galileo-effect --help" : `galileo-effect ${command} --help`
      const option = equals < 0 ? arg : arg.slice(0, equals)
      // a name is shown only when it looks like an option's (no digit, short): `-sk-live-1f3...` may be a key
      const shown = /^(-[a-z]|--[a-z][a-z-]{0,29})$/i.test(option) ? option : `at position ${i + 1}`
      return problem(`${where}unknown option ${shown} (see ${hint})`)
    }
    let value: string
    if (flag.value === undefined) {
      if (inline !== undefined) return problem(`--${name} takes no value`)
      value = "true"
    } else if (inline !== undefined) {
      value = inline
    } else {
      const next = argv[i + 1]
      // a following flag is not a value; a negative number is (so `--port -1` says what is wrong with -1),
      // and so is a secret's `-` (read it from stdin)
      const isValue = next !== undefined &&
        (!next.startsWith("-") || /^-\d/.test(next) || (flag.secret === true && next === fromStdin))
      if (next === undefined || !isValue) return problem(`--${name} needs a value`)
      value = next
      i++
    }
    if (name === "log-level") {
      logLevel.push(value)
      continue
    }
    const values = raw.get(name) ?? []
    if (values.length > 0 && flag.repeatable !== true) return problem(`--${name} is given more than once`)
    const secret = secretProblem(flag, value)
    if (secret !== undefined) return problem(secret)
    if (flag.secret === true && value === fromStdin) {
      // stdin holds one line: two flags cannot both read it
      if (stdin !== undefined) {
        return problem(`only one secret may be read from stdin (- is given to ${stdin} and --${name})`)
      }
      stdin = `--${name}`
    }
    raw.set(name, [...values, value])
  }
  return ok({ command, help, version, logLevel, raw })
}

/** What is wrong with a secret flag's value (empty or blank), never showing it. */
const secretProblem = (flag: Flag, value: string): string | undefined =>
  flag.secret !== true
    ? undefined
    : value.length === 0
    ? `--${flag.name} is empty`
    : value.trim().length === 0
    ? `--${flag.name} is blank (only whitespace)`
    : undefined

const single = (raw: Raw, name: string): string | undefined => raw.get(name)?.[0]

/**
 * Parses `--port`: a whole number from 0 to 65535.
 *
 * @since 0.2.0
 * @category decoders
 */
export const parsePort = (text: string): Result<number> => {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN
  return port >= 0 && port <= 65535 ? ok(port) : problem(`--port must be a whole number from 0 to 65535, got "${text}"`)
}

const unitMillis: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(ms|millis?|milliseconds?)$/, 1],
  [/^(s|secs?|seconds?)$/, 1000],
  [/^(m|mins?|minutes?)$/, 60_000],
  [/^(h|hrs?|hours?)$/, 3_600_000],
  [/^(d|days?)$/, 86_400_000],
  [/^(w|weeks?)$/, 604_800_000]
]

/**
 * Parses `--ttl`: an amount and a unit (`250ms`, `90s`, `15m`, `1h`, `2d`, `1w`, `1.5 hours`,
 * `"2 hours"`), from 1 second to 365 days.
 *
 * @since 0.2.0
 * @category decoders
 */
export const parseTtl = (text: string): Result<number> => {
  const [, amount, unit = ""] = /^(\d+(?:\.\d+)?)\s*([a-z]+)$/i.exec(text.trim()) ?? []
  const factor = unitMillis.find(([pattern]) => pattern.test(unit.toLowerCase()))?.[1]
  if (amount === undefined || factor === undefined) {
    return problem(`--ttl "${text}" is not a duration such as 90s, 15m, 1h or "2 hours"`)
  }
  const millis = Number(amount) * factor
  if (millis === 0) return problem(`--ttl must be more than zero, got "${text}"`)
  return millis >= 1000 && millis <= maxTtlMillis
    ? ok(Math.round(millis))
    : problem(`--ttl must be from 1s to 365d, got "${text}"`)
}

const secretNames: ReadonlyArray<readonly [string, SecretField]> = [
  ["api-key", "apiKey"],
  ["password", "password"],
  ["sso-id-token", "ssoIdToken"],
  ["jwt", "jwt"]
]

/** The secret setting given as `-`, to be read from stdin. */
const stdinField = (raw: Raw): SecretField | undefined =>
  secretNames.find(([name]) => single(raw, name) === fromStdin)?.[1]

const decodeCommand = (name: CommandName, raw: Raw): Result<Command> => {
  switch (name) {
    case "token":
    case "login": {
      const connection: Connection = {
        apiKey: single(raw, "api-key"),
        username: single(raw, "username"),
        password: single(raw, "password"),
        ssoIdToken: single(raw, "sso-id-token"),
        ssoProvider: single(raw, "sso-provider"),
        jwt: single(raw, "jwt"),
        apiUrl: single(raw, "api-url"),
        consoleUrl: single(raw, "console-url"),
        caCert: single(raw, "ca-cert"),
        clientCert: single(raw, "client-cert"),
        clientKey: single(raw, "client-key"),
        allowInsecureHttp: raw.has("allow-insecure-http"),
        insecure: raw.has("insecure"),
        stdin: stdinField(raw)
      }
      return ok({ _tag: name, connection })
    }
    case "serve": {
      const port = parsePort(single(raw, "port") ?? String(defaultPort))
      if (!port.ok) return port
      const ttl = parseTtl(single(raw, "ttl") ?? "1h")
      if (!ttl.ok) return ttl
      return ok({ _tag: "serve", port: port.value, apiKeys: raw.get("api-key") ?? [], ttlMillis: ttl.value })
    }
    case "demo":
      return ok({ _tag: "demo" })
  }
}

/**
 * Reads the command line (`process.argv.slice(2)`).
 *
 * @since 0.2.0
 * @category parsing
 */
export const parse = (argv: ReadonlyArray<string>): Invocation => {
  const scanned = scan(argv)
  if (!scanned.ok) {
    // `--help` wins over a mistake elsewhere on the line, as long as the command is known
    const help = argv.includes("--help") || argv.includes("-h") || argv[0] === "help"
    const command = argv.find(isCommandName)
    const unknown = argv.find((a) => !a.startsWith("-") && !isCommandName(a) && a !== "help")
    if (help && (unknown === undefined || command !== undefined)) return { _tag: "Help", command }
    return { _tag: "UsageError", message: scanned.message }
  }
  const { command, help, logLevel, raw, version } = scanned.value
  if (help) return { _tag: "Help", command }
  if (version) return { _tag: "Version" }
  if (command === undefined) return { _tag: "Help", command: undefined }
  if (logLevel.length > 1) return { _tag: "UsageError", message: "--log-level is given more than once" }
  const level = (logLevel[0] ?? "warning").toLowerCase()
  if (!isLogLevel(level)) {
    return { _tag: "UsageError", message: `--log-level must be one of ${logLevels.join(", ")}, got "${logLevel[0]}"` }
  }
  const decoded = decodeCommand(command, raw)
  return decoded.ok
    ? { _tag: "Run", command: decoded.value, logLevel: level }
    : { _tag: "UsageError", message: decoded.message }
}
