// Copied from core/src/cli/ExitCode.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * The CLI's exit codes: one per error tag, so scripts can tell failures apart. Pure data with no
 * dependency: the help text lists them before Effect is loaded, and each line maps its
 * `GalileoError` tags through `codes` (indexing it by a tag type-checks that every tag has one).
 *
 * @since 0.2.0
 */

/**
 * Exit code of each failure.
 *
 * | code | meaning |
 * |---|---|
 * | 0 | success |
 * | 1 | unexpected failure (a bug) |
 * | 2 | invalid usage or configuration (a bad flag or variable, a busy port) |
 * | 3 | `GalileoValidationError` (422) |
 * | 4 | `GalileoUnauthorized` (401/403) or `GalileoCredentialExpired` |
 * | 5 | `GalileoHttpError` |
 * | 6 | `GalileoDecodeError` |
 * | 7 | `GalileoTransportError` |
 * | 130 | interrupted (Ctrl-C), except `serve`, which ends with 0 |
 *
 * @since 0.2.0
 */
export const codes = {
  ok: 0,
  unexpected: 1,
  config: 2,
  GalileoValidationError: 3,
  GalileoUnauthorized: 4,
  GalileoCredentialExpired: 4,
  GalileoHttpError: 5,
  GalileoDecodeError: 6,
  GalileoTransportError: 7,
  interrupted: 130
} as const

/**
 * The codes as the help text lists them.
 *
 * @since 0.2.0
 */
export const descriptions: ReadonlyArray<readonly [number, string]> = [
  [codes.ok, "success"],
  [codes.unexpected, "unexpected failure"],
  [codes.config, "bad usage or configuration (the flag or variable at fault is named)"],
  [codes.GalileoValidationError, "Galileo rejected the request (422)"],
  [codes.GalileoUnauthorized, "Galileo refused the credentials (401/403), or the JWT has expired"],
  [codes.GalileoHttpError, "Galileo answered another HTTP error"],
  [codes.GalileoDecodeError, "Galileo's answer was unreadable"],
  [codes.GalileoTransportError, "Galileo could not be reached (network error or timeout)"]
]
