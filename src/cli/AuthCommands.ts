/**
 * `galileo-effect token` and `galileo-effect login`, loaded only when one of them runs. The
 * flags become `GalileoConfig` overrides (so they win over `SPLUNK_AO_*` and `GALILEO_*`), and
 * a setting the library refuses is blamed on the flag that gave it. Calls go through `node:http`
 * (quicker to start than the built-in fetch, which loads Node's own undici); the undici client
 * of `galileo-effect/node` is loaded only when TLS settings ask for it.
 *
 * @since 0.1.0
 */
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import type * as HttpClient from "@effect/platform/HttpClient"
import * as Config from "effect/Config"
import * as ConfigError from "effect/ConfigError"
import * as Console from "effect/Console"
import * as DateTime from "effect/DateTime"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import type * as AccessToken from "../AccessToken.js"
import * as AuthService from "../AuthService.js"
import type * as Credential from "../Credential.js"
import * as Galileo from "../Galileo.js"
import * as GalileoConfig from "../GalileoConfig.js"
import { UsageError } from "./CliError.js"
import type { Connection } from "./Grammar.js"

const tlsVariables = {
  caCertPath: "GALILEO_CA_CERT_PATH",
  caCert: "GALILEO_CA_CERT_CONTENT",
  clientCertPath: "GALILEO_CLIENT_CERT_PATH",
  clientKeyPath: "GALILEO_CLIENT_KEY_PATH"
} as const

const variable = (name: string) => Config.option(Config.string(name))

/**
 * The TLS settings: each flag given replaces its environment variable, the others are read from
 * the environment as the library does.
 */
const tlsOverride = (c: Connection): Config.Config<GalileoConfig.TlsOptions> =>
  Config.all({
    caCertPath: variable(tlsVariables.caCertPath),
    caCert: variable(tlsVariables.caCert),
    clientCertPath: variable(tlsVariables.clientCertPath),
    clientKeyPath: variable(tlsVariables.clientKeyPath),
    reject: Config.option(Config.boolean("GALILEO_REJECT_UNAUTHORIZED")),
    nodeReject: variable("NODE_TLS_REJECT_UNAUTHORIZED")
  }).pipe(Config.map((env): GalileoConfig.TlsOptions => {
    const rejectUnauthorized = c.insecure
      ? false
      : Option.getOrUndefined(
        Option.orElse(env.reject, () => Option.map(Option.filter(env.nodeReject, (v) => v.trim() === "0"), () => false))
      )
    return {
      caCertPath: c.caCert ?? Option.getOrUndefined(env.caCertPath),
      // a CA file given with --ca-cert replaces CA text from the environment too
      caCert: c.caCert === undefined ? Option.getOrUndefined(env.caCert) : undefined,
      clientCertPath: c.clientCert ?? Option.getOrUndefined(env.clientCertPath),
      clientKeyPath: c.clientKey ?? Option.getOrUndefined(env.clientKeyPath),
      rejectUnauthorized
    }
  }))

const tlsGiven = (c: Connection): boolean =>
  c.caCert !== undefined || c.clientCert !== undefined || c.clientKey !== undefined || c.insecure

/**
 * The flags given, as `GalileoConfig` overrides.
 *
 * @since 0.2.0
 */
export const overrides = (c: Connection): Config.Config.Wrap<GalileoConfig.Options> => {
  // a setting not given is `undefined`, which GalileoConfig leaves to the environment
  const secret = (value: string | undefined) => Config.succeed(value === undefined ? undefined : Redacted.make(value))
  return {
    apiKey: secret(c.apiKey),
    username: Config.succeed(c.username),
    password: secret(c.password),
    ssoIdToken: secret(c.ssoIdToken),
    ssoProvider: Config.succeed(c.ssoProvider),
    jwt: secret(c.jwt),
    // --console-url beats $GALILEO_API_URL too: it gives the API URL it derives
    baseUrl: Config.succeed(
      c.apiUrl ?? (c.consoleUrl === undefined ? undefined : GalileoConfig.apiUrlFromConsoleUrl(c.consoleUrl))
    ),
    allowInsecureHttp: Config.succeed(c.allowInsecureHttp ? true : undefined),
    tls: tlsGiven(c) ? tlsOverride(c) : Config.succeed(undefined)
  }
}

/**
 * Which TLS files the environment names (to tell, in an error about a TLS setting, the
 * variable from the flag).
 *
 * @since 0.2.0
 */
export interface TlsEnvironment {
  readonly caCertPath: boolean
  readonly clientCertPath: boolean
  readonly clientKeyPath: boolean
}

const tlsEnvironment: Config.Config<TlsEnvironment> = Config.all({
  caCertPath: Config.map(variable(tlsVariables.caCertPath), Option.isSome),
  clientCertPath: Config.map(variable(tlsVariables.clientCertPath), Option.isSome),
  clientKeyPath: Config.map(variable(tlsVariables.clientKeyPath), Option.isSome)
})

/**
 * The name to show for each setting name a `ConfigError` may carry: the flag that gave it, or
 * the variable. A TLS setting given by a flag is reported under the option's name
 * (`tls.caCertPath`) even when its value came from the environment.
 *
 * @since 0.2.0
 */
export const blame = (c: Connection, env: TlsEnvironment): ReadonlyArray<readonly [string, string]> => {
  const tls = (flag: string, given: string | undefined, inEnv: boolean, variable: string) =>
    given === undefined && inEnv ? variable : flag
  const pairs: Array<readonly [string, string | undefined, string]> = [
    ["apiKey", c.apiKey, "--api-key"],
    ["username", c.username, "--username"],
    ["password", c.password, "--password"],
    ["ssoIdToken", c.ssoIdToken, "--sso-id-token"],
    ["ssoProvider", c.ssoProvider, "--sso-provider"],
    ["jwt", c.jwt, "--jwt"],
    ["baseUrl", c.apiUrl ?? c.consoleUrl, c.apiUrl === undefined ? "--console-url" : "--api-url"],
    [tlsVariables.caCertPath, c.caCert, "--ca-cert"],
    [tlsVariables.caCert, c.caCert, "--ca-cert"],
    [tlsVariables.clientCertPath, c.clientCert ?? c.clientKey, "--client-cert"],
    [tlsVariables.clientKeyPath, c.clientKey ?? c.clientCert, "--client-key"]
  ]
  const tlsNames: ReadonlyArray<readonly [string, string]> = tlsGiven(c)
    ? [
      [
        "tls.caCertPath",
        tls("--ca-cert", c.caCert, true, env.caCertPath ? tlsVariables.caCertPath : tlsVariables.caCert)
      ],
      ["tls.clientCertPath", tls("--client-cert", c.clientCert, env.clientCertPath, tlsVariables.clientCertPath)],
      ["tls.clientKeyPath", tls("--client-key", c.clientKey, env.clientKeyPath, tlsVariables.clientKeyPath)]
    ]
    : []
  return [...pairs.flatMap(([name, value, flag]) => value === undefined ? [] : [[name, flag] as const]), ...tlsNames]
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/**
 * A `ConfigError` as one line, each setting named by the flag that gave it.
 *
 * @since 0.2.0
 */
export const describe = (error: ConfigError.ConfigError, names: ReadonlyArray<readonly [string, string]>): string =>
  names.reduce(
    (line, [name, flag]) => line.replace(new RegExp(`(?<![\\w.$-])${escape(name)}(?![\\w-])`, "g"), flag),
    GalileoConfig.describeConfigError(error)
  )

const httpClient = (
  config: GalileoConfig.Service
): Effect.Effect<Layer.Layer<HttpClient.HttpClient, ConfigError.ConfigError>> =>
  Option.isNone(config.tls)
    ? Effect.succeed(NodeHttpClient.layer)
    : Effect.map(
      Effect.promise(() => import("../node/NodeGalileo.js")),
      (NodeGalileo) =>
        NodeGalileo.layerHttpClient.pipe(Layer.provide(Layer.succeed(GalileoConfig.GalileoConfig, config)))
    )

/**
 * Runs `f` with the client the flags and the environment configure.
 *
 * @since 0.2.0
 */
export const withClient = <A, E>(
  c: Connection,
  f: (auth: AuthService.Service, config: GalileoConfig.Service) => Effect.Effect<A, E>
) =>
  Effect.gen(function*() {
    const config = yield* GalileoConfig.makeConfig(overrides(c))
    const services = Galileo.layerWith(Layer.succeed(GalileoConfig.GalileoConfig, config), yield* httpClient(config))
    return yield* Effect.flatMap(AuthService.AuthService, (auth) => f(auth, config)).pipe(Effect.provide(services))
  }).pipe(
    Effect.catchIf(ConfigError.isConfigError, (e) =>
      Effect.flatMap(
        Effect.orElseSucceed(
          tlsEnvironment,
          () => ({ caCertPath: false, clientCertPath: false, clientKeyPath: false })
        ),
        (env) => Effect.fail(new UsageError({ message: describe(e, blame(c, env)) }))
      ))
  )

/**
 * Prints a fresh access token and nothing else.
 *
 * @since 0.1.0
 */
export const token = (c: Connection) =>
  withClient(c, (auth) => Effect.flatMap(auth.token, (t) => Console.log(Redacted.value(t.value))))

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
          Duration.format(Duration.seconds(Math.max(0, Math.round(DateTime.distance(now, at) / 1000))))
        })`
    }))

/**
 * Logs in and prints the credential kind, the API URL, the expiry and the redacted token.
 *
 * @since 0.1.0
 */
export const login = (c: Connection) =>
  withClient(c, (auth, config) =>
    Effect.gen(function*() {
      const t = yield* auth.login
      yield* Console.log(`Logged in to ${config.apiUrl}`)
      yield* Console.log(`credential: ${kind(config.credential)}`)
      yield* Console.log(`expires:    ${yield* expiry(t)}`)
      yield* Console.log(`token:      ${t.value} (${t.type})`)
    }))
