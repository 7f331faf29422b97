/**
 * Validation of the client's settings into a `GalileoConfig` service, and their reading from
 * the environment. Every problem is a `ConfigError` naming the setting (the option or the
 * environment variable) and never its value.
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

const tlsSettings = (
  options: Options,
  names: SettingNames
): Either.Either<Option.Option<Tls>, ConfigError.ConfigError> => {
  const t = options.tls
  if (t === undefined) return Either.right(Option.none())
  if (t.clientKeyPath !== undefined && t.clientCertPath === undefined) {
    return Either.left(
      ConfigError.MissingData([names.tlsClientCert], `${names.tlsClientCert} is not set (a client key is)`)
    )
  }
  if (t.clientCertPath !== undefined && t.clientKeyPath === undefined) {
    return Either.left(
      ConfigError.MissingData([names.tlsClientKey], `${names.tlsClientKey} is not set (a client certificate is)`)
    )
  }
  const empty = t.caCertPath === undefined && t.caCert === undefined && t.clientCertPath === undefined &&
    t.rejectUnauthorized !== false
  // CA text given in code is reported under its own option
  const caText = t.caCertPath === undefined && t.caCert !== undefined && names.tlsCaCert === optionNames.tlsCaCert
  return Either.right(
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
): Either.Either<Service, ConfigError.ConfigError> => {
  const chosen = credential(options, names)
  if (Either.isLeft(chosen)) return Either.left(chosen.left)
  const maxResponseBytes = options.maxResponseBytes ?? defaultMaxResponseBytes
  if (!Number.isSafeInteger(maxResponseBytes) || maxResponseBytes < 1024) {
    return Either.left(invalid("maxResponseBytes", "must be a whole number of at least 1024"))
  }
  const o11y = chosen.right._tag === "O11y"
  const rawBase = options.baseUrl ?? (o11y
    ? `https://app.${options.realm}.observability.splunkcloud.com`
    : options.consoleUrl === undefined
    ? defaultBaseUrl
    : apiUrlFromConsoleUrl(options.consoleUrl))
  const baseUrl = normalizeBaseUrl(rawBase, options.allowInsecureHttp ?? false)
  if (Either.isLeft(baseUrl)) return Either.left(invalid(names.baseUrl, baseUrl.left))
  // an API URL that ends in its version (`/v1`, `/v2`) is the API itself: that is the prefix
  const version = options.pathPrefix === undefined ? /\/v\d+$/.exec(baseUrl.right)?.[0] : undefined
  const base = version === undefined ? baseUrl.right : baseUrl.right.slice(0, -version.length)
  const pathPrefix = (options.pathPrefix ?? version ?? (o11y ? "/ao/api" : defaultPathPrefix)).replace(/^\/*/, "/")
    .replace(/\/+$/, "")
  if (!/^[A-Za-z0-9/_.-]*$/.test(pathPrefix)) return Either.left(invalid("pathPrefix", "must be a plain URL path"))
  const extraHeaders = headersOf(options.extraHeaders)
  if (extraHeaders === undefined) {
    return Either.left(
      invalid(names.extraHeaders, "is not an object of valid headers")
    )
  }
  return Either.map(tlsSettings(options, names), (tls): Service => ({
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

/**
 * `GALILEO_<name>` when set, else `SPLUNK_AO_<name>`, with the name of the variable used: as
 * splunk-ao copies each `SPLUNK_AO_*` into its `GALILEO_*` only when that is unset.
 */
const either = (name: string) =>
  Config.all([
    Config.option(Config.string(`GALILEO_${name}`)),
    Config.option(Config.string(`SPLUNK_AO_${name}`))
  ]).pipe(
    Config.map(([galileo, splunk]) =>
      Option.orElse(
        Option.map(galileo, (value) => ({ value, name: `GALILEO_${name}` })),
        () => Option.map(splunk, (value) => ({ value, name: `SPLUNK_AO_${name}` }))
      )
    )
  )

const only = (family: string) => (name: string) =>
  Config.map(
    Config.option(Config.string(`${family}${name}`)),
    Option.map((value) => ({ value, name: `${family}${name}` }))
  )
const galileoOnly = only("GALILEO_")
const splunkOnly = only("SPLUNK_AO_")

const flag = (name: string, problem: string) =>
  Config.string(name).pipe(
    Config.option,
    Config.mapOrFail((raw) =>
      Option.match(raw, {
        onNone: () => Either.right(Option.none<boolean>()),
        onSome: (v) => {
          const value = v.trim().toLowerCase()
          if (["true", "1", "yes", "on"].includes(value)) return Either.right(Option.some(true))
          if (["false", "0", "no", "off"].includes(value)) return Either.right(Option.some(false))
          return Either.left(invalid(name, problem))
        }
      })
    )
  )

type Named = Option.Option<{ readonly value: string; readonly name: string }>

const nameOf = (setting: Named, fallback: string): string =>
  Option.match(setting, { onNone: () => fallback, onSome: (s) => s.name })
/** The name of one half of a pair: its own variable, else the one of the family its partner came from. */
const partnerName = (setting: Named, partner: Named, name: string): string =>
  nameOf(setting, nameOf(partner, "GALILEO_").startsWith("SPLUNK_AO_") ? `SPLUNK_AO_${name}` : `GALILEO_${name}`)
const valueOf = (setting: Named): string | undefined => Option.getOrUndefined(Option.map(setting, (s) => s.value))
const secretOf = (setting: Named): Redacted.Redacted<string> | undefined =>
  Option.getOrUndefined(Option.map(setting, (s) => Redacted.make(s.value)))

/**
 * The settings from the environment: both `GALILEO_*` and `SPLUNK_AO_*` names (the first wins
 * where both are set), with the names of the variables to report problems under.
 */
export const fromEnv = (): Config.Config<readonly [Options, SettingNames]> =>
  Config.all({
    apiKey: either("API_KEY"),
    apiUrl: either("API_URL"),
    consoleUrl: either("CONSOLE_URL"),
    username: either("USERNAME"),
    password: either("PASSWORD"),
    ssoIdToken: either("SSO_ID_TOKEN"),
    ssoProvider: either("SSO_PROVIDER"),
    jwt: either("JWT_TOKEN"),
    caCertPath: galileoOnly("CA_CERT_PATH"),
    caCert: galileoOnly("CA_CERT_CONTENT"),
    clientCertPath: galileoOnly("CLIENT_CERT_PATH"),
    clientKeyPath: galileoOnly("CLIENT_KEY_PATH"),
    extraHeaders: galileoOnly("EXTRA_HEADERS"),
    realm: splunkOnly("REALM"),
    o11yToken: Config.map(
      Config.all([splunkOnly("O11Y_API_TOKEN"), splunkOnly("O11Y_TOKEN")]),
      ([api, ingest]) => Option.orElse(api, () => ingest)
    ),
    rejectUnauthorized: flag("GALILEO_REJECT_UNAUTHORIZED", "must be true or false"),
    nodeRejectUnauthorized: Config.option(Config.string("NODE_TLS_REJECT_UNAUTHORIZED")),
    allowInsecureHttp: flag("GALILEO_ALLOW_INSECURE_HTTP", "must be true or false")
  }).pipe(Config.map((env) => {
    const names: SettingNames = {
      apiKey: nameOf(env.apiKey, "GALILEO_API_KEY"),
      username: partnerName(env.username, env.password, "USERNAME"),
      password: partnerName(env.password, env.username, "PASSWORD"),
      ssoIdToken: partnerName(env.ssoIdToken, env.ssoProvider, "SSO_ID_TOKEN"),
      ssoProvider: partnerName(env.ssoProvider, env.ssoIdToken, "SSO_PROVIDER"),
      jwt: nameOf(env.jwt, "GALILEO_JWT_TOKEN"),
      baseUrl: Option.isSome(env.apiUrl)
        ? nameOf(env.apiUrl, "GALILEO_API_URL")
        : nameOf(env.consoleUrl, "GALILEO_API_URL"),
      tlsCaCert: nameOf(env.caCertPath, nameOf(env.caCert, "GALILEO_CA_CERT_PATH")),
      tlsClientCert: "GALILEO_CLIENT_CERT_PATH",
      tlsClientKey: "GALILEO_CLIENT_KEY_PATH",
      extraHeaders: "GALILEO_EXTRA_HEADERS",
      o11yToken: nameOf(env.o11yToken, "SPLUNK_AO_O11Y_TOKEN"),
      realm: "SPLUNK_AO_REALM"
    }
    const rejectUnauthorized = Option.orElse(
      env.rejectUnauthorized,
      () => Option.map(Option.filter(env.nodeRejectUnauthorized, (v) => v.trim() === "0"), () => false)
    )
    const tlsGiven = [env.caCertPath, env.caCert, env.clientCertPath, env.clientKeyPath].some(Option.isSome) ||
      Option.isSome(rejectUnauthorized)
    const options: Options = {
      apiKey: secretOf(env.apiKey),
      username: valueOf(env.username),
      password: secretOf(env.password),
      ssoIdToken: secretOf(env.ssoIdToken),
      ssoProvider: valueOf(env.ssoProvider),
      jwt: secretOf(env.jwt),
      baseUrl: valueOf(env.apiUrl),
      consoleUrl: valueOf(env.consoleUrl),
      allowInsecureHttp: Option.getOrUndefined(env.allowInsecureHttp),
      extraHeaders: valueOf(env.extraHeaders),
      o11yToken: secretOf(env.o11yToken),
      realm: valueOf(env.realm),
      tls: tlsGiven
        ? {
          caCertPath: valueOf(env.caCertPath),
          caCert: valueOf(env.caCert),
          clientCertPath: valueOf(env.clientCertPath),
          clientKeyPath: valueOf(env.clientKeyPath),
          rejectUnauthorized: Option.getOrUndefined(rejectUnauthorized)
        }
        : undefined
    }
    return [options, names] as const
  }))

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
