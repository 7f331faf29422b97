/**
 * The embedded server's built-in authentication routes, answered synchronously: the logins (API
 * key, password form, social ID token) with their access token and refresh cookie,
 * `/refresh_token` and `/current_user`; and the signing of access and ID tokens.
 *
 * @since 0.2.0
 */
import * as Duration from "effect/Duration"
import * as Option from "effect/Option"
import { randomUUID } from "node:crypto"
import type { SocialProvider } from "../../testing/GalileoServer.js"
import * as FastApi from "./fastApi.js"
import * as Form from "./form.js"
import { type Answer, cookies, type Ctx, header, type Incoming } from "./http.js"
import * as Jwt from "./jwt.js"
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
  lifetime: Duration.Duration,
  issuedAtMillis: number
): string => {
  const iat = Math.floor(issuedAtMillis / 1000)
  const defaultEmail = `${identity.subject}@galileo.test`
  return Jwt.sign({
    sub: identity.subject,
    iat,
    exp: iat + Math.round(Duration.toSeconds(lifetime)),
    jti: randomUUID(),
    ...(identity.email === defaultEmail ? {} : { email: identity.email })
  }, ctx.state.accessSecret)
}

/**
 * Signs an ID token, one that `/login/social` accepts, for an email.
 *
 * @since 0.2.0
 * @category utils
 */
export const signId = (ctx: Ctx, email: string, lifetime: Duration.Duration, issuedAtMillis: number): string => {
  const iat = Math.floor(issuedAtMillis / 1000)
  return Jwt.sign({
    iss: "galileo-effect-embedded",
    sub: email,
    email,
    iat,
    exp: iat + Math.round(Duration.toSeconds(lifetime)),
    jti: randomUUID()
  }, ctx.state.idSecret)
}

type LoginKind = "apiKeyLogins" | "passwordLogins" | "socialLogins"

/** A token answer with a fresh refresh cookie. */
const tokenAnswer = (ctx: Ctx, identity: State.Identity): Answer => {
  const refresh = ctx.state.issueRefreshToken(identity)
  return FastApi.json(200, {
    access_token: signAccess(ctx, identity, ctx.tokenLifetime, ctx.now()),
    token_type: "bearer"
  }, {
    "set-cookie": `refresh_token=${refresh}; HttpOnly; Path=/; SameSite=lax`
  })
}

const login = (ctx: Ctx, kind: LoginKind, identity: Option.Option<State.Identity>, refusal: Answer): Answer => {
  if (Option.isNone(identity)) {
    ctx.state.count("refusedLogins")
    return refusal
  }
  ctx.state.count("logins")
  ctx.state.count(kind)
  return tokenAnswer(ctx, identity.value)
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
    typeof key === "string" ? ctx.state.apiKey(key) : Option.none(),
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

const socialProviders: ReadonlyArray<SocialProvider> = ["okta", "google", "github", "azure-ad", "custom"]
const providers = FastApi.enumOf(socialProviders)
const isProvider = (u: unknown): u is SocialProvider => socialProviders.some((p) => p === u)

/**
 * `POST /login/social`: an ID token the server signed, or one of the options' `idTokens`.
 *
 * @since 0.2.0
 * @category handlers
 */
export const loginSocial = (ctx: Ctx, incoming: Incoming): Answer => {
  const read = FastApi.readBody(incoming.bytes, header(incoming.headers, "content-type"))
  if (read._tag !== "Ok") return invalidLogin(ctx, FastApi.bodyFailure(read))
  const valid = FastApi.validateModel(read.body, [["id_token", FastApi.str], ["provider", providers]])
  if (valid._tag === "Errors") {
    return invalidLogin(
      ctx,
      FastApi.unprocessable(valid.errors, read.body._tag === "Json" ? read.body.unencodable : undefined)
    )
  }
  const token = valid.values.get("id_token")
  const provider = valid.values.get("provider")
  const identity = typeof token === "string" && isProvider(provider)
    ? Option.orElse(
      Option.map(Jwt.verify(token, ctx.state.idSecret, ctx.now() / 1000), (c) => State.emailIdentity(c.email ?? c.sub)),
      () => ctx.state.idToken(token, provider)
    )
    : Option.none()
  return login(ctx, "socialLogins", identity, FastApi.json(401, { detail: "Invalid ID token" }))
}

/**
 * `POST /refresh_token`, with the `refresh_token` cookie (used once).
 *
 * @since 0.2.0
 * @category handlers
 */
export const refreshToken = (ctx: Ctx, incoming: Incoming): Answer => {
  const cookie = cookies(incoming.headers).get("refresh_token")
  const identity = cookie === undefined || cookie === "" ? Option.none() : ctx.state.useRefreshToken(cookie)
  if (Option.isNone(identity)) {
    ctx.state.count("refusedRefreshes")
    return FastApi.json(401, { detail: cookie === undefined ? "Not authenticated" : "Invalid refresh token" })
  }
  ctx.state.count("refreshes")
  return tokenAnswer(ctx, identity.value)
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
 * `GET /current_user`.
 *
 * @since 0.2.0
 * @category handlers
 */
export const currentUser = (ctx: Ctx, incoming: Incoming): Answer =>
  Option.match(incoming.bearer, {
    onNone: () => unauthorized(ctx),
    onSome: (claims) =>
      FastApi.json(200, { id: claims.sub, email: claims.email ?? `${claims.sub}@galileo.test`, role: "user" })
  })
