// Copied from core/src/cli/Text.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * Text from elsewhere (a server's answer, an error's message) made safe for a terminal. Plain
 * TypeScript with no dependency.
 *
 * @since 0.3.0
 */

/**
 * C0 controls (newline and tab included), DEL, C1 controls, and the Unicode marks that reorder
 * or hide what follows (bidirectional overrides and isolates, line and paragraph separators).
 */
const unsafe = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

const hex = (c: string): string => {
  const code = c.charCodeAt(0)
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`
}

/**
 * `text` with every control character written as an escape (`\x1b`, `\x07`, `\u202e`), so an
 * ANSI or OSC sequence, a carriage return or a bell a server sent is shown, not obeyed.
 *
 * @since 0.3.0
 */
export const printable = (text: string): string => text.replace(unsafe, hex)

/**
 * `text` on one line: newlines and the blanks around them become one space, then every
 * other control character is escaped (see {@link printable}).
 *
 * @since 0.3.0
 */
export const printableLine = (text: string): string => printable(text.replace(/\s*\n\s*/g, " ").trim())
