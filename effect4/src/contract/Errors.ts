/**
 * Galileo's standard error, as its error answers may carry it next to FastAPI's `detail`:
 * `{ "standard_error": { error_code, error_type, error_group, severity, message, retriable,
 * blocking, user_action?, documentation_link?, ... } }` (the shape the official JS client
 * decodes). Other fields are not kept; `context` least of all: it can echo anything.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"

/**
 * Galileo's standard error data.
 *
 * @since 0.3.0
 * @category schemas
 */
export const StandardError = /* @__PURE__ */ Schema.Struct({
  error_code: Schema.Number,
  error_type: Schema.String,
  error_group: Schema.String,
  severity: Schema.String,
  message: Schema.String,
  retriable: Schema.Boolean,
  blocking: Schema.Boolean,
  user_action: Schema.optional(Schema.NullOr(Schema.String)),
  documentation_link: Schema.optional(Schema.NullOr(Schema.String))
}).annotate({ identifier: "GalileoAPIStandardErrorData" })

/**
 * Decoded standard error data.
 *
 * @since 0.3.0
 * @category models
 */
export type StandardError = typeof StandardError.Type

/**
 * An error body that carries a standard error.
 *
 * @since 0.3.0
 * @category schemas
 */
export const StandardErrorBody = /* @__PURE__ */ Schema.Struct({
  standard_error: StandardError
}).annotate({ identifier: "StandardErrorBody" })

/**
 * Decoded error body with a standard error.
 *
 * @since 0.3.0
 * @category models
 */
export type StandardErrorBody = typeof StandardErrorBody.Type
