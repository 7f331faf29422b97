/**
 * Validation of the client's settings into a `GalileoConfig` service, and their reading from
 * the environment. Every problem is a `ConfigError` naming the setting (the option or the
 * environment variable) and never its value. The decisions and their messages are the
 * Effect-free core's (`core/client/environment`); this module turns them into `Config` values and
 * `ConfigError`s; the core reads the environment's secrets straight into `Redacted.make`.
 *
 * @internal
 */
import * as Config from "effect/Config"
import * as ConfigError from "effect/ConfigError"
import * as Either from "effect/Either"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as AccessToken from "../AccessToken.js"
import { SsoProvider } from "../contract/Auth.js"
import * as Env from "../core/client/environment.js"
import * as Credential from "../Credential.js"
import type { Options, Service, SettingNames } from "../GalileoConfig.js"
import * as RefreshPolicy from "../RefreshPolicy.js"
import * as RetryPolicy from "../RetryPolicy.js"

export {
  apiUrlFromConsoleUrl,
  defaultBaseUrl,
  defaultMaxResponseBytes,
  defaultPathPrefix,
  isLoopbackHost,
  maxSecretBytes,
  merge,
  optionNames
} from "../core/client/environment.js"

const invalid = (name: string, problem: string): ConfigError.ConfigError =>
  ConfigError.InvalidData([name], `${name} ${problem}`)

/** A decision of the core, its problem as a `ConfigError` (missing or invalid data at the setting's name). */
const checked = <A>(decision: A | Env.Problem): Either.Either<A, ConfigError.ConfigError> =>
  decision instanceof Env.Problem
    ? Either.left(
      decision.missing
        ? ConfigError.MissingData([decision.name], decision.message)
        : ConfigError.InvalidData([decision.name], decision.message)
    )
    : Either.right(decision)

/** The problem with a secret that is given, if any. */
const secretError = (
  name: string,
  value: Redacted.Redacted<string> | undefined
): ConfigError.ConfigError | undefined => {
  if (value === undefined) return undefined
  const problem = Redacted.isRedacted(value) ? Env.secretProblem(Redacted.value(value)) : "is not Redacted"
  return problem === undefined ? undefined : invalid(name, problem)
}

/** A half of a pair given without the other: the missing one is named. */
const pairError = (a: unknown, b: unknown, names: readonly [string, string]): ConfigError.ConfigError | undefined => {
  if ((a === undefined) === (b === undefined)) return undefined
  const [missing, given] = a === undefined ? names : [names[1], names[0]]
  return ConfigError.MissingData([missing], `${missing} is not set (${given} is)`)
}

const isJwt = (token: Redacted.Redacted<string>): boolean =>
  Option.isSome(AccessToken.readClaims(token)) && Option.isNone(AccessToken.bearerProblem(token))

const isProvider = (s: string): s is SsoProvider => SsoProvider.literals.some((p) => p === s)

/** The credential by the official SDKs' precedence, after checking every one that is given. */
export const credential = (
  options: Options,
  names: SettingNames
): Either.Either<Credential.Credential, ConfigError.ConfigError> => {
  const { apiKey, jwt, o11yToken, password, realm, ssoIdToken, username } = options
  const provider = options.ssoProvider?.trim().toLowerCase()
  // the Galileo credential given beside an O11y token, if any
  const other = apiKey
    ? names.apiKey
    : username !== undefined
    ? names.username
    : password
    ? names.password
    : ssoIdToken
    ? names.ssoIdToken
    : jwt && names.jwt
  const problem = secretError(names.o11yToken, o11yToken) ??
    pairError(o11yToken, realm, [names.o11yToken, names.realm]) ??
    (o11yToken && other
      ? invalid(names.o11yToken, `and ${other} are both set`)
      : realm !== undefined && !/^[a-z0-9-]+$/i.test(realm)
      ? invalid(names.realm, "is not a realm")
      : undefined) ??
    secretError(names.apiKey, apiKey) ?? secretError(names.password, password) ??
    secretError(names.ssoIdToken, ssoIdToken) ?? secretError(names.jwt, jwt) ??
    pairError(username, password, [names.username, names.password]) ??
    pairError(ssoIdToken, provider, [names.ssoIdToken, names.ssoProvider]) ??
    (ssoIdToken !== undefined && !isJwt(ssoIdToken)
      ? invalid(names.ssoIdToken, "is not a JWT (header.payload.signature)")
      : provider !== undefined && !isProvider(provider)
      ? invalid(names.ssoProvider, `must be one of ${SsoProvider.literals.join(", ")}`)
      : jwt !== undefined && Option.isSome(AccessToken.bearerProblem(jwt))
      ? invalid(names.jwt, "is not a valid bearer token")
      : undefined)
  if (problem !== undefined) return Either.left(problem)
  if (o11yToken !== undefined) return Either.right(Credential.O11y({ token: o11yToken }))
  if (apiKey !== undefined) return Either.right(Credential.ApiKey({ apiKey }))
  if (username !== undefined && password !== undefined) return Either.right(Credential.Password({ username, password }))
  if (ssoIdToken !== undefined && provider !== undefined && isProvider(provider)) {
    return Either.right(Credential.Sso({ idToken: ssoIdToken, provider }))
  }
  if (jwt !== undefined) return Either.right(Credential.Jwt({ token: jwt }))
  return Either.left(
    ConfigError.MissingData(
      [names.apiKey],
      `${names.apiKey} is not set (nor another credential: ${names.username} + ${names.password}, ` +
        `${names.ssoIdToken} + ${names.ssoProvider}, or ${names.jwt})`
    )
  )
}

/** Validates options into the service, reporting problems under `names`. */
export const resolve = (
  options: Options,
  names: SettingNames = Env.optionNames
): Either.Either<Service, ConfigError.ConfigError> =>
  Either.flatMap(
    credential(options, names),
    (chosen) =>
      Either.map(checked(Env.settings(options, names, chosen._tag === "O11y")), (settings): Service => ({
        ...settings,
        credential: chosen,
        retryPolicy: options.retryPolicy ?? RetryPolicy.defaultPolicy,
        refreshPolicy: options.refreshPolicy ?? RefreshPolicy.defaultPolicy,
        retryNonIdempotent: options.retryNonIdempotent ?? false,
        propagateTracing: options.propagateTracing ?? false,
        tracing: options.tracing ?? true,
        tls: Option.fromNullable(settings.tls)
      }))
  )

/**
 * The settings from the environment (the core's `fromVariables`: its secrets `Redacted`), with
 * the names of the variables to report problems under.
 */
export const fromEnv = (): Config.Config<Env.Environment<Redacted.Redacted<string>>> =>
  Config.mapOrFail(
    Config.all(Object.fromEntries(Env.variables().map((name) => [name, Config.option(Config.string(name))]))),
    (env) => checked(Env.fromVariables((name) => Option.getOrUndefined(env[name] ?? Option.none()), Redacted.make))
  )

export const describeConfigError = (error: ConfigError.ConfigError): string => {
  const lines = ConfigError.reduceWithContext(error, undefined, {
    andCase: (_, left: ReadonlyArray<string>, right: ReadonlyArray<string>) => [...left, ...right],
    orCase: (_, left: ReadonlyArray<string>, right: ReadonlyArray<string>) => [...left, ...right],
    invalidDataCase: (_, _path, message) => [message],
    missingDataCase: (
      _,
      path,
      message
    ) => [
      message.endsWith("is not set") || message.includes(" is not set (") ? message : `${path.join(".")} is not set`
    ],
    sourceUnavailableCase: (_, path, message) => [`${path.join(".")} could not be read: ${message}`],
    unsupportedCase: (_, path, message) => [`${path.join(".")}: ${message}`]
  })
  return [...new Set(lines)].join("; ")
}

/** A wrap of per-field Configs, read into options. */
export const unwrap = (wrapped: Config.Config.Wrap<Options>): Config.Config<Options> =>
  Config.isConfig(wrapped) || Object.values(wrapped).some((v) => v !== undefined)
    ? Config.unwrap(wrapped)
    : Config.succeed({})
