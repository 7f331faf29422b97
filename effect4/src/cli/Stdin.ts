/**
 * A secret given as `-` (`--api-key -`), read from stdin so that it never shows in `ps`: one
 * line, its newline (`\n` or `\r\n`) removed, at most `maxStdinBytes`, valid UTF-8, kept
 * `Redacted` from the moment it is read.
 *
 * @since 0.3.0
 */
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import { maxStdinBytes } from "../core/cli/Grammar.js"
import { UsageError } from "./CliError.js"

const decoder = new TextDecoder("utf-8", { fatal: true })

const decode = (flag: string, bytes: Uint8Array): Effect.Effect<Redacted.Redacted<string>, UsageError> =>
  Effect.try({
    try: () => decoder.decode(bytes),
    catch: () => new UsageError({ message: `${flag} - : stdin is not valid UTF-8 text` })
  }).pipe(
    Effect.flatMap((text) => {
      const line = text.endsWith("\r") ? text.slice(0, -1) : text
      return line.length === 0
        ? Effect.fail(new UsageError({ message: `${flag} - : stdin gave an empty line` }))
        : line.trim().length === 0
        ? Effect.fail(new UsageError({ message: `${flag} - : stdin gave a blank line (only whitespace)` }))
        : Effect.succeed(Redacted.make(line))
    })
  )

/**
 * Reads the first line of `input` (default: stdin) as the value of `flag`, failing with a
 * `UsageError` that names the flag, never the value.
 *
 * @since 0.3.0
 */
export const readSecret = (
  flag: string,
  input: NodeJS.ReadableStream = process.stdin,
  limit: number = maxStdinBytes
): Effect.Effect<Redacted.Redacted<string>, UsageError> =>
  Effect.flatMap(
    Effect.callback<Uint8Array, UsageError>((resume) => {
      const chunks: Array<Buffer> = []
      let size = 0
      let done = false
      const finish = (result: Effect.Effect<Uint8Array, UsageError>) => {
        if (done) return
        done = true
        input.off("data", onData)
        input.off("end", onEnd)
        input.off("error", onError)
        input.pause()
        // the bytes read are the secret: no copy is kept around
        resume(Effect.ensuring(result, Effect.sync(() => chunks.forEach((c) => c.fill(0)))))
      }
      const onData = (chunk: Buffer | string) => {
        const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk
        chunks.push(bytes)
        const newline = bytes.indexOf(10)
        const lineSize = newline < 0 ? size + bytes.length : size + newline
        if (lineSize > limit) {
          finish(
            Effect.fail(new UsageError({ message: `${flag} - : the line on stdin is longer than ${limit} bytes` }))
          )
          return
        }
        size += bytes.length
        if (newline >= 0) finish(Effect.sync(() => Uint8Array.from(Buffer.concat(chunks).subarray(0, lineSize))))
      }
      const onEnd = () => finish(Effect.sync(() => Uint8Array.from(Buffer.concat(chunks))))
      const onError = () => finish(Effect.fail(new UsageError({ message: `${flag} - : stdin could not be read` })))
      input.on("data", onData)
      input.on("end", onEnd)
      input.on("error", onError)
      input.resume()
      return Effect.sync(() => finish(Effect.fail(new UsageError({ message: `${flag} - : interrupted` }))))
    }),
    (bytes) => Effect.ensuring(decode(flag, bytes), Effect.sync(() => bytes.fill(0)))
  )
