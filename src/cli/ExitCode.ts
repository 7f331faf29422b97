/**
 * The CLI's exit codes: one per error tag, so scripts can tell failures apart.
 *
 * @since 0.1.0
 */
import type { GalileoError } from "../GalileoError.js"

/**
 * Exit code of each failure.
 *
 * | code | meaning |
 * |---|---|
 * | 0 | success |
 * | 1 | unexpected failure (a bug) |
 * | 2 | invalid configuration or usage (`ConfigError`, bad flags) |
 * | 3 | `GalileoValidationError` |
 * | 4 | `GalileoUnauthorized` |
 * | 5 | `GalileoHttpError` |
 * | 6 | `GalileoDecodeError` |
 * | 7 | `GalileoTransportError` |
 *
 * @since 0.1.0
 */
export const codes = {
  ok: 0,
  unexpected: 1,
  config: 2,
  GalileoValidationError: 3,
  GalileoUnauthorized: 4,
  GalileoHttpError: 5,
  GalileoDecodeError: 6,
  GalileoTransportError: 7
} as const satisfies Record<"ok" | "unexpected" | "config" | GalileoError["_tag"], number>
