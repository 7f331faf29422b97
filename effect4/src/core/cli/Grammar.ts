// Copied from core/src/cli/Grammar.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * The command line's grammar: its commands, flags and what they decode to. Plain TypeScript
 * with no dependency, the one source of truth for the parser (`Args.ts`) and the help text
 * (`Help.ts`).
 *
 * @since 0.2.0
 */
import { ssoProviders } from "../galileo.js"

/**
 * A flag of a command.
 *
 * @since 0.2.0
 * @category models
 */
export interface Flag {
  readonly name: string
  /** The placeholder of its value in the help text; absent for a switch (which takes none). */
  readonly value?: string
  readonly description: string
  /** Whether it may be given more than once. */
  readonly repeatable?: boolean
  /** Whether its value is a secret: never empty, and `-` reads it from stdin. */
  readonly secret?: boolean
}

/**
 * The commands.
 *
 * @since 0.2.0
 * @category models
 */
export type CommandName = "token" | "login" | "serve" | "demo"

/**
 * A command's help and flags.
 *
 * @since 0.2.0
 * @category models
 */
export interface Spec {
  readonly name: CommandName
  readonly summary: string
  readonly details: ReadonlyArray<string>
  readonly flags: ReadonlyArray<Flag>
}

/**
 * The log levels `--log-level` takes.
 *
 * @since 0.2.0
 * @category models
 */
export const logLevels = ["all", "trace", "debug", "info", "warning", "error", "fatal", "none"] as const

/**
 * A log level.
 *
 * @since 0.2.0
 * @category models
 */
export type LogLevel = typeof logLevels[number]

/**
 * The port `serve` listens on unless told.
 *
 * @since 0.2.0
 * @category constants
 */
export const defaultPort = 8088

/**
 * The longest token lifetime `serve --ttl` takes.
 *
 * @since 0.2.0
 * @category constants
 */
export const maxTtlMillis = 365 * 86_400_000

/**
 * The value of a secret flag that reads the secret from stdin.
 *
 * @since 0.3.0
 * @category constants
 */
export const fromStdin = "-"

/**
 * The most a secret read from stdin may hold, in bytes (its line, without the newline).
 *
 * @since 0.3.0
 * @category constants
 */
export const maxStdinBytes = 64 * 1024

/**
 * The flags every command takes.
 *
 * @since 0.2.0
 * @category constants
 */
export const globalFlags: ReadonlyArray<Flag & { readonly short?: string }> = [
  { name: "help", short: "h", description: "Show help, for a command when one is given" },
  { name: "version", description: "Print the version" },
  {
    name: "log-level",
    value: "LEVEL",
    description: `Which log lines reach stderr: ${logLevels.join(", ")} (default: warning)`
  }
]

const connectionFlags: ReadonlyArray<Flag> = [
  {
    name: "api-key",
    value: "KEY",
    secret: true,
    description: "A Galileo API key, - to read it from stdin (default: $GALILEO_API_KEY)"
  },
  {
    name: "username",
    value: "NAME",
    description: "Log in with a username, with --password (default: $GALILEO_USERNAME)"
  },
  {
    name: "password",
    value: "PASSWORD",
    secret: true,
    description: "The password of --username, - to read it from stdin (default: $GALILEO_PASSWORD)"
  },
  {
    name: "sso-id-token",
    value: "JWT",
    secret: true,
    description:
      "Log in with an ID token from your identity provider, with --sso-provider; - reads it from stdin (default: $GALILEO_SSO_ID_TOKEN)"
  },
  {
    name: "sso-provider",
    value: "NAME",
    description: `${ssoProviders.slice(0, -1).join(", ")} or ${ssoProviders.at(-1)} (default: $GALILEO_SSO_PROVIDER)`
  },
  {
    name: "jwt",
    value: "TOKEN",
    secret: true,
    description:
      "A pre-issued Galileo access token, used until it expires; - reads it from stdin (default: $GALILEO_JWT_TOKEN)"
  },
  {
    name: "api-url",
    value: "URL",
    description: "The API base URL (default: $GALILEO_API_URL, else from --console-url, else https://api.galileo.ai)"
  },
  {
    name: "console-url",
    value: "URL",
    description: "A console URL to derive the API URL from (default: $GALILEO_CONSOLE_URL)"
  },
  {
    name: "allow-insecure-http",
    description: "Allow plain http:// to a host that is not loopback (default: $GALILEO_ALLOW_INSECURE_HTTP)"
  },
  {
    name: "ca-cert",
    value: "FILE",
    description: "PEM file of the CA certificates to trust (default: $GALILEO_CA_CERT_PATH)"
  },
  {
    name: "client-cert",
    value: "FILE",
    description: "Client certificate (PEM) for mutual TLS, with --client-key (default: $GALILEO_CLIENT_CERT_PATH)"
  },
  {
    name: "client-key",
    value: "FILE",
    description: "Client key (PEM) for mutual TLS (default: $GALILEO_CLIENT_KEY_PATH)"
  },
  {
    name: "insecure",
    description: "Skip TLS certificate verification (like GALILEO_REJECT_UNAUTHORIZED=false)"
  }
]

const credentialDetails = [
  "Flags win over the environment (GALILEO_* wins over SPLUNK_AO_*). One credential is used:",
  "an API key, else username + password, else SSO ID token + provider, else a pre-issued JWT.",
  "A secret given as - is read from stdin (one line, at most 64 KiB, one flag at most), out of ps.",
  "Each TLS flag replaces its GALILEO_* variable; other TLS variables still apply."
]

/**
 * Every command, in the order the help lists them.
 *
 * @since 0.2.0
 * @category constants
 */
export const commands: ReadonlyArray<Spec> = [
  {
    name: "token",
    summary: "Print a fresh access token and nothing else",
    details: [
      "For scripts: curl -H \"Authorization: Bearer $(galileo-effect token)\" ...",
      ...credentialDetails
    ],
    flags: connectionFlags
  },
  {
    name: "login",
    summary: "Log in, verify with GET current_user, print the user, credential and expiry",
    details: credentialDetails,
    flags: connectionFlags
  },
  {
    name: "serve",
    summary: "Run the embedded Galileo-compatible server on 127.0.0.1 until Ctrl-C",
    details: [
      "It accepts exactly the keys given with --api-key, else the public demo key",
      "galileo-demo-key; never the environment's GALILEO_API_KEY."
    ],
    flags: [
      { name: "port", value: "PORT", description: `Port on 127.0.0.1, 0 for any free one (default: ${defaultPort})` },
      {
        name: "api-key",
        value: "KEY",
        repeatable: true,
        secret: true,
        description:
          "An API key the server accepts (repeatable, - reads one from stdin; default: the demo key galileo-demo-key)"
      },
      {
        name: "ttl",
        value: "DURATION",
        description: "Lifetime of issued tokens, from 1s to 365d: 90s, 15m, 1h, \"2 hours\"... (default: 1h)"
      }
    ]
  },
  {
    name: "demo",
    summary: "Show the whole flow against the embedded server (what npm start runs)",
    details: [
      "With a credential in the environment (GALILEO_API_KEY...), logs in to Galileo instead."
    ],
    flags: []
  }
]

/**
 * The flags of `token` and `login`, as given.
 *
 * @since 0.2.0
 * @category models
 */
export interface Connection {
  readonly apiKey: string | undefined
  readonly username: string | undefined
  readonly password: string | undefined
  readonly ssoIdToken: string | undefined
  readonly ssoProvider: string | undefined
  readonly jwt: string | undefined
  readonly apiUrl: string | undefined
  readonly consoleUrl: string | undefined
  readonly allowInsecureHttp: boolean
  readonly caCert: string | undefined
  readonly clientCert: string | undefined
  readonly clientKey: string | undefined
  readonly insecure: boolean
  /** The secret given as `-`, which the command reads from stdin before it starts. */
  readonly stdin: SecretField | undefined
}

/**
 * The secret settings of a {@link Connection}, each of which may be read from stdin.
 *
 * @since 0.3.0
 * @category models
 */
export type SecretField = "apiKey" | "password" | "ssoIdToken" | "jwt"

/**
 * The flag of each secret setting.
 *
 * @since 0.3.0
 * @category constants
 */
export const secretFlags: Readonly<Record<SecretField, string>> = {
  apiKey: "--api-key",
  password: "--password",
  ssoIdToken: "--sso-id-token",
  jwt: "--jwt"
}

/**
 * No flags given: everything comes from the environment.
 *
 * @since 0.2.0
 * @category constants
 */
export const noFlags: Connection = {
  apiKey: undefined,
  username: undefined,
  password: undefined,
  ssoIdToken: undefined,
  ssoProvider: undefined,
  jwt: undefined,
  apiUrl: undefined,
  consoleUrl: undefined,
  allowInsecureHttp: false,
  caCert: undefined,
  clientCert: undefined,
  clientKey: undefined,
  insecure: false,
  stdin: undefined
}

/**
 * A command with its decoded flags.
 *
 * @since 0.2.0
 * @category models
 */
export type Command =
  | { readonly _tag: "token"; readonly connection: Connection }
  | { readonly _tag: "login"; readonly connection: Connection }
  | {
    readonly _tag: "serve"
    readonly port: number
    readonly apiKeys: ReadonlyArray<string>
    readonly ttlMillis: number
  }
  | { readonly _tag: "demo" }

/**
 * What the command line asks for.
 *
 * @since 0.2.0
 * @category models
 */
export type Invocation =
  | { readonly _tag: "Help"; readonly command: CommandName | undefined }
  | { readonly _tag: "Version" }
  | { readonly _tag: "UsageError"; readonly message: string }
  | { readonly _tag: "Run"; readonly command: Command; readonly logLevel: LogLevel }

/**
 * The spec of a command.
 *
 * @since 0.2.0
 * @category utils
 */
export const spec = (name: CommandName): Spec =>
  commands.find((c) => c.name === name) ?? { name, summary: "", details: [], flags: [] }
