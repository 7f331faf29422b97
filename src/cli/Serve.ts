/**
 * `galileo-effect serve`: the embedded server in the foreground, until interrupted.
 *
 * @since 0.1.0
 */
import { Config, Console, Context, type Duration, Effect, Layer, Option } from "effect"
import * as GalileoServer from "../testing/GalileoServer.js"

/**
 * Starts the server, prints how to use it, and waits.
 *
 * @since 0.1.0
 */
export const run = (options: {
  readonly port: number
  readonly apiKeys: ReadonlyArray<string>
  readonly tokenLifetime: Duration.Duration
}) =>
  Effect.gen(function*() {
    const envKey = yield* Config.option(Config.string("GALILEO_API_KEY"))
    const apiKeys = options.apiKeys.length > 0
      ? options.apiKeys
      : [Option.getOrElse(envKey, () => GalileoServer.demoApiKey)]
    const context = yield* Layer.build(
      GalileoServer.layer({ port: options.port, apiKeys, tokenLifetime: options.tokenLifetime })
    )
    const server = Context.get(context, GalileoServer.GalileoServer)
    yield* Console.log(`Embedded Galileo-compatible server listening on ${server.url}`)
    yield* Console.log(`  accepting ${apiKeys.length} API key(s); try:`)
    yield* Console.log(`  GALILEO_API_URL=${server.url} GALILEO_API_KEY=<key> galileo-effect token`)
    yield* Console.log("  Ctrl-C to stop")
    return yield* Effect.never
  }).pipe(Effect.scoped)
