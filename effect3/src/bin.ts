#!/usr/bin/env node
/**
 * The `galileo-effect` executable. It reads the command line with no dependency, so help,
 * `--version` and usage errors are answered at once; only a command to run loads Effect, and
 * only the modules that command uses.
 *
 * @since 0.1.0
 */
import * as Module from "node:module"
import { parse } from "./core/cli/Args.js"
import { codes } from "./core/cli/ExitCode.js"
import { render } from "./core/cli/Help.js"
import { version } from "./version.js"

// Node 22.1+ keeps compiled code between runs (a no-op on Node 20)
if ("enableCompileCache" in Module && typeof Module.enableCompileCache === "function") Module.enableCompileCache()

// a reader that goes away (`galileo-effect --help | head -1`) is not an error
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0)
  throw error
})

const invocation = parse(process.argv.slice(2))

switch (invocation._tag) {
  case "Help":
    process.stdout.write(render(invocation.command, version))
    break
  case "Version":
    process.stdout.write(`${version}\n`)
    break
  case "UsageError":
    process.stderr.write(`galileo-effect: ${invocation.message}\n`)
    process.exitCode = codes.config
    break
  case "Run": {
    const { command, logLevel } = invocation
    void import("./cli/Main.js").then(({ main }) => main(command, logLevel))
  }
}
