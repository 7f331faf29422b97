/**
 * The client's settings as decisions of their own, written once for both Effect lines: which
 * environment variable is read (`GALILEO_*` over `SPLUNK_AO_*`, as splunk-ao bridges them), the
 * names problems are reported under, the URL rules (loopback, console URL → API URL, the version
 * prefix), extra headers, the shape of a secret, and every message. Plain TypeScript, no Effect:
 * a decision is its value or a {@link Problem} (the setting's name and a message that never holds
 * its value), which each line turns into its `ConfigError`.
 *
 * {@link fromVariables} reads each secret straight into the caller's wrapper (`Redacted.make`): no
 * plain secret leaves it.
 *
 * @since 0.3.0
 */

/**
 * A setting that is wrong: its name (an option or a variable) and a message that starts with
 * that name and never holds its value. `missing` when the setting is not given at all.
 *
 * @since 0.3.0
 * @category models
 */
export class Problem {
  // assigned by the constructor (`declare`: no field initialisers emitted beside it)
  declare readonly name: string
  declare readonly message: string
  declare readonly missing: boolean
  constructor(name: string, text: string, missing = false) {
    this.name = name
    this.message = `${name} ${text}`
    this.missing = missing
  }
}

/**
 * The names under which settings are reported: the options' names, or the variables'.
 *
 * @since 0.3.0
 * @category models
 */
export interface SettingNames {
  readonly apiKey: string
  readonly username: string
  readonly password: string
  readonly ssoIdToken: string
  readonly ssoProvider: string
  readonly jwt: string
  readonly baseUrl: string
  readonly tlsCaCert: string
  readonly tlsClientCert: string
  readonly tlsClientKey: string
  readonly extraHeaders: string
  readonly o11yToken: string
  readonly realm: string
}

/**
 * TLS settings as given (in code or by the environment).
 *
 * @since 0.3.0
 * @category models
 */
export interface TlsSettings {
  readonly caCertPath?: string | undefined
  readonly caCert?: string | undefined
  readonly clientCertPath?: string | undefined
  readonly clientKeyPath?: string | undefined
  readonly rejectUnauthorized?: boolean | undefined
}

/**
 * Galileo's public API, the default target.
 *
 * @since 0.3.0
 * @category constants
 */
export const defaultBaseUrl = "https://api.galileo.ai"

/**
 * The default path prefix (`/ao/api` in O11y mode).
 *
 * @since 0.3.0
 * @category constants
 */
export const defaultPathPrefix = "/v1"

/**
 * The most bytes of a response body read by default (1 MiB).
 *
 * @since 0.3.0
 * @category constants
 */
export const defaultMaxResponseBytes = 1024 * 1024

/**
 * The longest secret accepted, in UTF-8 bytes.
 *
 * @since 0.3.0
 * @category constants
 */
export const maxSecretBytes = 4096

/**
 * The options' names, under which problems of settings given in code are reported.
 *
 * @since 0.3.0
 * @category constants
 */
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

/**
 * What is wrong with a secret (an API key, a password, a token), if anything; never its value.
 *
 * @since 0.3.0
 * @category validation
 */
export const secretProblem = (value: string): string | undefined => {
  if (value.length === 0) return "is empty"
  if (value.trim().length === 0) return "is blank (only whitespace)"
  if (controlCharacters.test(value)) return "contains control characters"
  if (value.trim() !== value) return "has leading or trailing whitespace"
  const bytes = new TextEncoder().encode(value)
  if (bytes.length > maxSecretBytes) return `is longer than ${maxSecretBytes} bytes`
  if (new TextDecoder().decode(bytes) !== value) return "is not valid Unicode text"
  return undefined
}

/**
 * 127.0.0.0/8, ::1 or exactly `localhost` (a `*.localhost` name may go to DNS).
 *
 * @since 0.3.0
 * @category validation
 */
export const isLoopbackHost = (hostname: string): boolean => /^(localhost|\[::1\]|127(\.\d{1,3}){3})$/.test(hostname)

/**
 * The API URL the official SDKs derive from a console URL: `app.galileo.ai` becomes
 * `api.galileo.ai`, else the first `console` in the host becomes `api`; a loopback console is
 * its own API; a trailing `/` is dropped.
 *
 * @since 0.3.0
 * @category utils
 */
export const apiUrlFromConsoleUrl = (consoleUrl: string): string => {
  const trimmed = consoleUrl.trim().replace(/\/+$/, "")
  if (!URL.canParse(trimmed)) return trimmed
  const url = new URL(trimmed)
  if (isLoopbackHost(url.hostname)) return trimmed
  const host = url.hostname === "app.galileo.ai" ? "api.galileo.ai" : url.hostname.replace("console", "api")
  return trimmed.replace(url.hostname, host)
}

/** What is wrong with a base URL, or the URL. */
const baseUrlOf = (raw: string | URL, allowInsecureHttp: boolean): URL | string => {
  const url = URL.canParse(raw) ? new URL(raw) : undefined
  if (url === undefined) return "is not a valid absolute URL"
  if (url.protocol !== "https:" && url.protocol !== "http:") return "must use https:// (or http:// on loopback)"
  if (url.username !== "" || url.password !== "") return "must not contain credentials"
  if (url.search !== "" || url.hash !== "") return "must not have a query or a fragment"
  if (url.protocol === "http:" && !allowInsecureHttp && !isLoopbackHost(url.hostname)) {
    return "uses plain http:// to a host that is not loopback; use https:// or allow insecure http"
  }
  return url
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

/**
 * The settings {@link settings} checks (all but the credential).
 *
 * @since 0.3.0
 * @category models
 */
export interface SettingsInput<T extends TlsSettings> {
  readonly baseUrl?: string | URL | undefined
  readonly consoleUrl?: string | undefined
  readonly pathPrefix?: string | undefined
  readonly allowInsecureHttp?: boolean | undefined
  readonly maxResponseBytes?: number | undefined
  readonly extraHeaders?: unknown
  /** The O11y realm: in O11y mode, the default API is Splunk Observability Cloud's in that realm. */
  readonly realm?: string | undefined
  readonly tls?: T | undefined
}

/**
 * Where calls go, how much is read, what is sent besides, and the TLS settings to apply with the
 * names to report their file problems under (`undefined`: none that change anything).
 *
 * @since 0.3.0
 * @category models
 */
export interface Checked<T extends TlsSettings> {
  readonly baseUrl: string
  readonly pathPrefix: string
  readonly apiUrl: string
  readonly maxResponseBytes: number
  readonly extraHeaders: Readonly<Record<string, string>>
  readonly tls: (T & { readonly names: SettingNames }) | undefined
}

/**
 * Checks, in this order: the body cap; the base URL (default, console URL or, in O11y mode, the
 * realm's; an API URL that ends in its version, `/v1`, is the API itself: that is the prefix); the
 * path prefix; the extra headers; TLS (a client certificate and key come together; no CA, no
 * client certificate and verification on is no TLS setting).
 *
 * @since 0.3.0
 * @category validation
 */
export const settings = <T extends TlsSettings>(
  input: SettingsInput<T>,
  names: SettingNames,
  o11y: boolean
): Checked<T> | Problem => {
  const maxResponseBytes = input.maxResponseBytes ?? defaultMaxResponseBytes
  if (!Number.isSafeInteger(maxResponseBytes) || maxResponseBytes < 1024) {
    return new Problem("maxResponseBytes", "must be a whole number of at least 1024")
  }
  const raw = input.baseUrl ?? (o11y
    ? `https://app.${input.realm}.observability.splunkcloud.com`
    : input.consoleUrl === undefined
    ? defaultBaseUrl
    : apiUrlFromConsoleUrl(input.consoleUrl))
  const url = baseUrlOf(raw, input.allowInsecureHttp ?? false)
  if (typeof url === "string") return new Problem(names.baseUrl, url)
  const href = url.href.replace(/\/+$/, "")
  const version = input.pathPrefix === undefined ? /\/v\d+$/.exec(href)?.[0] : undefined
  const baseUrl = version === undefined ? href : href.slice(0, -version.length)
  const pathPrefix = (input.pathPrefix ?? version ?? (o11y ? "/ao/api" : defaultPathPrefix)).replace(/^\/*/, "/")
    .replace(/\/+$/, "")
  if (!/^[A-Za-z0-9/_.-]*$/.test(pathPrefix)) return new Problem("pathPrefix", "must be a plain URL path")
  const extraHeaders = headersOf(input.extraHeaders)
  if (extraHeaders === undefined) return new Problem(names.extraHeaders, "is not an object of valid headers")
  const t = input.tls
  if (t?.clientKeyPath !== undefined && t.clientCertPath === undefined) {
    return new Problem(names.tlsClientCert, "is not set (a client key is)", true)
  }
  if (t?.clientCertPath !== undefined && t.clientKeyPath === undefined) {
    return new Problem(names.tlsClientKey, "is not set (a client certificate is)", true)
  }
  const empty = t === undefined ||
    (t.caCertPath === undefined && t.caCert === undefined && t.clientCertPath === undefined &&
      t.rejectUnauthorized !== false)
  // CA text given in code is reported under its own option
  const caText = t?.caCertPath === undefined && t?.caCert !== undefined && names.tlsCaCert === optionNames.tlsCaCert
  return {
    baseUrl,
    pathPrefix,
    apiUrl: `${baseUrl}${pathPrefix}`,
    maxResponseBytes,
    extraHeaders,
    tls: empty ? undefined : { ...t, names: caText ? { ...names, tlsCaCert: "tls.caCert" } : names }
  }
}

// ---------------------------------------------------------------------------------------------
// The environment
// ---------------------------------------------------------------------------------------------

/** The settings splunk-ao bridges, read under both names (`GALILEO_*`, then `SPLUNK_AO_*`). */
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

/**
 * Every variable {@link fromVariables} may read, once each.
 *
 * @since 0.3.0
 * @category constants
 */
export const variables = (): ReadonlyArray<string> => [
  ...bridged.flatMap((name) => [`GALILEO_${name}`, `SPLUNK_AO_${name}`]),
  ...["CA_CERT_PATH", "CA_CERT_CONTENT", "CLIENT_CERT_PATH", "CLIENT_KEY_PATH", "EXTRA_HEADERS", "REJECT_UNAUTHORIZED"]
    .map((name) => `GALILEO_${name}`),
  "GALILEO_ALLOW_INSECURE_HTTP",
  "SPLUNK_AO_REALM",
  "SPLUNK_AO_O11Y_API_TOKEN",
  "SPLUNK_AO_O11Y_TOKEN",
  "NODE_TLS_REJECT_UNAUTHORIZED"
]

/**
 * What an environment gives: each setting's value, its secrets (an API key, a password, a token)
 * as `S`, the caller's wrapper (`Redacted`).
 *
 * @since 0.3.0
 * @category models
 */
export interface Settings<S> {
  readonly apiKey: S | undefined
  readonly username: string | undefined
  readonly password: S | undefined
  readonly ssoIdToken: S | undefined
  readonly ssoProvider: string | undefined
  readonly jwt: S | undefined
  readonly baseUrl: string | undefined
  readonly consoleUrl: string | undefined
  readonly allowInsecureHttp: boolean | undefined
  readonly extraHeaders: string | undefined
  readonly o11yToken: S | undefined
  readonly realm: string | undefined
  readonly tls: TlsSettings | undefined
}

/**
 * The settings of an environment, and the names of the variables to report their problems under.
 *
 * @since 0.3.0
 * @category models
 */
export type Environment<S> = readonly [Settings<S>, SettingNames]

/**
 * The settings in a set of environment variables, with the names of the variables to report
 * problems under. As splunk-ao bridges them, `SPLUNK_AO_<name>` counts only where
 * `GALILEO_<name>` is unset (an explicit `GALILEO_*` wins, even when empty); a setting not given
 * is named after the family its partner came from, else `GALILEO_*`. Each secret is read straight
 * into `secret` (`Redacted.make`), so no plain secret is kept. The only problem found here is a
 * flag that is not a boolean; the rest is checked with the options'.
 *
 * @since 0.3.0
 * @category constructors
 */
export const fromVariables = <S>(
  get: (name: string) => string | undefined,
  secret: (value: string) => S
): Environment<S> | Problem => {
  const first = (...names: ReadonlyArray<string>) => names.find((name) => get(name) !== undefined)
  const used = (name: string) => first(`GALILEO_${name}`, `SPLUNK_AO_${name}`)
  const nameOf = (name: string, partner?: string) =>
    used(name) ?? `${partner !== undefined && used(partner)?.startsWith("S") ? "SPLUNK_AO" : "GALILEO"}_${name}`
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
  // a boolean: `true`/`1`/`yes`/`on` or `false`/`0`/`no`/`off`, in any case
  const flag = (name: string): boolean | undefined | Problem => {
    const text = get(name)?.trim().toLowerCase()
    return text === undefined
      ? undefined
      : /^(true|1|yes|on)$/.test(text)
      ? true
      : /^(false|0|no|off)$/.test(text)
      ? false
      : new Problem(name, "must be true or false")
  }
  const reject = flag("GALILEO_REJECT_UNAUTHORIZED")
  if (reject instanceof Problem) return reject
  const allowInsecureHttp = flag("GALILEO_ALLOW_INSECURE_HTTP")
  if (allowInsecureHttp instanceof Problem) return allowInsecureHttp
  const secretOf = (name: string) => {
    const value = get(name)
    return value === undefined ? undefined : secret(value)
  }
  const tls: TlsSettings = {
    caCertPath: get("GALILEO_CA_CERT_PATH"),
    caCert: get("GALILEO_CA_CERT_CONTENT"),
    clientCertPath: get(names.tlsClientCert),
    clientKeyPath: get(names.tlsClientKey),
    rejectUnauthorized: reject ?? (get("NODE_TLS_REJECT_UNAUTHORIZED")?.trim() === "0" ? false : undefined)
  }
  const settings: Settings<S> = {
    apiKey: secretOf(names.apiKey),
    username: get(names.username),
    password: secretOf(names.password),
    ssoIdToken: secretOf(names.ssoIdToken),
    ssoProvider: get(names.ssoProvider),
    jwt: secretOf(names.jwt),
    baseUrl: get(nameOf("API_URL")),
    consoleUrl: get(nameOf("CONSOLE_URL")),
    allowInsecureHttp,
    extraHeaders: get(names.extraHeaders),
    o11yToken: secretOf(names.o11yToken),
    realm: get(names.realm),
    tls: Object.values(tls).some((v) => v !== undefined) ? tls : undefined
  }
  return [settings, names]
}

// ---------------------------------------------------------------------------------------------
// Code over the environment
// ---------------------------------------------------------------------------------------------

/**
 * The TLS settings of code over the environment's, field by field. The CA is one setting in two
 * forms: a CA given in code, as a file or as text, replaces the environment's in both.
 */
const mergeTls = (env: TlsSettings | undefined, code: TlsSettings | undefined): TlsSettings | undefined => {
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
  env: TlsSettings | undefined,
  code: TlsSettings | undefined
): Pick<SettingNames, "tlsCaCert" | "tlsClientCert" | "tlsClientKey"> => {
  const inCode = (key: keyof TlsSettings) => code?.[key] !== undefined
  const inEnv = (key: keyof TlsSettings) => env?.[key] !== undefined
  const fromCode = (key: "clientCertPath" | "clientKeyPath", partner: "clientCertPath" | "clientKeyPath") =>
    inCode(key) || (!inEnv(key) && inCode(partner))
  return {
    tlsCaCert: inCode("caCertPath") || inCode("caCert") ? optionNames.tlsCaCert : names.tlsCaCert,
    tlsClientCert: fromCode("clientCertPath", "clientKeyPath") ? optionNames.tlsClientCert : names.tlsClientCert,
    tlsClientKey: fromCode("clientKeyPath", "clientCertPath") ? optionNames.tlsClientKey : names.tlsClientKey
  }
}

/**
 * Settings given in code (`overrides`: the fields that are not `undefined`) win over the
 * environment's (`tls` field by field, a console URL in code over an API URL from the
 * environment); problems are named after where the value came from.
 *
 * @since 0.3.0
 * @category combinators
 */
export const merge = <O extends { readonly tls?: TlsSettings | undefined; readonly baseUrl?: unknown }>(
  [env, names]: readonly [O, SettingNames],
  overrides: O
): readonly [O, SettingNames] => {
  const given = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined))
  const renamed: SettingNames = {
    ...names,
    ...Object.fromEntries(
      Object.entries(optionNames).filter(([key]) => key in given || (key === "baseUrl" && "consoleUrl" in given))
    ),
    ...tlsNames(names, env.tls, overrides.tls)
  }
  // a console URL given in code wins over an API URL from the environment
  const base = "consoleUrl" in given && !("baseUrl" in given) ? { ...env, baseUrl: undefined } : env
  return [{ ...base, ...given, tls: mergeTls(env.tls, overrides.tls) }, renamed]
}
