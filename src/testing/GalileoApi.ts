/**
 * The embedded server's API, declared with `@effect/platform`'s `HttpApi` from the very Schemas
 * the client decodes with, so its `/openapi.json` can be compared with Galileo's contract.
 *
 * @since 0.1.0
 */
import { HttpApi, HttpApiEndpoint, HttpApiGroup } from "@effect/platform"
import * as Contract from "../Contract.js"

const login = <const Name extends string>(name: Name, path: `/${string}`) =>
  HttpApiEndpoint.post(name, path)
    .setPayload(Contract.ApiKeyLoginRequest)
    .addSuccess(Contract.Token)
    .addError(Contract.HTTPValidationError, { status: 422 })
    .addError(Contract.DetailMessage, { status: 401 })

/**
 * `POST /v1/login/api_key` (and `/login/api_key`, as the official SDKs call it).
 *
 * @since 0.1.0
 */
export class AuthGroup extends HttpApiGroup.make("auth")
  .add(login("login_api_key_v1_login_api_key_post", "/v1/login/api_key"))
  .add(login("login_api_key_login_api_key_post", "/login/api_key"))
{}

/**
 * `GET /healthcheck` and `GET /current_user` (with their `/v1` forms).
 *
 * @since 0.1.0
 */
export class SystemGroup extends HttpApiGroup.make("system")
  .add(HttpApiEndpoint.get("healthcheck", "/healthcheck").addSuccess(Contract.Healthcheck))
  .add(HttpApiEndpoint.get("healthcheck_v1", "/v1/healthcheck").addSuccess(Contract.Healthcheck))
  .add(
    HttpApiEndpoint.get("current_user", "/current_user").addSuccess(Contract.CurrentUser).addError(
      Contract.DetailMessage,
      { status: 401 }
    )
  )
  .add(
    HttpApiEndpoint.get("current_user_v1", "/v1/current_user").addSuccess(Contract.CurrentUser).addError(
      Contract.DetailMessage,
      { status: 401 }
    )
  )
{}

/**
 * The whole embedded API.
 *
 * @since 0.1.0
 */
export class GalileoApi extends HttpApi.make("galileo").add(AuthGroup).add(SystemGroup) {}

/**
 * Every route the embedded server answers, as `METHOD path` (its HttpApi endpoints and
 * `GET /openapi.json`). Anything else gets FastAPI's 404 or 405.
 *
 * @since 0.1.0
 */
export const routes: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const table = new Map<string, Set<string>>([["/openapi.json", new Set(["GET"])]])
  HttpApi.reflect(GalileoApi, {
    onGroup: () => {},
    onEndpoint: ({ endpoint }) => {
      table.set(endpoint.path, new Set([...table.get(endpoint.path) ?? [], endpoint.method]))
    }
  })
  return table
})()
