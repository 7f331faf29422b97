/**
 * The package version.
 *
 * @since 0.1.0
 */

/**
 * The package version, sent to Galileo in `X-Galileo-SDK: galileo-effect/<version>`.
 *
 * @since 0.1.0
 * @category constants
 */
export const version = "0.3.0"
