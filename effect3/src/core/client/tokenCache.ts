// Copied from core/src/client/tokenCache.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * The token cache's decisions, as pure functions of the state it holds and the time: what a
 * `token` call does at an instant ({@link decide}), the state once a login is claimed
 * ({@link claim}) and once it ended ({@link loggedIn}, {@link failed}), and the compare-and-swap
 * drop of a rejected token ({@link invalidated}). Each line runs them inside one atomic update of its own
 * state cell (a `Ref`) and does what the decision says with its own fibers; the token, the login
 * handle and the error are the line's own types here. Times are epoch millis of the client's
 * clock. Effect-free (shared by both Effect lines).
 *
 * @since 0.3.0
 */

/**
 * When a cached token should be refreshed and when it stops being usable (epoch millis).
 *
 * @since 0.3.0
 * @category models
 */
export interface Timing {
  readonly refreshAt: number
  readonly expiresAt: number
}

/**
 * A cached token and its timing.
 *
 * @since 0.3.0
 * @category models
 */
export interface Cached<Token> {
  readonly token: Token
  readonly timing: Timing
}

/**
 * A refusal kept after the credentials were refused: the same error until `until`.
 *
 * @since 0.3.0
 * @category models
 */
export interface Cooldown<Refusal> {
  readonly until: number
  readonly error: Refusal
}

/**
 * What the cache holds: the token, the login in flight (its handle, shared by every caller
 * waiting for it), the cooldown after a refusal, and the instant before which no background
 * refresh starts (set after a failed one).
 *
 * @since 0.3.0
 * @category models
 */
export interface State<Token, Login, Refusal> {
  readonly cached: Cached<Token> | undefined
  readonly inflight: Login | undefined
  readonly cooldown: Cooldown<Refusal> | undefined
  readonly backgroundAfter: number
}

/**
 * The empty cache.
 *
 * @since 0.3.0
 * @category constructors
 */
export const initial: State<never, never, never> = {
  cached: undefined,
  inflight: undefined,
  cooldown: undefined,
  backgroundAfter: 0
}

/**
 * What a `token` call does:
 *
 * - `Serve`: the cached token at once; with `refresh`, the login the caller claimed to run in the
 *   background (inside the refresh-ahead window, none in flight, none failed lately);
 * - `Refuse`: the error of the cooldown, no login;
 * - `Await`: wait for `login`: the one in flight, or (`claimed`) a new one the caller claimed, as
 *   there is no usable token and none coming.
 *
 * @since 0.3.0
 * @category models
 */
export type Decision<Token, Login, Refusal> =
  | { readonly _tag: "Serve"; readonly token: Token; readonly refresh: Login | undefined }
  | { readonly _tag: "Refuse"; readonly error: Refusal }
  | { readonly _tag: "Await"; readonly login: Login; readonly claimed: boolean }

/**
 * The state once `login` is claimed: it is the login in flight (a login claimed over another one,
 * as an explicit `login` call does, replaces it).
 *
 * @since 0.3.0
 * @category decisions
 */
export const claim = <Token, Login, Refusal>(
  s: State<Token, Login, Refusal>,
  login: Login
): State<Token, Login, Refusal> => ({ ...s, inflight: login })

/**
 * Decides a `token` call at `now`, as one atomic transition: the decision and the next state (the
 * same object when nothing changed). A login it claims is made with `newLogin` (the line's handle,
 * before anything runs it) and is the login in flight of the next state.
 *
 * @since 0.3.0
 * @category decisions
 */
export const decide = <Token, Login, Refusal>(
  now: number,
  s: State<Token, Login, Refusal>,
  newLogin: () => Login
): readonly [Decision<Token, Login, Refusal>, State<Token, Login, Refusal>] => {
  const { cached, cooldown, inflight } = s
  if (cached !== undefined && now < cached.timing.expiresAt) {
    const refresh = now < cached.timing.refreshAt || inflight !== undefined || now < s.backgroundAfter
      ? undefined
      : newLogin()
    return [{ _tag: "Serve", token: cached.token, refresh }, refresh === undefined ? s : claim(s, refresh)]
  }
  if (cooldown !== undefined && now < cooldown.until) return [{ _tag: "Refuse", error: cooldown.error }, s]
  if (inflight !== undefined) return [{ _tag: "Await", login: inflight, claimed: false }, s]
  const login = newLogin()
  return [{ _tag: "Await", login, claimed: true }, claim(s, login)]
}

/** The state without `login` in flight (the end of a login no longer in flight leaves the current one). */
const ended = <Token, Login, Refusal>(s: State<Token, Login, Refusal>, login: Login): State<Token, Login, Refusal> =>
  s.inflight === login ? { ...s, inflight: undefined } : s

/**
 * The state after `login` gave a token (with its timing under the refresh policy): cached, and
 * any cooldown over.
 *
 * @since 0.3.0
 * @category decisions
 */
export const loggedIn = <Token, Login, Refusal>(
  s: State<Token, Login, Refusal>,
  login: Login,
  cached: Cached<Token>
): State<Token, Login, Refusal> => ({ ...ended(s, login), cached, cooldown: undefined })

/**
 * The intervals of the refresh policy a failure needs, in millis.
 *
 * @since 0.3.0
 * @category models
 */
export interface Intervals {
  /** How long after a failed login no background refresh starts. */
  readonly retryInterval: number
  /** How long a refusal is given again before logging in again. */
  readonly unauthorizedCooldown: number
}

/**
 * The state after `login` failed at `now`: the cached token kept, background refreshes held back
 * for the retry interval, and, when the credentials were refused (`refusal`), that error given
 * again until the cooldown ends.
 *
 * @since 0.3.0
 * @category decisions
 */
export const failed = <Token, Login, Refusal>(
  s: State<Token, Login, Refusal>,
  login: Login,
  now: number,
  intervals: Intervals,
  refusal: Refusal | undefined
): State<Token, Login, Refusal> => ({
  ...ended(s, login),
  backgroundAfter: now + intervals.retryInterval,
  cooldown: refusal === undefined ? s.cooldown : { until: now + intervals.unauthorizedCooldown, error: refusal }
})

/**
 * Drops the cached token if it is still the rejected one (`isRejected` compares values), so a
 * burst of rejections of one stale token drops it once. Gives whether it dropped it, and the
 * state (the same object when nothing changed).
 *
 * @since 0.3.0
 * @category decisions
 */
export const invalidated = <Token, Login, Refusal>(
  s: State<Token, Login, Refusal>,
  isRejected: (token: Token) => boolean
): readonly [boolean, State<Token, Login, Refusal>] =>
  s.cached !== undefined && isRejected(s.cached.token) ? [true, { ...s, cached: undefined }] : [false, s]
