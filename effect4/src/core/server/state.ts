// Copied from core/src/server/state.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * The embedded server's state: accepted credentials, the fault script, counters, the request log
 * and the live refresh tokens. Mutable and bounded: every operation a request makes is O(1)
 * (the fault script aside, which the test writes), and nothing grows with traffic beyond fixed
 * caps.
 *
 * @since 0.2.0
 */
import { createHash, randomBytes } from "node:crypto"
import * as Jwt from "./jwt.js"
import type { IdToken, RecordedRequest, SocialProvider, Stats, User } from "./model.js"
import { defaultLogMaxBytes, RequestLog } from "./requestLog.js"

/**
 * Who a credential logs in as.
 *
 * @since 0.2.0
 * @category models
 */
export interface Identity {
  readonly subject: string
  readonly email: string
  /** The API key or username it logged in with (its refresh cookies stop working without it). */
  readonly credential?: { readonly apiKey: string } | { readonly username: string }
  /** `auth_method` of `/current_user` when not `email`: the SSO provider of a social login. */
  readonly authMethod?: string | undefined
}

/**
 * `user-` and the first 12 hex digits of the SHA-256 of a credential.
 *
 * @since 0.2.0
 * @category utils
 */
export const subjectOf = (credential: string): string =>
  `user-${createHash("sha256").update(credential, "utf8").digest("hex").slice(0, 12)}`

/** A version 4 (random-variant) UUID whose other bits are the SHA-256 of `seed`. */
const uuid4 = (seed: string): string => {
  const bytes = createHash("sha256").update(seed, "utf8").digest().subarray(0, 16)
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = bytes.toString("hex")
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/**
 * The user id `/current_user` answers for a subject: a version 4 UUID made of the SHA-256 of the
 * subject (stable: the same subject always gets the same id).
 *
 * @since 0.3.0
 * @category utils
 */
export const userIdOf = (subject: string): string => {
  const known = userIds.get(subject)
  if (known !== undefined) return known
  if (userIds.size >= maxVerifiedTokens) userIds.clear()
  const id = uuid4(`user:${subject}`)
  userIds.set(subject, id)
  return id
}

/** Ids already computed (bounded; cleared when full), so `/current_user` hashes once per user. */
const userIds = new Map<string, string>()

/**
 * The one organization every user of the server belongs to (its id a version 4 UUID too).
 *
 * @since 0.3.0
 * @category constants
 */
export const organization: { readonly id: string; readonly name: string } = {
  id: uuid4("organization:galileo-effect-embedded"),
  name: "galileo-effect-embedded"
}

const keyIdentity = (key: string): Identity => {
  const subject = subjectOf(key)
  return { subject, email: `${subject}@galileo.test`, credential: { apiKey: key } }
}

/**
 * The identity of an email (password and social logins).
 *
 * @since 0.2.0
 * @category utils
 */
export const emailIdentity = (email: string, authMethod?: string): Identity => ({
  subject: subjectOf(email),
  email,
  ...(authMethod === undefined ? {} : { authMethod })
})

/**
 * A fault waiting to be applied, and to which path (all when `path` is `undefined`). The fault
 * itself is the Effect side's (`Fault` of `galileo-effect/testing`): the core only queues it.
 *
 * @since 0.2.0
 * @category models
 */
export interface ScriptedFault<F> {
  readonly fault: F
  readonly path: string | undefined
}

/**
 * How many distinct paths outside the routes get their own counter.
 *
 * @since 0.2.0
 * @category constants
 */
export const maxOtherPaths = 1000

/**
 * How many refresh tokens stay valid at once (the oldest are dropped first).
 *
 * @since 0.2.0
 * @category constants
 */
export const maxRefreshTokens = 10_000

/**
 * How many verified access tokens are remembered (so a token's signature is checked once).
 *
 * @since 0.2.0
 * @category constants
 */
export const maxVerifiedTokens = 1000

/**
 * How many requests the log keeps by default.
 *
 * @since 0.1.0
 * @category constants
 */
export const defaultLogLimit = 10_000

type Counter = Exclude<keyof Stats, "requests">

const counters: ReadonlyArray<Counter> = [
  "logins",
  "apiKeyLogins",
  "passwordLogins",
  "socialLogins",
  "refreshes",
  "refusedLogins",
  "refusedRefreshes",
  "invalidLogins",
  "unauthorizedCalls",
  "rejectedBodies",
  "internalErrors"
]

/**
 * The whole mutable state of one server (`F`: the faults it queues).
 *
 * @since 0.2.0
 * @category models
 */
export class State<F = unknown> {
  private apiKeys = new Map<string, Identity>()
  private users = new Map<string, { readonly password: string; readonly identity: Identity }>()
  private readonly idTokens: ReadonlyMap<string, IdToken>
  private faults: Array<ScriptedFault<F>> = []
  private readonly counts = new Map<Counter, number>(counters.map((c) => [c, 0]))
  private readonly paths = new Map<string, number>()
  private otherPaths = 0
  private readonly log: RequestLog
  private readonly refresh = new Map<string, Identity>()
  /** Access tokens already verified with the current secret (bounded; cleared when full). */
  private readonly verified = new Map<string, Jwt.Claims>()
  /** Signs access tokens; replaced to revoke every token issued so far. */
  accessSecret: Uint8Array = new Uint8Array(randomBytes(32))
  /** The accepted credentials of the options, which `reset` restores. */
  private readonly initial: { readonly apiKeys: ReadonlyArray<string>; readonly users: ReadonlyArray<User> }
  /** Signs the ID tokens `signIdToken` makes. */
  readonly idSecret: Uint8Array = new Uint8Array(randomBytes(32))

  constructor(
    apiKeys: ReadonlyArray<string>,
    users: ReadonlyArray<User>,
    idTokens: ReadonlyArray<IdToken>,
    logLimit: number,
    /** Paths counted individually whatever their number (every route's paths). */
    private readonly knownPaths: ReadonlySet<string>,
    logMaxBytes: number = defaultLogMaxBytes
  ) {
    this.setApiKeys(apiKeys)
    this.setUsers(users)
    this.initial = { apiKeys, users }
    this.idTokens = new Map(idTokens.map((t) => [t.token, t]))
    this.log = new RequestLog(logLimit, logMaxBytes)
  }

  setApiKeys(keys: ReadonlyArray<string>): void {
    this.apiKeys = new Map(keys.map((k) => [k, keyIdentity(k)]))
  }

  setUsers(users: ReadonlyArray<User>): void {
    this.users = new Map(users.map((u) => [u.username, {
      password: u.password,
      identity: { ...emailIdentity(u.username), credential: { username: u.username } }
    }]))
  }

  apiKey(key: string): Identity | undefined {
    return this.apiKeys.get(key)
  }

  user(username: string, password: string): Identity | undefined {
    const user = this.users.get(username)
    return user !== undefined && user.password === password ? user.identity : undefined
  }

  idToken(token: string, provider: SocialProvider): Identity | undefined {
    const known = this.idTokens.get(token)
    return known !== undefined && (known.provider === undefined || known.provider === provider)
      ? emailIdentity(known.email, provider)
      : undefined
  }

  count(counter: Counter): void {
    this.counts.set(counter, (this.counts.get(counter) ?? 0) + 1)
  }

  /** Counts a request to `path` and records it in the log (`request` is only called if the log keeps it). */
  arrive(path: string, request: () => RecordedRequest): void {
    let key = path
    if (!this.knownPaths.has(path) && !this.paths.has(path)) {
      if (this.otherPaths < maxOtherPaths) this.otherPaths++
      else key = "<other>"
    }
    this.paths.set(key, (this.paths.get(key) ?? 0) + 1)
    if (this.log.enabled) this.log.push(request())
  }

  /** Takes the first scripted fault that applies to `path`. */
  takeFault(path: string): F | undefined {
    if (this.faults.length === 0) return undefined
    const index = this.faults.findIndex((f) => f.path === undefined || f.path === path)
    if (index < 0) return undefined
    const [taken] = this.faults.splice(index, 1)
    return taken?.fault
  }

  inject(fault: F, times: number, path: string | undefined): void {
    for (let i = 0; i < times; i++) this.faults.push({ fault, path })
  }

  /**
   * As good as new for the next test: no faults, an empty log, every counter at 0, the options'
   * API keys and users accepted (issued tokens and refresh cookies stay valid).
   */
  reset(): void {
    this.faults = []
    for (const c of counters) this.counts.set(c, 0)
    this.paths.clear()
    this.otherPaths = 0
    this.log.clear()
    this.setApiKeys(this.initial.apiKeys)
    this.setUsers(this.initial.users)
  }

  revokeAccessTokens(): void {
    this.accessSecret = new Uint8Array(randomBytes(32))
    this.verified.clear()
  }

  /** The claims of a valid access token (signature checked once per token, expiry every time). */
  verifyAccess(token: string, nowSeconds: number): Jwt.Claims | undefined {
    const known = this.verified.get(token)
    if (known !== undefined) return known.exp > nowSeconds ? known : undefined
    const claims = Jwt.verify(token, this.accessSecret, nowSeconds)
    if (claims !== undefined) {
      if (this.verified.size >= maxVerifiedTokens) this.verified.clear()
      this.verified.set(token, claims)
    }
    return claims
  }

  /** A new refresh token for `identity` (the oldest live one is dropped beyond the cap). */
  issueRefreshToken(identity: Identity): string {
    const token = randomBytes(32).toString("base64url")
    this.refresh.set(token, identity)
    if (this.refresh.size > maxRefreshTokens) {
      const oldest = this.refresh.keys().next()
      if (oldest.done !== true) this.refresh.delete(oldest.value)
    }
    return token
  }

  /**
   * Spends a refresh token: its identity (unless the API key or user it came from is no longer
   * accepted), and the token is invalid afterwards.
   */
  useRefreshToken(token: string): Identity | undefined {
    const identity = this.refresh.get(token)
    if (identity === undefined) return undefined
    this.refresh.delete(token)
    const credential = identity.credential
    const accepted = credential === undefined ||
      ("apiKey" in credential ? this.apiKeys.has(credential.apiKey) : this.users.has(credential.username))
    return accepted ? identity : undefined
  }

  revokeRefreshTokens(): void {
    this.refresh.clear()
  }

  stats(): Stats {
    const count = (c: Counter) => this.counts.get(c) ?? 0
    return {
      requests: Object.fromEntries(this.paths),
      logins: count("logins"),
      apiKeyLogins: count("apiKeyLogins"),
      passwordLogins: count("passwordLogins"),
      socialLogins: count("socialLogins"),
      refreshes: count("refreshes"),
      refusedLogins: count("refusedLogins"),
      refusedRefreshes: count("refusedRefreshes"),
      invalidLogins: count("invalidLogins"),
      unauthorizedCalls: count("unauthorizedCalls"),
      rejectedBodies: count("rejectedBodies"),
      internalErrors: count("internalErrors")
    }
  }

  requests(): ReadonlyArray<RecordedRequest> {
    return this.log.toArray()
  }
}
