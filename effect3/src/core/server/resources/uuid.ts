// Copied from core/src/server/resources/uuid.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * UUIDs as pydantic reads them (Rust's `uuid` crate): the four accepted forms (32 hex digits;
 * hyphenated; hyphenated in braces; `urn:uuid:` and hyphenated), the crate's error messages for
 * the others, and the version (4 only with the RFC 4122 variant, as Python's `UUID.version`).
 *
 * @since 0.3.0
 */
import { randomUUID } from "node:crypto"

/**
 * What parsing a UUID gives: the canonical form (lower case, hyphenated) and its version (`0`
 * when the variant is not RFC 4122's), or the crate's error message.
 *
 * @since 0.3.0
 * @category models
 */
export type Parsed =
  | { readonly _tag: "Uuid"; readonly uuid: string; readonly version: number }
  | { readonly _tag: "Error"; readonly error: string }

const hex = /^[0-9a-fA-F]$/
const groupStarts = [0, 9, 14, 19, 24] as const
const groupLengths = [8, 4, 4, 4, 12] as const

const canonical = (digits: string): Parsed => {
  const d = digits.toLowerCase()
  const variant = d[16] ?? ""
  const version = "89ab".includes(variant) ? parseInt(d[12] ?? "0", 16) : 0
  return {
    _tag: "Uuid",
    uuid: `${d.slice(0, 8)}-${d.slice(8, 12)}-${d.slice(12, 16)}-${d.slice(16, 20)}-${d.slice(20)}`,
    version
  }
}

const isHyphenated = (s: string): boolean =>
  s.length === 36 && s[8] === "-" && s[13] === "-" && s[18] === "-" && s[23] === "-" &&
  /^[0-9a-fA-F]{32}$/.test(s.slice(0, 8) + s.slice(9, 13) + s.slice(14, 18) + s.slice(19, 23) + s.slice(24))

/**
 * Parses a UUID as `Uuid::parse_str` does.
 *
 * @since 0.3.0
 * @category parsing
 */
export const parseUuid = (input: string): Parsed => {
  if (input.length === 32 && /^[0-9a-fA-F]{32}$/.test(input)) return canonical(input)
  if (isHyphenated(input)) return canonical(input.replace(/-/g, ""))
  if (input.length === 38 && input.startsWith("{") && input.endsWith("}") && isHyphenated(input.slice(1, -1))) {
    return canonical(input.slice(1, -1).replace(/-/g, ""))
  }
  if (input.length === 45 && input.startsWith("urn:uuid:") && isHyphenated(input.slice(9))) {
    return canonical(input.slice(9).replace(/-/g, ""))
  }
  return { _tag: "Error", error: errorOf(input) }
}

const utf8Length = (s: string): number => Buffer.byteLength(s, "utf8")

/** `InvalidUuid::into_err`: why the text is not a UUID. */
const errorOf = (input: string): string => {
  const [body, offset, simple] = input.length >= 2 && input.startsWith("{") && input.endsWith("}")
    ? [input.slice(1, -1), 1, false]
    : input.startsWith("urn:uuid:")
    ? [input.slice(9), 9, false]
    : [input, 0, true]
  let hyphens = 0
  const bounds: Array<number> = []
  let byteIndex = 0
  for (const character of body) {
    if (character === "-") {
      if (hyphens < 4) bounds.push(byteIndex)
      hyphens++
    } else if (!hex.test(character)) {
      return `invalid character: found \`${character}\` at ${byteIndex + offset + 1}`
    }
    byteIndex += utf8Length(character)
  }
  const length = utf8Length(input)
  if (hyphens === 0 && simple) return `invalid length: expected length 32 for simple format, found ${length}`
  if (hyphens !== 4) return `invalid group count: expected 5, found ${hyphens + 1}`
  for (let i = 0; i < 4; i++) {
    const bound = bounds[i] ?? 0
    const start = groupStarts[i] ?? 0
    if (bound !== (groupStarts[i + 1] ?? 0) - 1) {
      return `invalid group length in group ${i}: expected ${groupLengths[i] ?? 0}, found ${bound - start}`
    }
  }
  return `invalid group length in group 4: expected 12, found ${length - groupStarts[4]}`
}

/**
 * A new random (version 4) UUID, as the reference's ids are.
 *
 * @since 0.3.0
 * @category constructors
 */
export const newId = (): string => randomUUID()
