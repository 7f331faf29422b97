/**
 * A usage problem found once a command runs (a busy port, a setting the library refused): one
 * line that names the flag or variable at fault, and exit code 2.
 *
 * @since 0.2.0
 */
import * as Data from "effect/Data"

/**
 * A usage problem.
 *
 * @since 0.2.0
 */
export class UsageError extends Data.TaggedError("UsageError")<{ readonly message: string }> {}
