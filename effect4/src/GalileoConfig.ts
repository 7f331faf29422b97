/**
 * The one configuration of the Galileo client: where calls go (API base URL and path prefix),
 * how (retry, refresh, body cap, tracing, TLS) and with which credential. `AuthService` and
 * `GalileoHttpClient` both read it; nothing else carries configuration around.
 *
 * Invalid settings fail with a `ConfigError` that names the setting (the option, or the
 * environment variable) and never shows its value, before any request is sent.
 *
 * @example
 * ```ts
 * import { Config, Effect, Layer, Redacted } from "effect"
 * import { GalileoConfig, RetryPolicy } from "galileo-effect"
 *
 * // in code
 * export const Explicit = GalileoConfig.layer({
 *   apiKey: Redacted.make("my-key"),
 *   baseUrl: "https://api.acme.galileo.ai",
 *   retryPolicy: RetryPolicy.make({ maxRetries: 5 })
 * })
 *
 * // from the environment (GALILEO_* / SPLUNK_AO_*), one field from a Config of your own
 * export const FromEnv = GalileoConfig.layerConfig({ apiKey: Config.Redacted("MY_GALILEO_KEY") })
 *
 * export const program = Effect.map(GalileoConfig.GalileoConfig, (config) => config.apiUrl).pipe(
 *   Effect.provide(Layer.orDie(FromEnv))
 * )
 * ```
 * @since 0.2.0
 */
import type * as Config from "effect/Config"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Option from "effect/Option"
import type * as Redacted from "effect/Redacted"
import type * as Credential from "./Credential.js"
import * as internal from "./internal/config.js"
import type * as RefreshPolicy from "./RefreshPolicy.js"
import type * as RetryPolicy from "./RetryPolicy.js"

/**
 * TLS settings for self-hosted clusters (applied by `galileo-effect/node`; the fetch client
 * cannot apply them and fails with a `ConfigError`).
 *
 * @since 0.2.0
 * @category models
 */
export interface TlsOptions {
  /** A PEM file with the CA certificates to trust instead of the default list. */
  readonly caCertPath?: string | undefined
  /** The same as PEM text. */
  readonly caCert?: string | undefined
  /** The client certificate (PEM file) for mutual TLS; needs `clientKeyPath`. */
  readonly clientCertPath?: string | undefined
  /** The client key (PEM file) for mutual TLS; needs `clientCertPath`. */
  readonly clientKeyPath?: string | undefined
  /** `false` skips certificate verification (a warning is logged); default `true`. */
  readonly rejectUnauthorized?: boolean | undefined
}

/**
 * What users configure. One credential is used, by the official SDKs' precedence: `apiKey`,
 * then `username` + `password`, then `ssoIdToken` + `ssoProvider`, then `jwt`.
 *
 * @since 0.2.0
 * @category models
 */
export interface Options {
  /** A Galileo API key. */
  readonly apiKey?: Redacted.Redacted<string> | undefined
  /** A username, with `password`. */
  readonly username?: string | undefined
  /** A password, with `username`. */
  readonly password?: Redacted.Redacted<string> | undefined
  /** An SSO ID token (a JWT from the provider), with `ssoProvider`. */
  readonly ssoIdToken?: Redacted.Redacted<string> | undefined
  /** `google`, `github`, `okta`, `azure-ad` or `custom` (any case). */
  readonly ssoProvider?: string | undefined
  /** A pre-issued Galileo access token, used until it expires, with no login. */
  readonly jwt?: Redacted.Redacted<string> | undefined
  /** A Splunk Observability Cloud token (O11y mode, with `realm`): sent as `X-SF-Token`, no login; not with another credential. */
  readonly o11yToken?: Redacted.Redacted<string> | undefined
  /** The O11y realm (`us1`...): the API is `https://app.{realm}.observability.splunkcloud.com/ao/api`. */
  readonly realm?: string | undefined
  /** The API's base URL; default `https://api.galileo.ai`. */
  readonly baseUrl?: string | URL | undefined
  /** A console URL to derive the API URL from, when `baseUrl` is not given. */
  readonly consoleUrl?: string | undefined
  /** Path put before every API path (`/login/api_key`, `current_user`...); default `/v1`; `""` for the older SDK paths. */
  readonly pathPrefix?: string | undefined
  /** Allow plain `http://` to a host that is not loopback; default `false`. */
  readonly allowInsecureHttp?: boolean | undefined
  /** The retry policy of every call; default `RetryPolicy.defaultPolicy`. */
  readonly retryPolicy?: RetryPolicy.RetryPolicy | undefined
  /** The token refresh policy; default `RefreshPolicy.defaultPolicy`. */
  readonly refreshPolicy?: RefreshPolicy.RefreshPolicy | undefined
  /** The most bytes of any response body that are read; default 1 MiB. */
  readonly maxResponseBytes?: number | undefined
  /** Retry POST and PATCH too (they are not idempotent); default `false`. */
  readonly retryNonIdempotent?: boolean | undefined
  /** Send `traceparent`/`b3` headers to Galileo; default `false`. */
  readonly propagateTracing?: boolean | undefined
  /** Record the library's spans; default `true`. */
  readonly tracing?: boolean | undefined
  /** TLS for self-hosted clusters. */
  readonly tls?: TlsOptions | undefined
  /**
   * Headers sent on every request (logins, refreshes and API calls), as an object or its JSON
   * text; the client's own headers (auth, content, `Accept`) win, by name in any case.
   */
  readonly extraHeaders?: Readonly<Record<string, string>> | string | undefined
}

/**
 * The names under which settings are reported in a `ConfigError`: the options' names, or the
 * environment variables'.
 *
 * @since 0.2.0
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
 * Validated TLS settings, with the names to report file problems under.
 *
 * @since 0.2.0
 * @category models
 */
export interface Tls extends TlsOptions {
  readonly names: SettingNames
}

/**
 * The validated configuration every Galileo service reads.
 *
 * @since 0.2.0
 * @category models
 */
export interface Service {
  /** The base URL, without a trailing `/`. */
  readonly baseUrl: string
  /** The path prefix (`/v1`, or `""`). */
  readonly pathPrefix: string
  /** Where every call goes: `baseUrl` + `pathPrefix`. */
  readonly apiUrl: string
  /** The credential in use (its secrets `Redacted`). */
  readonly credential: Credential.Credential
  readonly retryPolicy: RetryPolicy.RetryPolicy
  readonly refreshPolicy: RefreshPolicy.RefreshPolicy
  readonly maxResponseBytes: number
  readonly retryNonIdempotent: boolean
  readonly propagateTracing: boolean
  readonly tracing: boolean
  readonly tls: Option.Option<Tls>
  /** Headers sent on every request under the client's own (validated names and values). */
  readonly extraHeaders: Readonly<Record<string, string>>
}

/**
 * The configuration's tag.
 *
 * @since 0.2.0
 * @category tags
 */
export class GalileoConfig extends Context.Service<GalileoConfig, Service>()("galileo-effect/GalileoConfig") {}

/**
 * Galileo's public API, the default target.
 *
 * @since 0.2.0
 * @category constants
 */
export const defaultBaseUrl: string = internal.defaultBaseUrl

/**
 * The most bytes of a response body read by default (1 MiB).
 *
 * @since 0.2.0
 * @category constants
 */
export const defaultMaxResponseBytes: number = internal.defaultMaxResponseBytes

/**
 * Validates options into the configuration; fails with a `ConfigError` naming the option.
 *
 * @since 0.2.0
 * @category constructors
 */
export const make = (options: Options): Effect.Effect<Service, Config.ConfigError> =>
  Effect.fromResult(internal.resolve(options))

/**
 * The configuration from options, as a Layer.
 *
 * @since 0.2.0
 * @category layers
 */
export const layer = (options: Options): Layer.Layer<GalileoConfig, Config.ConfigError> =>
  Layer.effect(GalileoConfig, make(options))

/**
 * Reads the configuration from the environment (or any `ConfigProvider`): the credential from
 * `SPLUNK_AO_API_KEY` / `GALILEO_API_KEY`, `..._USERNAME` + `..._PASSWORD`,
 * `..._SSO_ID_TOKEN` + `..._SSO_PROVIDER` or `..._JWT_TOKEN`; the URL from `..._API_URL`, else
 * `..._CONSOLE_URL`; `GALILEO_ALLOW_INSECURE_HTTP`; TLS from `GALILEO_CA_CERT_PATH`,
 * `GALILEO_CA_CERT_CONTENT`, `GALILEO_CLIENT_CERT_PATH`, `GALILEO_CLIENT_KEY_PATH`,
 * `GALILEO_REJECT_UNAUTHORIZED` (or `NODE_TLS_REJECT_UNAUTHORIZED=0`); `GALILEO_EXTRA_HEADERS`
 * (a JSON object of headers). As in splunk-ao, each
 * `SPLUNK_AO_*` variable is used only where its `GALILEO_*` one is unset (an explicit `GALILEO_*`
 * wins, even when empty; Effect 4's default `ConfigProvider.fromEnv()` reads an empty variable as
 * unset: build it with `{ preserveEmptyStrings: true }` to keep splunk-ao's rule). Any field given in `overrides`
 * (a `Config` per field, like `OpenAiClient.layerConfig`) replaces the environment's; `tls`
 * does so field by field (a CA given, as a file or as text, replaces both of the environment's),
 * and a problem is named after where its value came from (`tls.clientKeyPath` or
 * `GALILEO_CLIENT_KEY_PATH`).
 *
 * @since 0.2.0
 * @category constructors
 */
export const makeConfig = (overrides: Config.Wrap<Options> = {}): Effect.Effect<Service, Config.ConfigError> =>
  Effect.flatMap(
    Effect.all([internal.fromEnv(), internal.unwrap(overrides)]),
    ([env, given]) => Effect.fromResult(internal.resolve(...internal.merge<Options>(env, given)))
  )

/**
 * {@link makeConfig} as a Layer.
 *
 * @since 0.2.0
 * @category layers
 */
export const layerConfig = (overrides: Config.Wrap<Options> = {}): Layer.Layer<GalileoConfig, Config.ConfigError> =>
  Layer.effect(GalileoConfig, makeConfig(overrides))

/**
 * The API URL the official SDKs derive from a console URL: `app.galileo.ai` becomes
 * `api.galileo.ai`, else the first `console` in the host becomes `api`; a loopback console is
 * its own API; a trailing `/` is dropped.
 *
 * @example
 * ```ts
 * import { GalileoConfig } from "galileo-effect"
 *
 * GalileoConfig.apiUrlFromConsoleUrl("https://console.acme.galileo.ai/") // "https://api.acme.galileo.ai"
 * ```
 * @since 0.2.0
 * @category utils
 */
export const apiUrlFromConsoleUrl: (consoleUrl: string) => string = internal.apiUrlFromConsoleUrl

/**
 * A `ConfigError` as one readable line: each problem once, e.g. `GALILEO_API_KEY is not set`.
 * Shows no values (the messages never hold any).
 *
 * @since 0.2.0
 * @category utils
 */
export const describeConfigError: (error: Config.ConfigError) => string = internal.describeConfigError
