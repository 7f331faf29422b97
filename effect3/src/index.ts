/**
 * galileo-effect: an Effect-native client for the Galileo AI platform API.
 *
 * Layers, from the bottom: `GalileoConfig` (where and how calls go, and the credential) →
 * `AuthService` (tokens) and `GalileoHttpClient` (authenticated calls) → the platform
 * `HttpClient`. Nothing flows back up.
 *
 * @since 0.1.0
 * @module
 */

/** @since 0.1.0 */
export * as AccessToken from "./AccessToken.js"
/** @since 0.1.0 */
export * as AuthService from "./AuthService.js"
/** @since 0.1.0 */
export * as Contract from "./Contract.js"
/** @since 0.2.0 */
export * as Credential from "./Credential.js"
/** @since 0.1.0 */
export * as Galileo from "./Galileo.js"
/** @since 0.2.0 */
export * as GalileoConfig from "./GalileoConfig.js"
/** @since 0.1.0 */
export * as GalileoError from "./GalileoError.js"
/** @since 0.1.0 */
export * as GalileoHttpClient from "./GalileoHttpClient.js"
/** @since 0.1.0 */
export * as RefreshPolicy from "./RefreshPolicy.js"
/** @since 0.1.0 */
export * as RetryPolicy from "./RetryPolicy.js"
/** @since 0.1.0 */
export { version } from "./version.js"
/** @since 0.2.0 */
export * as SystemService from "./services/SystemService.js"
