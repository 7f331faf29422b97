/**
 * The ways to authenticate with Galileo, as the official SDKs do, in their order of precedence:
 * an API key, a username and password, an SSO ID token, or a pre-issued JWT. Exactly one is
 * used; every secret in it is `Redacted`.
 *
 * @since 0.2.0
 */
import * as Data from "effect/Data"
import * as Option from "effect/Option"
import type * as Redacted from "effect/Redacted"
import type { SsoProvider } from "./contract/Auth.js"

/**
 * A credential.
 *
 * - `ApiKey`: `POST {api}/login/api_key` with `{ api_key }`.
 * - `Password`: `POST {api}/login` with the OAuth2 password form.
 * - `Sso`: `POST {api}/login/social` with `{ id_token, provider }`.
 * - `Jwt`: a token issued elsewhere, used as is until it expires; no login.
 * - `O11y`: a Splunk Observability Cloud token, sent as `X-SF-Token` on every call; no login, no refresh.
 *
 * @since 0.2.0
 * @category models
 */
export type Credential = Data.TaggedEnum<{
  ApiKey: { readonly apiKey: Redacted.Redacted<string> }
  Password: { readonly username: string; readonly password: Redacted.Redacted<string> }
  Sso: { readonly idToken: Redacted.Redacted<string>; readonly provider: SsoProvider }
  Jwt: { readonly token: Redacted.Redacted<string> }
  O11y: { readonly token: Redacted.Redacted<string> }
}>

const constructors = Data.taggedEnum<Credential>()

/**
 * An API key credential.
 *
 * @since 0.2.0
 * @category constructors
 */
export const ApiKey = constructors.ApiKey

/**
 * A username and password credential.
 *
 * @since 0.2.0
 * @category constructors
 */
export const Password = constructors.Password

/**
 * An SSO ID token credential.
 *
 * @since 0.2.0
 * @category constructors
 */
export const Sso = constructors.Sso

/**
 * A pre-issued JWT.
 *
 * @since 0.2.0
 * @category constructors
 */
export const Jwt = constructors.Jwt

/**
 * A Splunk Observability Cloud (O11y) token.
 *
 * @since 0.3.0
 * @category constructors
 */
export const O11y = constructors.O11y

/**
 * The kind of a credential, as shown in spans and by `galileo-effect login` (never a secret).
 *
 * @since 0.2.0
 * @category models
 */
export type Kind = Credential["_tag"]

/**
 * Picks the credential to use by the official SDKs' precedence: API key, then username and
 * password, then SSO, then JWT.
 *
 * @since 0.2.0
 * @category utils
 */
export const first = (candidates: ReadonlyArray<Option.Option<Credential>>): Option.Option<Credential> =>
  Option.firstSomeOf(candidates)

/**
 * The secrets a credential holds, to scrub from any text an error keeps.
 *
 * @since 0.2.0
 * @category utils
 */
export const secrets = (credential: Credential): ReadonlyArray<Redacted.Redacted<string>> => {
  switch (credential._tag) {
    case "ApiKey":
      return [credential.apiKey]
    case "Password":
      return [credential.password]
    case "Sso":
      return [credential.idToken]
    case "Jwt":
    case "O11y":
      return [credential.token]
  }
}
