#!/usr/bin/env node
/**
 * The `galileo-effect` executable.
 *
 * @since 0.1.0
 */
import { ValidationError } from "@effect/cli"
import { NodeContext, NodeRuntime } from "@effect/platform-node"
import { Cause, ConfigError, Console, Effect, Exit } from "effect"
import { describeConfigError } from "./AuthConfig.js"
import { run } from "./cli/Cli.js"
import { codes } from "./cli/ExitCode.js"
import { isGalileoError } from "./GalileoError.js"

const fail = (code: number, line?: string) =>
  Effect.zipRight(
    line === undefined ? Effect.void : Console.error(`galileo-effect: ${line}`),
    Effect.sync(() => {
      process.exitCode = code
    })
  )

const main = run(process.argv).pipe(
  Effect.catchAll((error) => {
    if (isGalileoError(error)) return fail(codes[error._tag], error.message)
    if (ValidationError.isValidationError(error)) return fail(codes.config)
    if (ConfigError.isConfigError(error)) {
      return fail(codes.config, `invalid configuration: ${describeConfigError(error)}`)
    }
    return fail(codes.unexpected, error instanceof Error ? error.message : String(error))
  }),
  Effect.provide(NodeContext.layer)
)

NodeRuntime.runMain(main, {
  disableErrorReporting: false,
  teardown: (exit, onExit) =>
    onExit(
      Exit.isFailure(exit) && !Cause.isInterruptedOnly(exit.cause) ? codes.unexpected : Number(process.exitCode ?? 0)
    )
})
