/**
 * Reads the TLS settings' files and builds the undici dispatcher that applies them.
 *
 * @internal
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import { Agent } from "@effect/platform-node/Undici"
import type * as HttpClient from "@effect/platform/HttpClient"
import * as ConfigError from "effect/ConfigError"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs"
import * as GalileoConfig from "../../GalileoConfig.js"

const pem = /-----BEGIN [A-Z0-9 ]+-----[\s\S]+?-----END [A-Z0-9 ]+-----/

/** The most bytes of a PEM file read (a CA bundle is a few hundred KiB at most). */
export const maxPemBytes = 1024 * 1024

const fileProblem = (name: string, problem: string) =>
  Either.left(ConfigError.InvalidData([name], `${name} ${problem}`))
const unreadable = (name: string, e: unknown) =>
  fileProblem(name, `could not be read (${e instanceof Error && "code" in e ? String(e.code) : "unreadable"})`)

/**
 * The text of a PEM file, or a `ConfigError` naming the setting: a regular file of at most
 * {@link maxPemBytes}, opened without blocking (a FIFO or a device is refused, never waited on)
 * and read with that bound.
 */
export const readPem = (path: string, name: string): Either.Either<string, ConfigError.ConfigError> => {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (e) {
    return unreadable(name, e)
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) return fileProblem(name, "is not a regular file")
    if (stat.size > maxPemBytes) return fileProblem(name, `is larger than ${maxPemBytes} bytes`)
    const buffer = Buffer.alloc(maxPemBytes + 1)
    let length = 0
    for (let n = 1; n > 0 && length < buffer.length;) {
      n = readSync(fd, buffer, length, buffer.length - length, null)
      length += n
    }
    return length > maxPemBytes
      ? fileProblem(name, `is larger than ${maxPemBytes} bytes`)
      : checkPem(buffer.toString("utf8", 0, length), name)
  } catch (e) {
    return unreadable(name, e)
  } finally {
    closeSync(fd)
  }
}

/** PEM text, or a `ConfigError` naming the setting. */
export const checkPem = (text: string, name: string): Either.Either<string, ConfigError.ConfigError> =>
  pem.test(text) ? Either.right(text) : Either.left(ConfigError.InvalidData([name], `${name} is not PEM`))

/** The dispatcher options of the TLS settings. */
export const connectOptions = (tls: GalileoConfig.Tls) =>
  Either.gen(function*() {
    const ca = tls.caCertPath !== undefined
      ? yield* readPem(tls.caCertPath, tls.names.tlsCaCert)
      : tls.caCert !== undefined
      ? yield* checkPem(tls.caCert, tls.names.tlsCaCert)
      : undefined
    const cert = tls.clientCertPath === undefined
      ? undefined
      : yield* readPem(tls.clientCertPath, tls.names.tlsClientCert)
    const key = tls.clientKeyPath === undefined ? undefined : yield* readPem(tls.clientKeyPath, tls.names.tlsClientKey)
    return {
      ...(ca === undefined ? {} : { ca }),
      ...(cert === undefined ? {} : { cert }),
      ...(key === undefined ? {} : { key }),
      rejectUnauthorized: tls.rejectUnauthorized ?? true
    }
  })

const dispatcher = Effect.flatMap(GalileoConfig.GalileoConfig, (config) =>
  Option.match(config.tls, {
    onNone: () => NodeHttpClient.makeDispatcher,
    onSome: (tls) =>
      Effect.flatMap(connectOptions(tls), (connect) =>
        Effect.zipRight(
          connect.rejectUnauthorized
            ? Effect.void
            : Effect.logWarning("TLS certificate verification is off for Galileo calls (rejectUnauthorized=false)"),
          Effect.acquireRelease(
            Effect.sync(() => new Agent({ connect })),
            (agent) => Effect.promise(() => agent.destroy())
          )
        ))
  }))

/**
 * An undici client Layer whose dispatcher applies the configuration's TLS settings. Fresh: Layers
 * are shared by reference within a build (and, in Effect 4, with an enclosing one), so without it
 * two configurations in one program (two tenants) would share the first one's client, its TLS
 * settings included.
 */
export const layerHttpClient = (
  client: Layer.Layer<HttpClient.HttpClient, never, NodeHttpClient.Dispatcher>
): Layer.Layer<HttpClient.HttpClient, ConfigError.ConfigError, GalileoConfig.GalileoConfig> =>
  Layer.fresh(client.pipe(Layer.provide(Layer.scoped(NodeHttpClient.Dispatcher, dispatcher))))

/** Provides a configuration Layer (built once per use, like any Layer). */
export const provideConfig =
  <E>(config: Layer.Layer<GalileoConfig.GalileoConfig, E>) =>
  <A, E2>(self: Layer.Layer<A, E2, GalileoConfig.GalileoConfig>): Layer.Layer<A, E | E2> => Layer.provide(self, config)
