/**
 * The package version, sent to Galileo in `X-Galileo-SDK: galileo-effect/<version>`.
 *
 * @since 0.1.0
 */
export const version = "0.1.0"
