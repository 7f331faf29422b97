/**
 * Configuration that cannot hang or lie (issue 20): a certificate path must name a regular file
 * of at most 1 MiB, opened without blocking and read with that bound (a FIFO once hung `token`
 * past SIGTERM, `/dev/zero` ended in `std::bad_alloc`); plain http only to a loopback address or
 * exactly `localhost` (a `*.localhost` name goes to DNS on this system).
 */
import { describe, expect, it } from "@effect/vitest"
import { Cause, Config, ConfigProvider, Effect, Exit, Layer, Option, Redacted, Result } from "effect"
import { execFileSync } from "node:child_process"
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { GalileoConfig } from "../src/index.js"
import * as internal from "../src/internal/config.js"
import { NodeGalileo } from "../src/node/index.js"
import * as Tls from "../src/node/internal/tls.js"

const apiKey = Redacted.make("gk-cert-paths")

const tempDir = Effect.acquireRelease(
  Effect.sync(() => mkdtempSync(join(tmpdir(), "galileo-cert-paths-"))),
  (dir) => Effect.sync(() => rmSync(dir, { recursive: true, force: true }))
)

const build = (tls: GalileoConfig.TlsOptions) =>
  Effect.exit(Layer.build(NodeGalileo.layer({ apiKey, baseUrl: "https://127.0.0.1:1", tls })))

/** The failure of an exit as `[its cause's tag, its message]` when it is a `ConfigError`. */
const configFailure = (exit: Exit.Exit<unknown, unknown>) =>
  Exit.isFailure(exit)
    ? Option.map(Cause.findErrorOption(exit.cause), (e) =>
      e instanceof Config.ConfigError ? [e.cause._tag, e.cause.message] : e)
    : Option.none()

const invalid = (message: string) => Option.some(["SourceError", message])

describe("certificate paths", () => {
  it.effect("a FIFO is refused at once, not waited on", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir
      const fifo = join(dir, "ca.fifo")
      execFileSync("mkfifo", [fifo])
      expect(configFailure(yield* build({ caCertPath: fifo }))).toStrictEqual(
        invalid("tls.caCertPath is not a regular file")
      )
      const cert = join(dir, "client.pem")
      writeFileSync(cert, "-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----\n")
      expect(configFailure(yield* build({ clientCertPath: cert, clientKeyPath: fifo }))).toStrictEqual(
        invalid("tls.clientKeyPath is not a regular file")
      )
    }))

  it.effect.skipIf(!existsSync("/dev/zero"))(
    "/dev/zero is refused, named after the variable",
    () =>
      Effect.gen(function*() {
        const exit = yield* Effect.exit(
          Layer.build(NodeGalileo.layerConfig()).pipe(
            Effect.provideService(
              ConfigProvider.ConfigProvider,
              ConfigProvider.fromEnvRecord({ GALILEO_API_KEY: "k", GALILEO_CA_CERT_PATH: "/dev/zero" })
            )
          )
        )
        expect(configFailure(exit)).toStrictEqual(invalid("GALILEO_CA_CERT_PATH is not a regular file"))
      })
  )

  it.effect("a file over 1 MiB is refused; one of exactly 1 MiB is read", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir
      const pem = "-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----\n"
      const big = join(dir, "big.pem")
      writeFileSync(big, pem + "x".repeat(Tls.maxPemBytes + 1 - pem.length))
      expect(configFailure(yield* build({ caCertPath: big }))).toStrictEqual(
        invalid("tls.caCertPath is larger than 1048576 bytes")
      )
      const fits = join(dir, "fits.pem")
      writeFileSync(fits, pem + "x".repeat(Tls.maxPemBytes - pem.length))
      const read = Tls.readPem(fits, "tls.caCertPath")
      expect(Result.map(read, (text) => text.length)).toStrictEqual(Result.succeed(Tls.maxPemBytes))
    }))

  it.effect("a directory and a missing file are named too", () =>
    Effect.gen(function*() {
      const dir = yield* tempDir
      expect(configFailure(yield* build({ caCertPath: dir }))).toStrictEqual(
        invalid("tls.caCertPath is not a regular file")
      )
      expect(configFailure(yield* build({ caCertPath: join(dir, "missing.pem") }))).toStrictEqual(
        invalid("tls.caCertPath could not be read (ENOENT)")
      )
    }))
})

describe("loopback means a loopback address or exactly localhost", () => {
  const problem = (baseUrl: string) =>
    Result.match(internal.resolve({ apiKey, baseUrl }), {
      onFailure: GalileoConfig.describeConfigError,
      onSuccess: () => "ok"
    })
  const refused = "baseUrl uses plain http:// to a host that is not loopback; use https:// or allow insecure http"

  it.each(["http://localhost:8088", "http://127.0.0.1:8088", "http://127.255.0.9", "http://[::1]:8088"])(
    "%s may use plain http",
    (url) => expect(problem(url)).toBe("ok")
  )

  it.each([
    "http://api.localhost:8088",
    "http://evil.localhost",
    "http://localhost.:8088",
    "http://localhost.evil.test",
    "http://128.0.0.1",
    "http://[::2]"
  ])("%s may not", (url) => {
    expect(problem(url)).toContain(refused)
  })

  it("a *.localhost console URL is not its own API", () => {
    expect(internal.apiUrlFromConsoleUrl("http://console.localhost:3000")).toBe("http://api.localhost:3000")
    expect(internal.apiUrlFromConsoleUrl("http://localhost:3000/")).toBe("http://localhost:3000")
  })
})
