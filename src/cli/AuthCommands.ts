/**
 * `galileo-effect token` and `galileo-effect login`, loaded only when one of them runs.
 *
 * @since 0.1.0
 */
import { NodeHttpClient } from "@effect/platform-node"
import { type ConfigProvider, Console, DateTime, Duration, Effect, Option, Redacted } from "effect"
import * as AuthService from "../AuthService.js"

const withAuth = <A, E>(
  provider: ConfigProvider.ConfigProvider,
  f: (auth: AuthService.Service) => Effect.Effect<A, E>
) =>
  Effect.flatMap(AuthService.AuthService, f).pipe(
    Effect.provide(AuthService.layerConfig()),
    Effect.provide(NodeHttpClient.layerUndici),
    Effect.withConfigProvider(provider)
  )

/**
 * Prints a fresh access token and nothing else.
 *
 * @since 0.1.0
 */
export const token = (provider: ConfigProvider.ConfigProvider) =>
  withAuth(provider, (auth) => Effect.flatMap(auth.token, (t) => Console.log(Redacted.value(t.value))))

/**
 * Logs in and prints the subject, the expiry and the redacted token.
 *
 * @since 0.1.0
 */
export const login = (provider: ConfigProvider.ConfigProvider) =>
  withAuth(provider, (auth) =>
    Effect.gen(function*() {
      const t = yield* auth.login
      const now = yield* DateTime.now
      const expires = Option.match(t.expiresAt, {
        onNone: () => "unknown (no exp claim)",
        onSome: (at) =>
          `${DateTime.formatIso(at)} (in ${
            Duration.format(Duration.seconds(Math.round(DateTime.distance(now, at) / 1000)))
          })`
      })
      yield* Console.log(`Logged in to ${auth.api.baseUrl}`)
      yield* Console.log(`subject: ${Option.getOrElse(t.subject, () => "(not in the token)")}`)
      yield* Console.log(`expires: ${expires}`)
      yield* Console.log(`token:   ${t.value} (${t.type})`)
    }))
