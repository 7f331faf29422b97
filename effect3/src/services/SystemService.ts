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
import * as Effect from "effect/Effect"
import * as Contract from "../Contract.js"
import * as GalileoHttpClient from "../GalileoHttpClient.js"

/**
 * The service; `SystemService.Default` is its Layer (it needs `GalileoHttpClient`).
 *
 * @since 0.2.0
 * @category services
 */
export class SystemService extends Effect.Service<SystemService>()("galileo-effect/SystemService", {
  effect: Effect.gen(function*() {
    const client = yield* GalileoHttpClient.GalileoHttpClient
    return {
      /** `GET {api}/healthcheck` */
      healthcheck: Effect.flatMap(client.get("healthcheck"), client.decode(Contract.Healthcheck)),
      /** `GET {api}/current_user` */
      currentUser: Effect.flatMap(client.get("current_user"), client.decode(Contract.CurrentUser))
    }
  })
}) {}
