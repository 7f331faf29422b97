/**
 * Galileo's system API group as a service: `GET /healthcheck` and `GET /current_user`. Written
 * only against `GalileoHttpClient`, it knows nothing of credentials, tokens, retries or 401s —
 * the pattern for the next Galileo service module (one file here, its schemas in `contract/`).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { SystemService } from "galileo-effect"
 *
 * export const whoAmI = Effect.flatMap(SystemService.SystemService, (system) => system.currentUser)
 * ```
 * @since 0.2.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Contract from "../Contract.js"
import * as GalileoHttpClient from "../GalileoHttpClient.js"

/**
 * The service (a `Context.Service`); `SystemService.Default` is its Layer (it needs
 * `GalileoHttpClient`), as on the Effect 3 line.
 *
 * @since 0.2.0
 * @category services
 */
export class SystemService extends Context.Service<SystemService>()("galileo-effect/SystemService", {
  make: Effect.gen(function*() {
    const client = yield* GalileoHttpClient.GalileoHttpClient
    return {
      /** `GET {api}/healthcheck` */
      healthcheck: Effect.flatMap(client.get("healthcheck"), client.decode(Contract.Healthcheck)),
      /** `GET {api}/current_user` */
      currentUser: Effect.flatMap(client.get("current_user"), client.decode(Contract.CurrentUser))
    }
  })
}) {
  /** The service's Layer: it needs `GalileoHttpClient`. */
  static readonly Default: Layer.Layer<SystemService, never, GalileoHttpClient.GalileoHttpClient> = Layer.effect(
    this,
    this.make
  )
}
