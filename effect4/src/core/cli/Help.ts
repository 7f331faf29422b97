// Copied from core/src/cli/Help.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * The help text, rendered from the command line's spec (`Grammar.ts`) and the exit-code table
 * (`ExitCode.ts`) with no dependency, so `galileo-effect --help` prints it without loading
 * Effect. The version is the line's own, passed in.
 *
 * @since 0.2.0
 */
import { descriptions } from "./ExitCode.js"
import { type CommandName, commands, type Flag, globalFlags, spec } from "./Grammar.js"

/** Lines are wrapped to this many columns. */
const columns = 100

const wrap = (text: string, width: number): ReadonlyArray<string> =>
  text.split(" ").reduce<Array<string>>((lines, word) => {
    const last = lines[lines.length - 1]
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
    return lines
  }, [])

const table = (rows: ReadonlyArray<readonly [string, string]>): ReadonlyArray<string> => {
  const width = Math.max(0, ...rows.map(([left]) => left.length))
  const indent = " ".repeat(width + 4)
  return rows.flatMap(([left, right]) =>
    wrap(right, Math.max(20, columns - indent.length)).map((line, i) =>
      i === 0 ? `  ${left.padEnd(width)}  ${line}` : `${indent}${line}`
    )
  )
}

const flagRow = (flag: Flag & { readonly short?: string }): readonly [string, string] => [
  `${flag.short === undefined ? "    " : `-${flag.short}, `}--${flag.name}${
    flag.value === undefined ? "" : ` ${flag.value}`
  }`,
  flag.description
]

const root = (version: string): ReadonlyArray<string> => [
  `galileo-effect ${version}: a Galileo API client (tokens, login) and an embedded Galileo-compatible server`,
  "",
  "Usage: galileo-effect <command> [options]",
  "",
  "Commands:",
  ...table(commands.map((c) => [c.name, c.summary])),
  "",
  "Options:",
  ...table(globalFlags.map(flagRow)),
  "",
  "Exit codes:",
  ...table(descriptions.map(([code, meaning]) => [String(code), meaning])),
  "",
  "Run galileo-effect <command> --help for the options of a command."
]

const command = (name: CommandName): ReadonlyArray<string> => {
  const { details, flags, summary } = spec(name)
  return [
    `galileo-effect ${name}: ${summary}`,
    "",
    `Usage: galileo-effect ${name}${flags.length === 0 ? "" : " [options]"}`,
    ...(details.length === 0 ? [] : ["", ...details]),
    "",
    "Options:",
    ...table([...flags, ...globalFlags].map(flagRow))
  ]
}

/**
 * The help of a command, or of the whole CLI (whose first line names `version`, the line's
 * package version).
 *
 * @since 0.2.0
 */
export const render = (name: CommandName | undefined, version: string): string =>
  `${(name === undefined ? root(version) : command(name)).join("\n")}\n`
