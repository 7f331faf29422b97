/**
 * Runs a parsed command on the Effect runtime: log lines go to stderr at the level asked for,
 * every failure ends as one line on stderr and its exit code (see `core/cli/ExitCode.ts`), Ctrl-C
 * interrupts the command. The commands' modules call {@link run} with their program (each is the
 * entry of a bundle of its own: `AuthCommands` for token and login, `Serve` for serve and demo).
 *
 * @since 0.2.0
 */
import * as Cause from "effect/Cause"
import * as Config from "effect/Config"
import * as Effect from "effect/Effect"
import type * as Exit from "effect/Exit"
import * as Inspectable from "effect/Inspectable"
import * as Logger from "effect/Logger"
import * as LogLevel from "effect/LogLevel"
import * as Option from "effect/Option"
import * as Predicate from "effect/Predicate"
import * as References from "effect/References"
import { codes } from "../core/cli/ExitCode.js"
import type * as Grammar from "../core/cli/Grammar.js"
import { printableLine } from "../core/cli/Text.js"
import * as GalileoConfig from "../GalileoConfig.js"
import { isGalileoError } from "../GalileoError.js"
import { UsageError } from "./CliError.js"

const levels: Readonly<Record<Grammar.LogLevel, LogLevel.LogLevel>> = {
  all: "All",
  trace: "Trace",
  debug: "Debug",
  info: "Info",
  warning: "Warn",
  error: "Error",
  fatal: "Fatal",
  none: "None"
}

/** A level as `--log-level` names it (`warning`, not `warn`). */
const names: Readonly<Record<LogLevel.LogLevel, Grammar.LogLevel>> = {
  All: "all",
  Trace: "trace",
  Debug: "debug",
  Info: "info",
  Warn: "warning",
  Error: "error",
  Fatal: "fatal",
  None: "none"
}

const show = (u: unknown): string => typeof u === "string" ? u : Inspectable.toStringUnknown(u)

const messageOf = (u: unknown): string =>
  u instanceof Error || (typeof u === "object" && u !== null && "message" in u && typeof u.message === "string")
    ? String(u.message)
    : show(u)

/** Log lines on stderr, one per message, no colour, no control character (the text may come from a server). */
const logger = Logger.make(({ cause, logLevel, message }) => {
  const parts: ReadonlyArray<unknown> = Array.isArray(message) ? message : [message]
  const reason = cause.reasons.length === 0 ? "" : `: ${messageOf(Cause.squash(cause))}`
  process.stderr.write(
    `galileo-effect: ${names[logLevel]}: ${printableLine(parts.map(show).join(" ") + reason)}\n`
  )
})

/**
 * The exit code of a failure and the line that explains it.
 *
 * @since 0.2.0
 */
export const explain = (error: unknown): readonly [number, string] => {
  if (isGalileoError(error)) return [codes[error._tag], error.message]
  if (error instanceof UsageError) return [codes.config, error.message]
  if (error instanceof Config.ConfigError) return [codes.config, GalileoConfig.describeConfigError(error)]
  return [codes.unexpected, `unexpected error: ${messageOf(error)}`]
}

/** The causes under an error (its `cause`, that one's...), at most 8. */
const causes = (error: unknown): ReadonlyArray<unknown> => {
  const found: Array<unknown> = []
  let current = Predicate.hasProperty(error, "cause") ? error.cause : undefined
  while (current !== undefined && found.length < 8) {
    found.push(current)
    current = Predicate.hasProperty(current, "cause") ? current.cause : undefined
  }
  return found
}

/**
 * What lies under a failure, cause by cause, and a defect (a bug) by its name, without stack
 * frames (those of a minified bundle tell nothing).
 */
const details = (cause: Cause.Cause<unknown>): ReadonlyArray<string> => {
  const line = (label: string, u: unknown) => {
    const name = Predicate.hasProperty(u, "_tag") && typeof u._tag === "string"
      ? u._tag
      : u instanceof Error
      ? u.name
      : typeof u
    return `galileo-effect: debug: ${label} ${name}: ${printableLine(messageOf(u))}`
  }
  return [
    ...cause.reasons.filter(Cause.isFailReason).flatMap((r) => causes(r.error).map((c) => line("caused by", c))),
    ...cause.reasons.filter(Cause.isDieReason).flatMap((r) => [
      line("failed with", r.defect),
      ...causes(r.defect).map((c) => line("caused by", c))
    ])
  ]
}

/**
 * What a command's end prints on stderr, and its exit code: 0, or 130 when interrupted (0 for
 * `serve`, which runs until Ctrl-C). Each line is printable: control characters a server sent
 * are escaped.
 *
 * @since 0.2.0
 */
export const report = (
  command: Grammar.Command,
  exit: Exit.Exit<void, unknown>,
  verbose: boolean
): readonly [number, ReadonlyArray<string>] => {
  if (exit._tag === "Success") return [codes.ok, []]
  if (Cause.hasInterruptsOnly(exit.cause)) return [command._tag === "serve" ? codes.ok : codes.interrupted, []]
  const [code, line] = Option.match(Cause.findErrorOption(exit.cause), {
    onNone: () => [codes.unexpected, `unexpected error: ${messageOf(Cause.squash(exit.cause))}`] as const,
    onSome: explain
  })
  const hint = code === codes.unexpected && !verbose ? " (--log-level debug shows the details)" : ""
  return [code, [...(verbose ? details(exit.cause) : []), `galileo-effect: ${printableLine(line)}${hint}`]]
}

/**
 * Runs `program`, the one of `command`, and exits with its code once stdout and stderr are
 * flushed (without waiting for idle keep-alive sockets or timers of the libraries below).
 *
 * @since 1.0.0
 */
export const run = (command: Grammar.Command, level: Grammar.LogLevel, program: Effect.Effect<void, unknown>): void => {
  const minimum = levels[level]
  const fiber = Effect.runFork(
    program.pipe(
      // the library joins every fiber it forks: a failed attempt is handled (a retry logs itself)
      Effect.provideService(References.UnhandledLogLevel, undefined),
      Effect.provideService(References.MinimumLogLevel, minimum),
      Effect.provideService(Logger.CurrentLoggers, new Set([logger]))
    )
  )
  // a fiber waiting on nothing Node knows about must not let the process end
  const keepAlive = setInterval(() => {}, 2 ** 31 - 1)
  const onSignal = () => fiber.interruptUnsafe()
  process.once("SIGINT", onSignal)
  process.once("SIGTERM", onSignal)
  fiber.addObserver((exit) => {
    clearInterval(keepAlive)
    process.off("SIGINT", onSignal)
    process.off("SIGTERM", onSignal)
    const [code, lines] = report(command, exit, LogLevel.isLessThanOrEqualTo(minimum, "Debug"))
    for (const line of lines) process.stderr.write(`${line}\n`)
    process.exitCode = code
    process.stdout.write("", () => process.stderr.write("", () => process.exit(code)))
  })
}
