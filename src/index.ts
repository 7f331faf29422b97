/**
 * galileo-effect: an Effect-native client for the Galileo AI platform API.
 *
 * @since 0.1.0
 * @module
 */

/** @since 0.1.0 */
export * as AccessToken from "./AccessToken.js"
/** @since 0.1.0 */
export * as AuthConfig from "./AuthConfig.js"
/** @since 0.1.0 */
export * as AuthService from "./AuthService.js"
/** @since 0.1.0 */
export * as Contract from "./Contract.js"
/** @since 0.1.0 */
export * as GalileoError from "./GalileoError.js"
/** @since 0.1.0 */
export * as GalileoResponse from "./GalileoResponse.js"
/** @since 0.1.0 */
export * as RefreshPolicy from "./RefreshPolicy.js"
/** @since 0.1.0 */
export * as RetryPolicy from "./RetryPolicy.js"
/** @since 0.1.0 */
export * as TokenCache from "./TokenCache.js"
/** @since 0.1.0 */
export * as Galileo from "./Galileo.js"
/** @since 0.1.0 */
export * as GalileoHttpClient from "./GalileoHttpClient.js"
/** @since 0.1.0 */
export { version } from "./version.js"
