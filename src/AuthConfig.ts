/**
 * Configuration of the Galileo client: the options users pass, their validation into a
 * {@link Resolved} configuration, and reading them from `GALILEO_*` environment variables
 * through Effect's `Config`.
 *
 * Invalid configuration fails with a `ConfigError` that names the setting and never shows
 * its value, before any request is sent.
 *
 * @since 0.1.0
 */
import { Config, ConfigError, Either, Option, Redacted } from "effect"
import * as RefreshPolicy from "./RefreshPolicy.js"
import * as RetryPolicy from "./RetryPolicy.js"

/**
 * Galileo's public API, the default target.
 *
 * @since 0.1.0
 */
export const defaultBaseUrl = "https://api.galileo.ai"

/**
 * The largest API key accepted, in UTF-8 bytes.
 *
 * @since 0.1.0
 */
export const maxApiKeyBytes = 4096

/**
 * What users configure.
 *
 * @since 0.1.0
 */
export interface Options {
  /** The Galileo API key. */
  readonly apiKey: Redacted.Redacted<string>
  /** The API's base URL; default `https://api.galileo.ai`. */
  readonly baseUrl?: string | URL | undefined
  /** Path put before `/login/api_key`; default `/v1` (the official SDKs use `""`). */
  readonly pathPrefix?: string | undefined
  /** Allow plain `http://` to a host that is not loopback; default `false`. */
  readonly allowInsecureHttp?: boolean | undefined
  /** The retry policy of every Galileo call; default {@link RetryPolicy.defaultPolicy}. */
  readonly retryPolicy?: RetryPolicy.RetryPolicy | undefined
  /** The token refresh policy; default {@link RefreshPolicy.defaultPolicy}. */
  readonly refreshPolicy?: RefreshPolicy.RefreshPolicy | undefined
  /** The most bytes of a response body that are read; default 1 MiB. */
  readonly maxResponseBytes?: number | undefined
}

/**
 * A validated configuration.
 *
 * @since 0.1.0
 */
export interface Resolved {
  readonly apiKey: Redacted.Redacted<string>
  /** Base URL without a trailing `/`. */
  readonly baseUrl: string
  /** The full URL of the login operation. */
  readonly loginUrl: string
  readonly retryPolicy: RetryPolicy.RetryPolicy
  readonly refreshPolicy: RefreshPolicy.RefreshPolicy
  readonly maxResponseBytes: number
}

/**
 * The names under which settings are reported in a `ConfigError`.
 *
 * @since 0.1.0
 */
export interface SettingNames {
  readonly apiKey: string
  readonly baseUrl: string
}

/**
 * The most bytes of a response body read when no limit is given (1 MiB).
 *
 * @since 0.1.0
 */
export const defaultMaxResponseBytes = 1024 * 1024

const optionNames: SettingNames = { apiKey: "apiKey", baseUrl: "baseUrl" }

const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/

/**
 * What is wrong with an API key, if anything. Never mentions the key itself.
 *
 * @since 0.1.0
 */
export const apiKeyProblem = (key: string): Option.Option<string> => {
  if (key.length === 0) return Option.some("is empty")
  if (key.trim().length === 0) return Option.some("is blank (only whitespace)")
  if (controlCharacters.test(key)) return Option.some("contains control characters")
  if (key.trim() !== key) return Option.some("has leading or trailing whitespace")
  const bytes = new TextEncoder().encode(key)
  if (bytes.length > maxApiKeyBytes) return Option.some(`is longer than ${maxApiKeyBytes} bytes`)
  if (new TextDecoder().decode(bytes) !== key) return Option.some("is not valid Unicode text")
  return Option.none()
}

/**
 * Whether a host name is a loopback address (`localhost`, `127.0.0.0/8`, `::1`).
 *
 * @since 0.1.0
 */
export const isLoopbackHost = (hostname: string): boolean =>
  hostname === "localhost" || hostname.endsWith(".localhost") || hostname === "[::1]" || hostname === "::1" ||
  /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)

/**
 * What is wrong with a base URL, if anything; else the URL without its trailing `/`.
 *
 * @since 0.1.0
 */
export const normalizeBaseUrl = (raw: string | URL, allowInsecureHttp: boolean): Either.Either<string, string> => {
  const url = URL.canParse(raw) ? new URL(raw) : undefined
  if (url === undefined) return Either.left("is not a valid absolute URL")
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return Either.left("must use https:// (or http:// on loopback)")
  }
  if (url.username !== "" || url.password !== "") return Either.left("must not contain credentials")
  if (url.search !== "" || url.hash !== "") return Either.left("must not have a query or a fragment")
  if (url.protocol === "http:" && !allowInsecureHttp && !isLoopbackHost(url.hostname)) {
    return Either.left("uses plain http:// to a host that is not loopback; use https:// or allow insecure http")
  }
  return Either.right(url.href.replace(/\/+$/, ""))
}

/**
 * The API URL the official SDKs derive from a console URL: `app.galileo.ai` becomes
 * `api.galileo.ai`, else the first `console` in the host becomes `api`; a loopback console is
 * its own API; a trailing `/` is dropped.
 *
 * @example
 * ```ts
 * import { AuthConfig } from "galileo-effect"
 *
 * AuthConfig.apiUrlFromConsoleUrl("https://console.acme.galileo.ai/") // "https://api.acme.galileo.ai"
 * ```
 * @since 0.1.0
 */
export const apiUrlFromConsoleUrl = (consoleUrl: string): string => {
  const trimmed = consoleUrl.trim().replace(/\/+$/, "")
  if (!URL.canParse(trimmed)) return trimmed
  const url = new URL(trimmed)
  if (isLoopbackHost(url.hostname)) return trimmed
  const host = url.hostname === "app.galileo.ai" ? "api.galileo.ai" : url.hostname.replace("console", "api")
  return trimmed.replace(url.hostname, host)
}

const invalid = (name: string, problem: string): ConfigError.ConfigError =>
  ConfigError.InvalidData([name], `${name} ${problem}`)

/**
 * Validates options into a {@link Resolved} configuration, reporting problems under `names`.
 *
 * @since 0.1.0
 */
export const resolve = (
  options: Options,
  names: SettingNames = optionNames
): Either.Either<Resolved, ConfigError.ConfigError> => {
  const keyProblem = apiKeyProblem(Redacted.value(options.apiKey))
  if (Option.isSome(keyProblem)) return Either.left(invalid(names.apiKey, keyProblem.value))
  const prefix = (options.pathPrefix ?? "/v1").replace(/^\/*/, "/").replace(/\/+$/, "")
  if (!/^[A-Za-z0-9/_.-]*$/.test(prefix)) return Either.left(invalid("pathPrefix", "must be a plain URL path"))
  const maxResponseBytes = options.maxResponseBytes ?? defaultMaxResponseBytes
  if (!Number.isSafeInteger(maxResponseBytes) || maxResponseBytes < 1024) {
    return Either.left(invalid("maxResponseBytes", "must be a whole number of at least 1024"))
  }
  return Either.map(
    Either.mapLeft(
      normalizeBaseUrl(options.baseUrl ?? defaultBaseUrl, options.allowInsecureHttp ?? false),
      (problem) => invalid(names.baseUrl, problem)
    ),
    (baseUrl): Resolved => ({
      apiKey: options.apiKey,
      baseUrl,
      loginUrl: `${baseUrl}${prefix}/login/api_key`,
      retryPolicy: options.retryPolicy ?? RetryPolicy.defaultPolicy,
      refreshPolicy: options.refreshPolicy ?? RefreshPolicy.defaultPolicy,
      maxResponseBytes
    })
  )
}

/**
 * Reads the client's settings from the environment (or any `ConfigProvider`):
 * `GALILEO_API_KEY` (required), `GALILEO_API_URL`, else `GALILEO_CONSOLE_URL` turned into an API
 * URL, else `https://api.galileo.ai`; `GALILEO_ALLOW_INSECURE_HTTP` (boolean). Other options are
 * taken from `overrides`. Validates them like {@link resolve}, naming the variables in errors.
 *
 * @since 0.1.0
 */
export const fromEnv = (overrides: Omit<Options, "apiKey" | "baseUrl"> = {}): Config.Config<Resolved> =>
  Config.all({
    apiKey: Config.redacted("GALILEO_API_KEY"),
    apiUrl: Config.option(Config.string("GALILEO_API_URL")),
    consoleUrl: Config.option(Config.string("GALILEO_CONSOLE_URL")),
    allowInsecureHttp: Config.withDefault(Config.boolean("GALILEO_ALLOW_INSECURE_HTTP"), false)
  }).pipe(
    Config.mapOrFail(({ allowInsecureHttp, apiKey, apiUrl, consoleUrl }) => {
      const baseUrl = Option.orElse(apiUrl, () => Option.map(consoleUrl, apiUrlFromConsoleUrl))
      const baseUrlName = Option.isSome(apiUrl) ? "GALILEO_API_URL" : "GALILEO_CONSOLE_URL"
      return resolve(
        { ...overrides, apiKey, baseUrl: Option.getOrUndefined(baseUrl), allowInsecureHttp },
        { apiKey: "GALILEO_API_KEY", baseUrl: baseUrlName }
      )
    })
  )

/**
 * A `ConfigError` as one readable line: each problem once, `GALILEO_API_KEY is not set` for
 * missing settings. Shows no values (the messages never hold any).
 *
 * @since 0.1.0
 */
export const describeConfigError = (error: ConfigError.ConfigError): string => {
  const lines = ConfigError.reduceWithContext(error, undefined, {
    andCase: (_, left: ReadonlyArray<string>, right: ReadonlyArray<string>) => [...left, ...right],
    orCase: (_, left: ReadonlyArray<string>, right: ReadonlyArray<string>) => [...left, ...right],
    invalidDataCase: (_, _path, message) => [message],
    missingDataCase: (_, path) => [`${path.join(".")} is not set`],
    sourceUnavailableCase: (_, path, message) => [`${path.join(".")} could not be read: ${message}`],
    unsupportedCase: (_, path, message) => [`${path.join(".")}: ${message}`]
  })
  return [...new Set(lines)].join("; ")
}
