/**
 * galileo-effect/node: the whole client on Node's own HTTP client, in one Layer.
 *
 * @since 0.1.0
 * @module
 */

/** @since 0.1.0 */
export * as NodeGalileo from "./NodeGalileo.js"
