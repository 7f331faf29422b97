/**
 * `galileo-effect token` and `galileo-effect login`, loaded only when one of them runs (the
 * entry of their bundle, `dist/bin/auth-*.cjs`: {@link main}). The
 * flags become `GalileoConfig` overrides (so they win over `SPLUNK_AO_*` and `GALILEO_*`), and
 * a setting the library refuses is blamed on the flag that gave it. Calls go through `node:http`
 * (quicker to start than the built-in fetch, which loads Node's own undici); the undici client
 * of `galileo-effect/node` is loaded only when TLS settings ask for it.
 *
 * @since 0.1.0
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import * as Config from "effect/Config"
import * as Console from "effect/Console"
import * as DateTime from "effect/DateTime"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as HttpClient from "effect/http/HttpClient"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import type * as AccessToken from "../AccessToken.js"
import * as AuthService from "../AuthService.js"
import * as Contract from "../Contract.js"
import {
  type Command,
  type Connection,
  fromStdin,
  type LogLevel,
  type SecretField,
  secretFlags
} from "../core/cli/Grammar.js"
import { printable } from "../core/cli/Text.js"
import type * as Credential from "../Credential.js"
import * as Galileo from "../Galileo.js"
import * as GalileoConfig from "../GalileoConfig.js"
import * as GalileoHttpClient from "../GalileoHttpClient.js"
import * as RetryPolicy from "../RetryPolicy.js"
import { UsageError } from "./CliError.js"
import * as Main from "./Main.js"
import { readSecret } from "./Stdin.js"

const tlsGiven = (c: Connection): boolean =>
  c.caCert !== undefined || c.clientCert !== undefined || c.clientKey !== undefined || c.insecure

/**
 * `policy`, its retries logged at debug level as what they are: which call failed, why, and how
 * long until the next attempt (the server's `Retry-After` when it sent one).
 *
 * @since 0.3.0
 */
export const loggingRetries = (policy: RetryPolicy.RetryPolicy): RetryPolicy.RetryPolicy => ({
  ...policy,
  schedule: policy.schedule.pipe(
    Schedule.tap(({ duration, input }) => {
      const wait = input._tag === "GalileoHttpError" && input.retryAfter !== undefined ? input.retryAfter : duration
      const shown = Duration.format(Duration.millis(Math.max(0, Math.round(Duration.toMillis(wait)))))
      return Effect.logDebug(`retrying in ${shown} after: ${input.message}`)
    })
  )
})

/**
 * The flags given, as `GalileoConfig` overrides; `stdin` is the secret read for the flag given
 * as `-`.
 *
 * @since 0.2.0
 */
export const overrides = (
  c: Connection,
  stdin?: Redacted.Redacted<string>
): Config.Wrap<GalileoConfig.Options> => {
  // a setting not given is `undefined`, which GalileoConfig leaves to the environment
  const secret = (field: SecretField) =>
    Config.succeed(
      c.stdin === field && stdin !== undefined ? stdin : c[field] === undefined ? undefined : Redacted.make(c[field])
    )
  return {
    apiKey: secret("apiKey"),
    username: Config.succeed(c.username),
    password: secret("password"),
    ssoIdToken: secret("ssoIdToken"),
    ssoProvider: Config.succeed(c.ssoProvider),
    jwt: secret("jwt"),
    retryPolicy: Config.succeed(loggingRetries(RetryPolicy.defaultPolicy)),
    // --console-url beats $GALILEO_API_URL too: it gives the API URL it derives
    baseUrl: Config.succeed(
      c.apiUrl ?? (c.consoleUrl === undefined ? undefined : GalileoConfig.apiUrlFromConsoleUrl(c.consoleUrl))
    ),
    allowInsecureHttp: Config.succeed(c.allowInsecureHttp ? true : undefined),
    // each TLS flag replaces its setting only: GalileoConfig merges `tls` field by field
    tls: Config.succeed(
      tlsGiven(c)
        ? {
          caCertPath: c.caCert,
          clientCertPath: c.clientCert,
          clientKeyPath: c.clientKey,
          rejectUnauthorized: c.insecure ? false : undefined
        }
        : undefined
    )
  }
}

/**
 * The flag to show for each setting name a `ConfigError` may carry. A setting is reported under
 * its option's name (`apiKey`, `tls.caCertPath`) only when the flags gave it, else under its
 * environment variable's, which stays as it is.
 *
 * @since 0.2.0
 */
export const blame = (c: Connection): ReadonlyArray<readonly [string, string]> => {
  const pairs: Array<readonly [string, string | undefined, string]> = [
    ["apiKey", c.apiKey, "--api-key"],
    ["username", c.username, "--username"],
    ["password", c.password, "--password"],
    ["ssoIdToken", c.ssoIdToken, "--sso-id-token"],
    ["ssoProvider", c.ssoProvider, "--sso-provider"],
    ["jwt", c.jwt, "--jwt"],
    ["baseUrl", c.apiUrl ?? c.consoleUrl, c.apiUrl === undefined ? "--console-url" : "--api-url"]
  ]
  return [
    ...pairs.flatMap(([name, value, flag]) => value === undefined ? [] : [[name, flag] as const]),
    ["tls.caCertPath", "--ca-cert"],
    ["tls.clientCertPath", "--client-cert"],
    ["tls.clientKeyPath", "--client-key"]
  ]
}

const isConfigError = (u: unknown): u is Config.ConfigError => u instanceof Config.ConfigError

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/**
 * A `ConfigError` as one line, each setting named by the flag that gave it.
 *
 * @since 0.2.0
 */
export const describe = (error: Config.ConfigError, names: ReadonlyArray<readonly [string, string]>): string => {
  const line = names.reduce(
    (line, [name, flag]) => line.replace(new RegExp(`(?<![\\w.$-])${escape(name)}(?![\\w-])`, "g"), flag),
    GalileoConfig.describeConfigError(error)
  )
  // the way out is named as the URL was given: by a flag, or by a variable
  return line.replace(
    "or allow insecure http",
    line.startsWith("--")
      ? "or pass --allow-insecure-http"
      : "or set GALILEO_ALLOW_INSECURE_HTTP=true (or pass --allow-insecure-http)"
  )
}

const httpClient = (
  config: GalileoConfig.Service
): Effect.Effect<Layer.Layer<HttpClient.HttpClient, Config.ConfigError>> =>
  Option.isNone(config.tls)
    ? Effect.succeed(NodeHttpClient.layerNodeHttp)
    : Effect.map(
      Effect.promise(() => import("../node/NodeGalileo.js")),
      (NodeGalileo) =>
        NodeGalileo.layerHttpClient.pipe(Layer.provide(Layer.succeed(GalileoConfig.GalileoConfig, config)))
    )

/**
 * Runs `f` with the client the flags and the environment configure, once the secret given as
 * `-` (if any) is read from stdin.
 *
 * @since 0.2.0
 */
export const withClient = <A, E>(
  c: Connection,
  f: (auth: AuthService.Service, config: GalileoConfig.Service) => Effect.Effect<A, E, Galileo.Services>
) =>
  Effect.gen(function*() {
    const stdin = c.stdin === undefined || c[c.stdin] !== fromStdin
      ? undefined
      : yield* readSecret(secretFlags[c.stdin])
    const config = yield* GalileoConfig.makeConfig(overrides(c, stdin))
    const services = Galileo.layerWith(Layer.succeed(GalileoConfig.GalileoConfig, config), yield* httpClient(config))
    return yield* Effect.flatMap(AuthService.AuthService, (auth) => f(auth, config)).pipe(Effect.provide(services))
  }).pipe(
    Effect.catchIf(isConfigError, (e) => Effect.fail(new UsageError({ message: describe(e, blame(c)) })))
  )

/**
 * Prints a fresh access token and nothing else.
 *
 * @since 0.1.0
 */
export const token = (c: Connection) =>
  withClient(c, (auth) => Effect.flatMap(auth.token, (t) => Console.log(printable(Redacted.value(t.value)))))

/**
 * How `login` names a credential: its kind, never a secret.
 *
 * @since 0.2.0
 */
export const kind = (credential: Credential.Credential): string => {
  switch (credential._tag) {
    case "ApiKey":
      return "api key"
    case "Password":
      return "username and password"
    case "Sso":
      return `sso id token (${credential.provider})`
    case "Jwt":
      return "pre-issued jwt"
    case "O11y":
      return "o11y token"
  }
}

/**
 * When a token expires, and how long from now.
 *
 * @since 0.2.0
 */
export const expiry = (token: AccessToken.AccessToken) =>
  Effect.map(DateTime.now, (now) =>
    Option.match(token.expiresAt, {
      onNone: () => "unknown (the token does not say)",
      onSome: (at) =>
        `${DateTime.formatIso(at)} (in ${
          Duration.format(
            Duration.seconds(Math.max(0, Math.round(Duration.toMillis(DateTime.distance(now, at)) / 1000)))
          )
        })`
    }))

/**
 * Logs in, checks the credential with `GET current_user` (a pre-issued JWT too: nothing else
 * tells whether Galileo takes it), and prints the API URL, who the credential is, its kind, the
 * expiry and the redacted token. What the server sent is printed with its control characters
 * escaped.
 *
 * @since 0.1.0
 */
export const login = (c: Connection) =>
  withClient(c, (auth, config) =>
    Effect.gen(function*() {
      const t = yield* auth.login
      const me = yield* GalileoHttpClient.getJson("current_user", Contract.CurrentUser)
      yield* Console.log(`Logged in to ${printable(config.apiUrl)}`)
      yield* Console.log(`user:       ${printable(me.email)} (id ${printable(me.id)})`)
      yield* Console.log(`credential: ${kind(config.credential)}`)
      yield* Console.log(`expires:    ${yield* expiry(t)}`)
      yield* Console.log(`token:      ${t.value} (${printable(t.type)})`)
    }))

/**
 * Runs `token` or `login` (the entry of their bundle).
 *
 * @since 1.0.0
 */
export const main = (command: Extract<Command, { readonly _tag: "token" | "login" }>, level: LogLevel): void =>
  Main.run(command, level, command._tag === "token" ? token(command.connection) : login(command.connection))
