/**
 * Galileo's system API group: `GET /healthcheck` and `GET /current_user`. These schemas
 * require only what a real answer guarantees; other fields are kept out of the decoded value.
 *
 * @since 0.2.0
 */
import * as Schema from "effect/Schema"

/**
 * Galileo's `GET /healthcheck` answer (the fields the client reads).
 *
 * @since 0.1.0
 * @category schemas
 */
export const Healthcheck = /* @__PURE__ */ Schema.Struct({
  api_version: Schema.String,
  message: Schema.String,
  version: Schema.String
}).annotate({ identifier: "HealthcheckResponse", title: "HealthcheckResponse" })

/**
 * Decoded healthcheck answer.
 *
 * @since 0.1.0
 * @category models
 */
export type Healthcheck = typeof Healthcheck.Type

/**
 * Galileo's `GET /current_user` answer (`id` and `email`; `role` when sent).
 *
 * @since 0.1.0
 * @category schemas
 */
export const CurrentUser = /* @__PURE__ */ Schema.Struct({
  id: Schema.String,
  email: Schema.String,
  role: Schema.optional(Schema.String)
}).annotate({ identifier: "UserDB", title: "UserDB" })

/**
 * Decoded current user.
 *
 * @since 0.1.0
 * @category models
 */
export type CurrentUser = typeof CurrentUser.Type
