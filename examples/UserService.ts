/**
 * A worked example: two small Galileo services written only against `GalileoHttpClient`.
 * They know nothing of API keys, tokens, retries or 401s: the client handles all of that.
 */
import { Effect } from "effect"
import { Contract, GalileoHttpClient } from "galileo-effect"

/** `GET /healthcheck`. */
export class HealthService extends Effect.Service<HealthService>()("examples/HealthService", {
  effect: Effect.gen(function*() {
    const client = yield* GalileoHttpClient.GalileoHttpClient
    return {
      check: Effect.flatMap(client.get("healthcheck"), GalileoHttpClient.decode(Contract.Healthcheck))
    }
  })
}) {}

/** `GET /current_user`. */
export class UserService extends Effect.Service<UserService>()("examples/UserService", {
  effect: Effect.gen(function*() {
    const client = yield* GalileoHttpClient.GalileoHttpClient
    return {
      currentUser: Effect.flatMap(client.get("current_user"), GalileoHttpClient.decode(Contract.CurrentUser))
    }
  })
}) {}
