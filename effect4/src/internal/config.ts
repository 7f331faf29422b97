/**
 * Validation of the client's settings into a `GalileoConfig` service, and their reading from
 * the environment. Every problem is a `ConfigError` naming the setting (the option or the
 * environment variable) and never its value.
 *
 * @internal
 */
import * as Config from "effect/Config"
import * as ConfigError from "effect/ConfigError"
import * as Result from "effect/Result"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as AccessToken from "../AccessToken.js"
import { SsoProvider } from "../contract/Auth.js"
import * as Credential from "../Credential.js"
import type { Options, Service, SettingNames, Tls, TlsOptions } from "../GalileoConfig.js"
import * as RefreshPolicy from "../RefreshPolicy.js"
import * as RetryPolicy from "../RetryPolicy.js"

export const defaultBaseUrl = "https://api.galileo.ai"
export const defaultPathPrefix = "/v1"
export const defaultMaxResponseBytes = 1024 * 1024
export const maxSecretBytes = 4096

export const optionNames: SettingNames = {
  apiKey: "apiKey",
  username: "username",
  password: "password",
  ssoIdToken: "ssoIdToken",
  ssoProvider: "ssoProvider",
  jwt: "jwt",
  baseUrl: "baseUrl",
  tlsCaCert: "tls.caCertPath",
  tlsClientCert: "tls.clientCertPath",
  tlsClientKey: "tls.clientKeyPath",
  extraHeaders: "extraHeaders",
  o11yToken: "o11yToken",
  realm: "realm"
}

const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/

/** What is wrong with a secret (an API key, a password, a token), if anything; never its value. */
export const secretProblem = (value: string): Option.Option<string> => {
  if (value.length === 0) return Option.some("is empty")
  if (value.trim().length === 0) return Option.some("is blank (only whitespace)")
  if (controlCharacters.test(value)) return Option.some("contains control characters")
  if (value.trim() !== value) return Option.some("has leading or trailing whitespace")
  const bytes = new TextEncoder().encode(value)
  if (bytes.length > maxSecretBytes) return Option.some(`is longer than ${maxSecretBytes} bytes`)
  if (new TextDecoder().decode(bytes) !== value) return Option.some("is not valid Unicode text")
  return Option.none()
}

/** 127.0.0.0/8, ::1 or exactly `localhost` (a `*.localhost` name may go to DNS). */
export const isLoopbackHost = (hostname: string): boolean => /^(localhost|\[::1\]|127(\.\d{1,3}){3})$/.test(hostname)

export const normalizeBaseUrl = (raw: string | URL, allowInsecureHttp: boolean): Result.Result<string, string> => {
  const url = URL.canParse(raw) ? new URL(raw) : undefined
  if (url === undefined) return Result.fail("is not a valid absolute URL")
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return Result.fail("must use https:// (or http:// on loopback)")
  }
  if (url.username !== "" || url.password !== "") return Result.fail("must not contain credentials")
  if (url.search !== "" || url.hash !== "") return Result.fail("must not have a query or a fragment")
  if (url.protocol === "http:" && !allowInsecureHttp && !isLoopbackHost(url.hostname)) {
    return Result.fail("uses plain http:// to a host that is not loopback; use https:// or allow insecure http")
  }
  return Result.succeed(url.href.replace(/\/+$/, ""))
}

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

/** The problem with a secret that is given, if any. */
const secretError = (name: string, value: Redacted.Redacted<string> | undefined): ConfigError.ConfigError | undefined =>
  value === undefined
    ? undefined
    : !Redacted.isRedacted(value)
    ? invalid(name, "is not Redacted")
    : Option.getOrUndefined(Option.map(secretProblem(Redacted.value(value)), (p) => invalid(name, p)))

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
): Result.Result<Credential.Credential, ConfigError.ConfigError> => {
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
  if (username !== undefined && password !== undefined) return Result.succeed(Credential.Password({ username, password }))
  if (ssoIdToken !== undefined && provider !== undefined && isProvider(provider)) {
    return Result.succeed(Credential.Sso({ idToken: ssoIdToken, provider }))
  }
  if (jwt !== undefined) return Result.succeed(Credential.Jwt({ token: jwt }))
  return Result.fail(
    ConfigError.MissingData(
      [names.apiKey],
      `${names.apiKey} is not set (nor another credential: ${names.username} + ${names.password}, ` +
        `${names.ssoIdToken} + ${names.ssoProvider}, or ${names.jwt})`
    )
  )
}

const tlsSettings = (
  options: Options,
  names: SettingNames
): Result.Result<Option.Option<Tls>, ConfigError.ConfigError> => {
  const t = options.tls
  if (t === undefined) return Result.succeed(Option.none())
  if (t.clientKeyPath !== undefined && t.clientCertPath === undefined) {
    return Result.fail(
      ConfigError.MissingData([names.tlsClientCert], `${names.tlsClientCert} is not set (a client key is)`)
    )
  }
  if (t.clientCertPath !== undefined && t.clientKeyPath === undefined) {
    return Result.fail(
      ConfigError.MissingData([names.tlsClientKey], `${names.tlsClientKey} is not set (a client certificate is)`)
    )
  }
  const empty = t.caCertPath === undefined && t.caCert === undefined && t.clientCertPath === undefined &&
    t.rejectUnauthorized !== false
  // CA text given in code is reported under its own option
  const caText = t.caCertPath === undefined && t.caCert !== undefined && names.tlsCaCert === optionNames.tlsCaCert
  return Result.succeed(
    empty ? Option.none() : Option.some({ ...t, names: caText ? { ...names, tlsCaCert: "tls.caCert" } : names })
  )
}

/** Extra headers as given (an object or JSON text), if every name is an RFC 7230 token and no value has a control character. */
const headersOf = (given: unknown): Record<string, string> | undefined => {
  try {
    const parsed: unknown = typeof given === "string" ? JSON.parse(given) : given ?? {}
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return
    const headers: Record<string, string> = {}
    for (const [k, v] of Object.entries(parsed)) {
      if (!/^[\w!#$%&'*+.^`|~-]+$/.test(k) || typeof v !== "string" || /[^\t\x20-\x7e\x80-\xff]/.test(v)) return
      headers[k] = v
    }
    return headers
  } catch {
    return
  }
}

/** Validates options into the service, reporting problems under `names`. */
export const resolve = (
  options: Options,
  names: SettingNames = optionNames
): Result.Result<Service, ConfigError.ConfigError> => {
  const chosen = credential(options, names)
  if (Result.isFailure(chosen)) return Result.fail(chosen.left)
  const maxResponseBytes = options.maxResponseBytes ?? defaultMaxResponseBytes
  if (!Number.isSafeInteger(maxResponseBytes) || maxResponseBytes < 1024) {
    return Result.fail(invalid("maxResponseBytes", "must be a whole number of at least 1024"))
  }
  const o11y = chosen.right._tag === "O11y"
  const rawBase = options.baseUrl ?? (o11y
    ? `https://app.${options.realm}.observability.splunkcloud.com`
    : options.consoleUrl === undefined
    ? defaultBaseUrl
    : apiUrlFromConsoleUrl(options.consoleUrl))
  const baseUrl = normalizeBaseUrl(rawBase, options.allowInsecureHttp ?? false)
  if (Result.isFailure(baseUrl)) return Result.fail(invalid(names.baseUrl, baseUrl.left))
  // an API URL that ends in its version (`/v1`, `/v2`) is the API itself: that is the prefix
  const version = options.pathPrefix === undefined ? /\/v\d+$/.exec(baseUrl.right)?.[0] : undefined
  const base = version === undefined ? baseUrl.right : baseUrl.right.slice(0, -version.length)
  const pathPrefix = (options.pathPrefix ?? version ?? (o11y ? "/ao/api" : defaultPathPrefix)).replace(/^\/*/, "/")
    .replace(/\/+$/, "")
  if (!/^[A-Za-z0-9/_.-]*$/.test(pathPrefix)) return Result.fail(invalid("pathPrefix", "must be a plain URL path"))
  const extraHeaders = headersOf(options.extraHeaders)
  if (extraHeaders === undefined) {
    return Result.fail(
      invalid(names.extraHeaders, "is not an object of valid headers")
    )
  }
  return Result.map(tlsSettings(options, names), (tls): Service => ({
    extraHeaders,
    baseUrl: base,
    pathPrefix,
    apiUrl: `${base}${pathPrefix}`,
    credential: chosen.right,
    retryPolicy: options.retryPolicy ?? RetryPolicy.defaultPolicy,
    refreshPolicy: options.refreshPolicy ?? RefreshPolicy.defaultPolicy,
    maxResponseBytes,
    retryNonIdempotent: options.retryNonIdempotent ?? false,
    propagateTracing: options.propagateTracing ?? false,
    tracing: options.tracing ?? true,
    tls
  }))
}

// ---------------------------------------------------------------------------------------------
// The environment
// ---------------------------------------------------------------------------------------------

/** The settings the official SDKs read under both names (`GALILEO_*`, then `SPLUNK_AO_*`). */
const bridged = [
  "API_KEY",
  "API_URL",
  "CONSOLE_URL",
  "USERNAME",
  "PASSWORD",
  "SSO_ID_TOKEN",
  "SSO_PROVIDER",
  "JWT_TOKEN"
]

/** Every variable read, once each. */
const variables = [
  ...bridged.flatMap((name) => [`GALILEO_${name}`, `SPLUNK_AO_${name}`]),
  ...["CA_CERT_PATH", "CA_CERT_CONTENT", "CLIENT_CERT_PATH", "CLIENT_KEY_PATH", "EXTRA_HEADERS", "REJECT_UNAUTHORIZED"]
    .map((name) => `GALILEO_${name}`),
  "GALILEO_ALLOW_INSECURE_HTTP",
  "SPLUNK_AO_REALM",
  "SPLUNK_AO_O11Y_API_TOKEN",
  "SPLUNK_AO_O11Y_TOKEN",
  "NODE_TLS_REJECT_UNAUTHORIZED"
]

const booleans: Record<string, boolean> = {
  true: true,
  1: true,
  yes: true,
  on: true,
  false: false,
  0: false,
  no: false,
  off: false
}

/**
 * The settings in a set of environment variables (pure), with the names of the variables to
 * report problems under. As splunk-ao bridges them, `SPLUNK_AO_<name>` counts only where
 * `GALILEO_<name>` is unset (an explicit `GALILEO_*` wins, even when empty); a setting not given
 * is named after the family its partner came from, else `GALILEO_*`.
 */
export const fromVariables = (
  get: (name: string) => string | undefined
): Result.Result<readonly [Options, SettingNames], ConfigError.ConfigError> => {
  const first = (...names: ReadonlyArray<string>) => names.find((name) => get(name) !== undefined)
  const used = (name: string) => first(`GALILEO_${name}`, `SPLUNK_AO_${name}`)
  const nameOf = (name: string, partner = "") =>
    used(name) ?? `${used(partner)?.startsWith("S") ? "SPLUNK_AO" : "GALILEO"}_${name}`
  const flag = (name: string): Result.Result<boolean | undefined, ConfigError.ConfigError> => {
    const raw = get(name)
    const value = raw === undefined ? undefined : booleans[raw.trim().toLowerCase()]
    return raw !== undefined && value === undefined
      ? Result.fail(invalid(name, "must be true or false"))
      : Result.succeed(value)
  }
  const names: SettingNames = {
    apiKey: nameOf("API_KEY"),
    username: nameOf("USERNAME", "PASSWORD"),
    password: nameOf("PASSWORD", "USERNAME"),
    ssoIdToken: nameOf("SSO_ID_TOKEN", "SSO_PROVIDER"),
    ssoProvider: nameOf("SSO_PROVIDER", "SSO_ID_TOKEN"),
    jwt: nameOf("JWT_TOKEN"),
    baseUrl: used("API_URL") ?? used("CONSOLE_URL") ?? "GALILEO_API_URL",
    tlsCaCert: first("GALILEO_CA_CERT_PATH", "GALILEO_CA_CERT_CONTENT") ?? "GALILEO_CA_CERT_PATH",
    tlsClientCert: "GALILEO_CLIENT_CERT_PATH",
    tlsClientKey: "GALILEO_CLIENT_KEY_PATH",
    extraHeaders: "GALILEO_EXTRA_HEADERS",
    o11yToken: first("SPLUNK_AO_O11Y_API_TOKEN") ?? "SPLUNK_AO_O11Y_TOKEN",
    realm: "SPLUNK_AO_REALM"
  }
  const secret = (name: string) => {
    const value = get(name)
    return value === undefined ? undefined : Redacted.make(value)
  }
  return Result.flatMap(
    Either.all([flag("GALILEO_REJECT_UNAUTHORIZED"), flag("GALILEO_ALLOW_INSECURE_HTTP")]),
    ([reject, allowInsecureHttp]) => {
      const rejectUnauthorized = reject ?? (get("NODE_TLS_REJECT_UNAUTHORIZED")?.trim() === "0" ? false : undefined)
      const tls = {
        caCertPath: get("GALILEO_CA_CERT_PATH"),
        caCert: get("GALILEO_CA_CERT_CONTENT"),
        clientCertPath: get(names.tlsClientCert),
        clientKeyPath: get(names.tlsClientKey),
        rejectUnauthorized
      }
      const options: Options = {
        apiKey: secret(names.apiKey),
        username: get(names.username),
        password: secret(names.password),
        ssoIdToken: secret(names.ssoIdToken),
        ssoProvider: get(names.ssoProvider),
        jwt: secret(names.jwt),
        baseUrl: get(nameOf("API_URL")),
        consoleUrl: get(nameOf("CONSOLE_URL")),
        allowInsecureHttp,
        extraHeaders: get(names.extraHeaders),
        o11yToken: secret(names.o11yToken),
        realm: get(names.realm),
        tls: Object.values(tls).some((v) => v !== undefined) ? tls : undefined
      }
      return Result.succeed([options, names] as const)
    }
  )
}

/** The settings from the environment (see {@link fromVariables}). */
export const fromEnv = (): Config.Config<readonly [Options, SettingNames]> =>
  Config.mapOrFail(
    Config.all(Object.fromEntries(variables.map((name) => [name, Config.option(Config.string(name))]))),
    (env) => fromVariables((name) => Option.getOrUndefined(env[name] ?? Option.none()))
  )

/**
 * The TLS settings of code over the environment's, field by field. The CA is one setting in two
 * forms: a CA given in code, as a file or as text, replaces the environment's in both.
 */
const mergeTls = (env: TlsOptions | undefined, code: TlsOptions | undefined): TlsOptions | undefined => {
  if (code === undefined) return env
  const caInCode = code.caCertPath !== undefined || code.caCert !== undefined
  return {
    caCertPath: caInCode ? code.caCertPath : env?.caCertPath,
    caCert: caInCode ? code.caCert : env?.caCert,
    clientCertPath: code.clientCertPath ?? env?.clientCertPath,
    clientKeyPath: code.clientKeyPath ?? env?.clientKeyPath,
    rejectUnauthorized: code.rejectUnauthorized ?? env?.rejectUnauthorized
  }
}

/**
 * The names of the TLS settings once merged: an option's where code gave the value, the
 * variable's where the environment did. A missing half of the client pair is named after the
 * source of the half that is given, as the credential pairs are.
 */
const tlsNames = (
  names: SettingNames,
  env: TlsOptions | undefined,
  code: TlsOptions | undefined
): Pick<SettingNames, "tlsCaCert" | "tlsClientCert" | "tlsClientKey"> => {
  const inCode = (key: keyof TlsOptions) => code?.[key] !== undefined
  const inEnv = (key: keyof TlsOptions) => env?.[key] !== undefined
  const fromCode = (key: "clientCertPath" | "clientKeyPath", partner: "clientCertPath" | "clientKeyPath") =>
    inCode(key) || (!inEnv(key) && inCode(partner))
  return {
    tlsCaCert: inCode("caCertPath") || inCode("caCert") ? optionNames.tlsCaCert : names.tlsCaCert,
    tlsClientCert: fromCode("clientCertPath", "clientKeyPath") ? optionNames.tlsClientCert : names.tlsClientCert,
    tlsClientKey: fromCode("clientKeyPath", "clientCertPath") ? optionNames.tlsClientKey : names.tlsClientKey
  }
}

/**
 * The settings given in code win over the environment's (`tls` field by field); problems are
 * named accordingly.
 */
export const merge = (
  env: readonly [Options, SettingNames],
  overrides: Options
): readonly [Options, SettingNames] => {
  const [options, names] = env
  const given = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined))
  const renamed: SettingNames = {
    ...names,
    ...Object.fromEntries(
      Object.entries(optionNames).filter(([key]) => key in given || (key === "baseUrl" && "consoleUrl" in given))
    ),
    ...tlsNames(names, options.tls, overrides.tls)
  }
  // a console URL given in code wins over an API URL from the environment
  const base = "consoleUrl" in given && !("baseUrl" in given) ? { ...options, baseUrl: undefined } : options
  return [{ ...base, ...given, tls: mergeTls(options.tls, overrides.tls) }, renamed]
}

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
