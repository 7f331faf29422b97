// Copied from core/src/server/auth.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * The embedded server's built-in authentication routes, answered synchronously: the logins (API
 * key, password form, social ID or access token) with their access token and refresh cookie,
 * `/refresh_token`, `/current_user` and `/token` (a bearer token or the `Galileo-API-Key`
 * header); and the signing of access and ID tokens.
 *
 * @since 0.2.0
 */
import { randomUUID } from "node:crypto"
import { ssoProviders } from "../galileo.js"
import * as FastApi from "./fastApi.js"
import * as Form from "./form.js"
import { type Answer, cookies, type Ctx, header, type Incoming } from "./http.js"
import * as Jwt from "./jwt.js"
import type { SocialProvider } from "./model.js"
import * as State from "./state.js"

const notAuthenticated: Answer = FastApi.json(401, { detail: "Not authenticated" }, { "www-authenticate": "Bearer" })

/**
 * Signs an access token for an identity.
 *
 * @since 0.2.0
 * @category utils
 */
export const signAccess = (
  ctx: Ctx,
  identity: State.Identity,
  lifetimeMillis: number,
  issuedAtMillis: number
): string => {
  const iat = Math.floor(issuedAtMillis / 1000)
  const defaultEmail = `${identity.subject}@galileo.test`
  return Jwt.sign({
    sub: identity.subject,
    iat,
    exp: iat + Math.round(lifetimeMillis / 1000),
    jti: randomUUID(),
    ...(identity.email === defaultEmail ? {} : { email: identity.email }),
    ...(identity.authMethod === undefined ? {} : { auth_method: identity.authMethod })
  }, ctx.state.accessSecret)
}

/**
 * Signs an ID token, one that `/login/social` accepts, for an email.
 *
 * @since 0.2.0
 * @category utils
 */
export const signId = (ctx: Ctx, email: string, lifetimeMillis: number, issuedAtMillis: number): string => {
  const iat = Math.floor(issuedAtMillis / 1000)
  return Jwt.sign({
    iss: "galileo-effect-embedded",
    sub: email,
    email,
    iat,
    exp: iat + Math.round(lifetimeMillis / 1000),
    jti: randomUUID()
  }, ctx.state.idSecret)
}

type LoginKind = "apiKeyLogins" | "passwordLogins" | "socialLogins"

/** A token answer with a fresh refresh cookie. */
const tokenAnswer = (ctx: Ctx, identity: State.Identity): Answer => {
  const refresh = ctx.state.issueRefreshToken(identity)
  return FastApi.json(200, {
    access_token: signAccess(ctx, identity, ctx.tokenLifetimeMillis, ctx.now()),
    token_type: "bearer"
  }, {
    "set-cookie": `refresh_token=${refresh}; HttpOnly; Path=/; SameSite=lax`
  })
}

const verifiedEmail = (claims: Jwt.Claims | undefined, provider: SocialProvider): State.Identity | undefined =>
  claims === undefined ? undefined : State.emailIdentity(claims.email ?? claims.sub, provider)

const login = (ctx: Ctx, kind: LoginKind, identity: State.Identity | undefined, refusal: Answer): Answer => {
  if (identity === undefined) {
    ctx.state.count("refusedLogins")
    return refusal
  }
  ctx.state.count("logins")
  ctx.state.count(kind)
  return tokenAnswer(ctx, identity)
}

const invalidLogin = (ctx: Ctx, answer: Answer): Answer => {
  ctx.state.count("invalidLogins")
  return answer
}

/**
 * `POST /login/api_key`.
 *
 * @since 0.2.0
 * @category handlers
 */
export const loginApiKey = (ctx: Ctx, incoming: Incoming): Answer => {
  const read = FastApi.readBody(incoming.bytes, header(incoming.headers, "content-type"))
  if (read._tag !== "Ok") return invalidLogin(ctx, FastApi.bodyFailure(read))
  const valid = FastApi.validateModel(read.body, [["api_key", FastApi.str]])
  if (valid._tag === "Errors") {
    return invalidLogin(
      ctx,
      FastApi.unprocessable(valid.errors, read.body._tag === "Json" ? read.body.unencodable : undefined)
    )
  }
  const key = valid.values.get("api_key")
  return login(
    ctx,
    "apiKeyLogins",
    typeof key === "string" ? ctx.state.apiKey(key) : undefined,
    FastApi.json(401, { detail: "Invalid API key" })
  )
}

/**
 * `POST /login`, with OAuth2's password form.
 *
 * @since 0.2.0
 * @category handlers
 */
export const loginPassword = (ctx: Ctx, incoming: Incoming): Answer => {
  const read = Form.readForm(incoming.bytes, header(incoming.headers, "content-type"))
  if (read._tag === "Failed") return invalidLogin(ctx, read.answer)
  const valid = Form.validatePasswordForm(read.form)
  if (valid._tag === "Errors") return invalidLogin(ctx, FastApi.unprocessable(valid.errors))
  return login(
    ctx,
    "passwordLogins",
    ctx.state.user(valid.username, valid.password),
    FastApi.json(401, { detail: "Incorrect username or password" }, { "www-authenticate": "Bearer" })
  )
}

const providers = FastApi.enumOf(ssoProviders)
const isProvider = (u: unknown): u is SocialProvider => ssoProviders.some((p) => p === u)
const optionalStr = FastApi.nullable(FastApi.str)

/**
 * `POST /login/social`: `provider` and an `id_token` (or, in its place, an `access_token`) the
 * server signed, or one of the options' `idTokens`.
 *
 * @since 0.2.0
 * @category handlers
 */
export const loginSocial = (ctx: Ctx, incoming: Incoming): Answer => {
  const read = FastApi.readBody(incoming.bytes, header(incoming.headers, "content-type"))
  if (read._tag !== "Ok") return invalidLogin(ctx, FastApi.bodyFailure(read))
  const valid = FastApi.validateModel(read.body, [
    ["id_token", optionalStr, "optional"],
    ["access_token", optionalStr, "optional"],
    ["provider", providers]
  ])
  if (valid._tag === "Errors") {
    return invalidLogin(
      ctx,
      FastApi.unprocessable(valid.errors, read.body._tag === "Json" ? read.body.unencodable : undefined)
    )
  }
  const idToken = valid.values.get("id_token")
  const token = typeof idToken === "string" ? idToken : valid.values.get("access_token")
  const provider = valid.values.get("provider")
  const identity = typeof token === "string" && isProvider(provider)
    ? verifiedEmail(Jwt.verify(token, ctx.state.idSecret, ctx.now() / 1000), provider) ??
      ctx.state.idToken(token, provider)
    : undefined
  return login(ctx, "socialLogins", identity, FastApi.json(401, { detail: "Invalid ID token" }))
}

/** FastAPI's 422 for the required `refresh_token: str = Cookie()` parameter when it is not sent. */
const missingCookie = FastApi.unprocessable([FastApi.missing(["cookie", "refresh_token"], null)])

/**
 * `POST /refresh_token`, with the `refresh_token` cookie (used once).
 *
 * @since 0.2.0
 * @category handlers
 */
export const refreshToken = (ctx: Ctx, incoming: Incoming): Answer => {
  const cookie = cookies(incoming.headers).get("refresh_token")
  if (cookie === undefined) {
    ctx.state.count("refusedRefreshes")
    return missingCookie
  }
  const identity = cookie === "" ? undefined : ctx.state.useRefreshToken(cookie)
  if (identity === undefined) {
    ctx.state.count("refusedRefreshes")
    return FastApi.json(401, { detail: "Invalid refresh token" })
  }
  ctx.state.count("refreshes")
  return tokenAnswer(ctx, identity)
}

/**
 * 401 "Not authenticated", counted.
 *
 * @since 0.2.0
 * @category handlers
 */
export const unauthorized = (ctx: Ctx): Answer => {
  ctx.state.count("unauthorizedCalls")
  return notAuthenticated
}

/**
 * Who calls: the claims of a valid bearer token, else the identity of the API key in a
 * `Galileo-API-Key` header (or `Splunk-AO-API-Key`, the name the reference's `APIKeyHeader` has).
 *
 * @since 0.3.0
 * @category utils
 */
export const caller = (ctx: Ctx, incoming: Incoming): State.Identity | undefined => {
  const claims = incoming.bearer
  if (claims !== undefined) {
    return { subject: claims.sub, email: claims.email ?? `${claims.sub}@galileo.test`, authMethod: claims.authMethod }
  }
  const key = header(incoming.headers, "galileo-api-key") ?? header(incoming.headers, "splunk-ao-api-key")
  return key === undefined ? undefined : ctx.state.apiKey(key)
}

/** Galileo's `CurrentUserDB` for an identity (every user a `user` of the one organization). */
const userOf = (identity: State.Identity) => ({
  id: State.userIdOf(identity.subject),
  email: identity.email,
  first_name: identity.email.split("@")[0] ?? "",
  last_name: "",
  auth_method: identity.authMethod ?? "email",
  role: "user",
  email_is_verified: true,
  organization_id: State.organization.id,
  organization_name: State.organization.name,
  created_at: createdAt,
  updated_at: createdAt,
  permissions: []
})

/** When every user of the server was created, as pydantic renders a UTC `datetime`. */
const createdAt = "2025-01-01T00:00:00Z"

/**
 * `GET /current_user`: Galileo's `CurrentUserDB` (`id` and `organization_id` version 4 UUIDs,
 * stable per user).
 *
 * @since 0.2.0
 * @category handlers
 */
export const currentUser = (ctx: Ctx, incoming: Incoming): Answer => {
  const identity = caller(ctx, incoming)
  return identity === undefined ? unauthorized(ctx) : FastApi.json(200, userOf(identity))
}

/**
 * `GET /token`: Galileo's `GetTokenResponse`, a new access token for the caller (as a login
 * would issue: the server's token lifetime) with its expiry as pydantic renders a UTC `datetime`.
 *
 * @since 0.3.0
 * @category handlers
 */
export const getToken = (ctx: Ctx, incoming: Incoming): Answer => {
  const identity = caller(ctx, incoming)
  if (identity === undefined) return unauthorized(ctx)
  const now = ctx.now()
  const accessToken = signAccess(ctx, identity, ctx.tokenLifetimeMillis, now)
  const exp = Math.floor(now / 1000) + Math.round(ctx.tokenLifetimeMillis / 1000)
  return FastApi.json(200, {
    access_token: accessToken,
    token_type: "bearer",
    expires_at: new Date(exp * 1000).toISOString().replace(/\.000Z$/, "Z")
  })
}
