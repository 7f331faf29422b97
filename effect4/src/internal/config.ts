/**
 * Validation of the client's settings into a `GalileoConfig` service, and their reading from
 * the environment. Every problem is a `ConfigError` naming the setting (the option or the
 * environment variable) and never its value. The decisions and their messages are the
 * Effect-free core's (`core/client/environment`); this module turns them into `Config` values and
 * `ConfigError`s; the core reads the environment's secrets straight into `Redacted.make`.
 *
 * In Effect 4 a `ConfigError` is one class around a `SourceError` or a `SchemaError`: a problem
 * found here is a `SourceError` whose message is the core's (`apiKey is empty`), and
 * {@link describeConfigError} gives that message back as it is.
 *
 * @internal
 */
import * as Config from "effect/Config"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"
import type { StandardSchemaV1 } from "effect/StandardSchema"
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

/** A `ConfigError` with exactly this message (naming the setting, never its value). */
export const configError = (message: string): Config.ConfigError =>
  new Config.ConfigError(new ConfigProvider.SourceError({ message }))

const invalid = (name: string, problem: string): Config.ConfigError => configError(`${name} ${problem}`)

/** A decision of the core, its problem as a `ConfigError`. */
const checked = <A>(decision: A | Env.Problem): Result.Result<A, Config.ConfigError> =>
  decision instanceof Env.Problem ? Result.fail(configError(decision.message)) : Result.succeed(decision)

/** The problem with a secret that is given, if any. */
const secretError = (name: string, value: Redacted.Redacted<string> | undefined): Config.ConfigError | undefined => {
  if (value === undefined) return undefined
  const problem = Redacted.isRedacted(value) ? Env.secretProblem(Redacted.value(value)) : "is not Redacted"
  return problem === undefined ? undefined : invalid(name, problem)
}

/** A half of a pair given without the other: the missing one is named. */
const pairError = (a: unknown, b: unknown, names: readonly [string, string]): Config.ConfigError | undefined => {
  if ((a === undefined) === (b === undefined)) return undefined
  const [missing, given] = a === undefined ? names : [names[1], names[0]]
  return configError(`${missing} is not set (${given} is)`)
}

const isJwt = (token: Redacted.Redacted<string>): boolean =>
  Option.isSome(AccessToken.readClaims(token)) && Option.isNone(AccessToken.bearerProblem(token))

const isProvider = (s: string): s is SsoProvider => SsoProvider.literals.some((p) => p === s)

/** The credential by the official SDKs' precedence, after checking every one that is given. */
export const credential = (
  options: Options,
  names: SettingNames
): Result.Result<Credential.Credential, Config.ConfigError> => {
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
  if (problem !== undefined) return Result.fail(problem)
  if (o11yToken !== undefined) return Result.succeed(Credential.O11y({ token: o11yToken }))
  if (apiKey !== undefined) return Result.succeed(Credential.ApiKey({ apiKey }))
  if (username !== undefined && password !== undefined) {
    return Result.succeed(Credential.Password({ username, password }))
  }
  if (ssoIdToken !== undefined && provider !== undefined && isProvider(provider)) {
    return Result.succeed(Credential.Sso({ idToken: ssoIdToken, provider }))
  }
  if (jwt !== undefined) return Result.succeed(Credential.Jwt({ token: jwt }))
  return Result.fail(
    configError(
      `${names.apiKey} is not set (nor another credential: ${names.username} + ${names.password}, ` +
        `${names.ssoIdToken} + ${names.ssoProvider}, or ${names.jwt})`
    )
  )
}

/** Validates options into the service, reporting problems under `names`. */
export const resolve = (
  options: Options,
  names: SettingNames = Env.optionNames
): Result.Result<Service, Config.ConfigError> =>
  Result.flatMap(
    credential(options, names),
    (chosen) =>
      Result.map(checked(Env.settings(options, names, chosen._tag === "O11y")), (settings): Service => ({
        ...settings,
        credential: chosen,
        retryPolicy: options.retryPolicy ?? RetryPolicy.defaultPolicy,
        refreshPolicy: options.refreshPolicy ?? RefreshPolicy.defaultPolicy,
        retryNonIdempotent: options.retryNonIdempotent ?? false,
        propagateTracing: options.propagateTracing ?? false,
        tracing: options.tracing ?? true,
        tls: Option.fromUndefinedOr(settings.tls)
      }))
  )

/**
 * The settings from the environment (the core's `fromVariables`: its secrets `Redacted`), with
 * the names of the variables to report problems under.
 */
export const fromEnv = (): Config.Config<Env.Environment<Redacted.Redacted<string>>> =>
  Config.all(Object.fromEntries(Env.variables().map((name) => [name, Config.option(Config.String(name))]))).pipe(
    Config.mapEffect((env) =>
      Effect.fromResult(
        checked(Env.fromVariables((name) => Option.getOrUndefined(env[name] ?? Option.none()), Redacted.make))
      )
    )
  )

/**
 * One line of a schema issue: `NAME is not set` for a variable that is missing (a `Config` reads
 * text, so an absent value is the one that is not a string).
 */
const issueLine = ({ message, path = [] }: StandardSchemaV1.Issue): string => {
  const name = path.map((segment) => String(typeof segment === "object" ? segment.key : segment)).join(".")
  return message === "Expected string" ? `${name} is not set` : name === "" ? message : `${name}: ${message}`
}

/**
 * A `ConfigError` as one readable line: the message of a problem found here as it is, each
 * problem of a `Config` of the user's once (`MY_KEY is not set`).
 */
export const describeConfigError = (error: Config.ConfigError): string =>
  Schema.isSchemaError(error.cause)
    ? [...new Set(SchemaIssue.makeFormatterStandardSchemaV1()(error.cause.issue).issues.map(issueLine))].join("; ")
    : error.cause.message

/** A wrap of per-field Configs, read into options. */
export const unwrap = (wrapped: Config.Wrap<Options>): Config.Config<Options> =>
  Config.isConfig(wrapped) || Object.values(wrapped).some((v) => v !== undefined)
    ? Config.unwrap(wrapped)
    : Config.succeed({})
