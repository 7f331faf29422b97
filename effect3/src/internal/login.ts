/**
 * The login of each credential kind, and the renewal through a `refresh_token` cookie when the
 * server set one: `POST {api}/refresh_token` first, the credential's own login when that fails.
 * Every issued token is checked to be a usable bearer token before anything caches it.
 *
 * @internal
 */
import type * as HttpClient from "@effect/platform/HttpClient"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import type * as HttpClientResponse from "@effect/platform/HttpClientResponse"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import type * as Scope from "effect/Scope"
import * as AccessToken from "../AccessToken.js"
import * as Contract from "../Contract.js"
import { loginPaths } from "../core/galileo.js"
import type * as Credential from "../Credential.js"
import type * as GalileoConfig from "../GalileoConfig.js"
import { GalileoCredentialExpired, GalileoDecodeError, type GalileoError } from "../GalileoError.js"
import * as RetryPolicy from "../RetryPolicy.js"
import * as Response from "./response.js"
import * as Retry from "./retry.js"
import { spanned } from "./span.js"
import { isoAt, utcAt } from "./time.js"

/** The path of each login under the API URL (the core's one list, shared with the embedded server). */
export const paths = loginPaths

const encodeApiKey = Schema.encodeSync(Contract.ApiKeyLoginRequest)
const encodeSocial = Schema.encodeSync(Contract.SocialLoginRequest)

/** The login request of a credential that logs in (all but a pre-issued JWT). */
const loginRequest = (
  apiUrl: string,
  credential: Exclude<Credential.Credential, { readonly _tag: "Jwt" | "O11y" }>
): HttpClientRequest.HttpClientRequest => {
  const post = HttpClientRequest.acceptJson(HttpClientRequest.post(`${apiUrl}${paths[credential._tag]}`))
  switch (credential._tag) {
    case "ApiKey":
      return HttpClientRequest.bodyUnsafeJson(post, encodeApiKey({ api_key: credential.apiKey }))
    case "Password":
      return HttpClientRequest.bodyUrlParams(post, {
        username: credential.username,
        password: Redacted.value(credential.password)
      })
    case "Sso":
      return HttpClientRequest.bodyUnsafeJson(
        post,
        encodeSocial({ id_token: credential.idToken, provider: credential.provider })
      )
  }
}

/**
 * What a successful login or refresh gives: the token, and what to do with the refresh cookie:
 * keep a new one (its value), drop the one held (`null`: the server set one that cannot be sent
 * back), or leave it (`undefined`: none set).
 */
interface Issued {
  readonly token: AccessToken.AccessToken
  readonly refreshToken: Redacted.Redacted<string> | null | undefined
}

/** The longest refresh cookie value kept, in characters (RFC 6265 asks user agents for 4096 bytes per cookie). */
export const maxCookieLength = 4096

/** RFC 6265 `cookie-octet`s: visible ASCII but `"`, `,`, `;` and `\`; no space, no control character. */
const cookieOctets = /^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]+$/

/** Whether a refresh cookie value (as it is sent back) can be put in a `Cookie` header. */
export const isCookieValue = (value: string): boolean => value.length <= maxCookieLength && cookieOctets.test(value)

/**
 * The refresh cookie the server set, if any: a value to keep, `null` for one set but unusable
 * (not cookie-octets once percent-decoded, or too long: never kept), `undefined` for none set.
 */
const refreshCookie = (response: HttpClientResponse.HttpClientResponse): Issued["refreshToken"] => {
  const value = response.cookies.cookies["refresh_token"]?.value
  return value === undefined || value === "" ? undefined : isCookieValue(value) ? Redacted.make(value) : null
}

/** Decodes a `Token` answer and checks the token before anything caches it. */
const issued = (read: Response.ReadOptions) => {
  const decodeToken = Response.decode(Contract.Token, read)
  return (response: HttpClientResponse.HttpClientResponse): Effect.Effect<Issued, GalileoError> =>
    Effect.flatMap(decodeToken(response), (token) =>
      Effect.clockWith((clock) => {
        const problem = AccessToken.bearerProblem(token.access_token)
        return Option.isSome(problem)
          ? Effect.fail(
            new GalileoDecodeError({
              status: response.status,
              reason: problem.value,
              ...Response.requestInfo(response.request)
            })
          )
          : Effect.succeed({
            token: AccessToken.make(token.access_token, token.token_type, clock.unsafeCurrentTimeMillis()),
            refreshToken: refreshCookie(response)
          })
      }))
}

/** A pre-issued JWT: used as is until its `exp`, by the client's clock. */
const preIssued = (token: Redacted.Redacted<string>): Effect.Effect<Issued, GalileoError> =>
  Effect.flatMap(Clock.currentTimeMillis, (now) => {
    const claims = AccessToken.readClaims(token)
    const exp = Option.flatMap(claims, (c) => Option.fromNullable(c.exp))
    if (Option.isSome(exp) && exp.value * 1000 <= now) {
      return Effect.fail(
        new GalileoCredentialExpired({
          credential: "jwt",
          description: `the pre-issued JWT expired at ${
            isoAt(exp.value * 1000)
          } and no other credential is configured to log in with`
        })
      )
    }
    const made = AccessToken.make(token, "bearer", now)
    const expiresAt = Option.flatMap(exp, (e) => utcAt(e * 1000))
    return Effect.succeed({
      token: new AccessToken.AccessToken(made.value, made.type, made.receivedAt, expiresAt),
      refreshToken: undefined
    })
  })

/**
 * The renewal effect of a configuration, given the scope that bounds it: each run gives a fresh
 * token (through the refresh cookie when one is held, else the credential), in one
 * `AuthService.login` span. Each attempt and each backoff runs in a fiber of the scope, so the
 * token cache can run it in a caller's fiber and still end it when its scope closes.
 */
export const make =
  (client: HttpClient.HttpClient, config: GalileoConfig.Service) =>
  (scope: Scope.Scope): Effect.Effect<AccessToken.AccessToken, GalileoError> => {
    /** The refresh cookie the server set, if any: read and written by the login's steps only. */
    let held: Redacted.Redacted<string> | undefined
    const credential = config.credential
    const read = Response.readOptions(config)
    const decodeIssued = issued(read)
    /** One request under a policy, each attempt and each backoff in a fiber of the scope. */
    const exchange = (
      policy: RetryPolicy.RetryPolicy,
      request: HttpClientRequest.HttpClientRequest,
      secrets: ReadonlyArray<Redacted.Redacted<string>>
    ) => {
      // the same request every time (immutable): built, and its body encoded, once
      const attempt = client.execute(request).pipe(
        Effect.mapError((e) => Response.fromHttpClientError(e, secrets)),
        Effect.flatMap(decodeIssued)
      )
      return Retry.retry(policy, Response.requestInfo(request), () => attempt, scope)
    }

    // a pre-issued JWT until its `exp`; an O11y token (no `exp`) for ever
    const withCredential: Effect.Effect<Issued, GalileoError> = credential._tag === "Jwt" || credential._tag === "O11y"
      ? preIssued(credential.token)
      : exchange(config.retryPolicy, loginRequest(config.apiUrl, credential), read.secrets)

    // one attempt (the credential takes over when it fails); the value held was checked to be
    // cookie-octets when the server set it, so the platform can put it in a header
    const withRefreshToken = (refreshToken: Redacted.Redacted<string>) =>
      exchange(
        RetryPolicy.withoutRetries(config.retryPolicy),
        HttpClientRequest.setHeader(
          HttpClientRequest.acceptJson(HttpClientRequest.post(`${config.apiUrl}${paths.refresh}`)),
          "cookie",
          `refresh_token=${Redacted.value(refreshToken)}`
        ),
        [...read.secrets, refreshToken]
      )
    const viaCredential = Effect.map(withCredential, (i) => [i, "credential"] as const)
    const viaRefreshToken = (refreshToken: Redacted.Redacted<string>) =>
      withRefreshToken(refreshToken).pipe(
        Effect.map((i) => [i, "refresh_token"] as const),
        Effect.orElse(() =>
          Effect.suspend(() => {
            held = undefined
            return viaCredential
          })
        )
      )
    const renew: Effect.Effect<readonly [Issued, string], GalileoError> = Effect.suspend(() =>
      held === undefined ? viaCredential : viaRefreshToken(held)
    )

    return spanned(
      config.tracing,
      "AuthService.login",
      { "galileo.credential": credential._tag, "galileo.api_url": config.apiUrl },
      () => "ok",
      (span) =>
        Effect.map(renew, ([result, via]) => {
          span?.attribute("galileo.renewal", via)
          span?.attribute("galileo.token.expires", Option.isSome(result.token.expiresAt))
          // a new refresh cookie replaces the one held (this runs once, as the login's last step)
          if (result.refreshToken !== undefined) held = result.refreshToken ?? undefined
          return result.token
        })
    )
  }
