// Copied from core/src/server/pythonText.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * Request bytes as CPython's `json.loads(bytes)` reads them first:
 * `bytes.decode(json.detect_encoding(b), "surrogatepass")`, as code points (UTF-8, UTF-16 and
 * UTF-32 by their BOM or their zero bytes), for the embedded server's JSON scanner.
 *
 * @since 0.2.0
 */

const encodingOf = (b: Uint8Array): string => {
  const at = (i: number) => b[i] ?? -1
  if (
    (at(0) === 0 && at(1) === 0 && at(2) === 0xfe && at(3) === 0xff) ||
    (at(0) === 0xff && at(1) === 0xfe && at(2) === 0 && at(3) === 0)
  ) {
    return "utf-32"
  }
  if ((at(0) === 0xfe && at(1) === 0xff) || (at(0) === 0xff && at(1) === 0xfe)) return "utf-16"
  if (at(0) === 0xef && at(1) === 0xbb && at(2) === 0xbf) return "utf-8-sig"
  if (b.length >= 4) {
    if (at(0) === 0) return at(1) !== 0 ? "utf-16-be" : "utf-32-be"
    if (at(1) === 0) return at(2) !== 0 || at(3) !== 0 ? "utf-16-le" : "utf-32-le"
  } else if (b.length === 2) {
    if (at(0) === 0) return "utf-16-be"
    if (at(1) === 0) return "utf-16-le"
  }
  return "utf-8"
}

const decodeUtf8 = (b: Uint8Array, start: number): Array<number> | undefined => {
  const out: Array<number> = []
  const cont = (i: number) => i < b.length && ((b[i] ?? 0) & 0xc0) === 0x80
  let i = start
  while (i < b.length) {
    const c = b[i] ?? 0
    if (c < 0x80) {
      out.push(c)
      i++
    } else if (c >= 0xc2 && c <= 0xdf && cont(i + 1)) {
      out.push(((c & 0x1f) << 6) | ((b[i + 1] ?? 0) & 0x3f))
      i += 2
    } else if (c >= 0xe0 && c <= 0xef && cont(i + 1) && cont(i + 2)) {
      const c1 = b[i + 1] ?? 0
      // no overlong forms; encoded surrogates (ED A0..BF) pass, as with "surrogatepass"
      if (c === 0xe0 && c1 < 0xa0) return undefined
      out.push(((c & 0x0f) << 12) | ((c1 & 0x3f) << 6) | ((b[i + 2] ?? 0) & 0x3f))
      i += 3
    } else if (c >= 0xf0 && c <= 0xf4 && cont(i + 1) && cont(i + 2) && cont(i + 3)) {
      const c1 = b[i + 1] ?? 0
      if ((c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return undefined
      out.push(((c & 0x07) << 18) | ((c1 & 0x3f) << 12) | (((b[i + 2] ?? 0) & 0x3f) << 6) | ((b[i + 3] ?? 0) & 0x3f))
      i += 4
    } else {
      return undefined
    }
  }
  return out
}

const decodeUtf16 = (b: Uint8Array, start: number, little: boolean): Array<number> | undefined => {
  if ((b.length - start) % 2 !== 0) return undefined
  const unit = (i: number) => little ? (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) : ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0)
  const out: Array<number> = []
  for (let i = start; i < b.length; i += 2) {
    const u = unit(i)
    if (u >= 0xd800 && u <= 0xdbff && i + 2 < b.length) {
      const low = unit(i + 2)
      if (low >= 0xdc00 && low <= 0xdfff) {
        out.push(0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00))
        i += 2
        continue
      }
    }
    out.push(u)
  }
  return out
}

const decodeUtf32 = (b: Uint8Array, start: number, little: boolean): Array<number> | undefined => {
  if ((b.length - start) % 4 !== 0) return undefined
  const out: Array<number> = []
  for (let i = start; i < b.length; i += 4) {
    const [b0 = 0, b1 = 0, b2 = 0, b3 = 0] = little
      ? [b[i + 3], b[i + 2], b[i + 1], b[i]]
      : [b[i], b[i + 1], b[i + 2], b[i + 3]]
    const cp = b0 * 0x1000000 + (b1 << 16) + (b2 << 8) + b3
    if (cp > 0x10ffff) return undefined
    out.push(cp)
  }
  return out
}

/**
 * The code points of a body as `bytes.decode(json.detect_encoding(b), "surrogatepass")` gives
 * them (a BOM is dropped), or `undefined` when Python raises `UnicodeDecodeError`.
 *
 * @since 0.2.0
 * @category decoding
 */
export const codePoints = (bytes: Uint8Array): ReadonlyArray<number> | undefined => {
  switch (encodingOf(bytes)) {
    case "utf-32":
      return decodeUtf32(bytes, 4, bytes[0] === 0xff)
    case "utf-16":
      return decodeUtf16(bytes, 2, bytes[0] === 0xff)
    case "utf-8-sig":
      return decodeUtf8(bytes, 3)
    case "utf-16-be":
      return decodeUtf16(bytes, 0, false)
    case "utf-16-le":
      return decodeUtf16(bytes, 0, true)
    case "utf-32-be":
      return decodeUtf32(bytes, 0, false)
    case "utf-32-le":
      return decodeUtf32(bytes, 0, true)
    default:
      return decodeUtf8(bytes, 0)
  }
}
