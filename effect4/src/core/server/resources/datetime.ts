// Copied from core/src/server/resources/datetime.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * Datetimes as pydantic reads them (the `speedate` crate) and writes them: an RFC 3339 text, a
 * date alone, or a Unix time in a string; errors with speedate's messages for the date part (a
 * date followed by anything that is not a time is "unexpected extra characters at the end of the
 * input"); rendered in UTC as pydantic's JSON mode does (`2026-12-08T00:50:19.395000Z`, no
 * fraction when it is zero). Kept to the millisecond.
 *
 * @since 0.3.0
 */

/**
 * What parsing a datetime gives.
 *
 * @since 0.3.0
 * @category models
 */
export type Parsed =
  | { readonly _tag: "Millis"; readonly millis: number }
  | {
    readonly _tag: "Error"
    /** `datetime_parsing` (a Unix time out of range, year 0) or `datetime_from_date_parsing`. */
    readonly type: "datetime_parsing" | "datetime_from_date_parsing"
    readonly error: string
  }

const error = (text: string): Parsed => ({ _tag: "Error", type: "datetime_from_date_parsing", error: text })

/** The latest Unix time pydantic reads: 9999-12-31T23:59:59.999Z. */
const maxMillis = 253_402_300_799_999
/** The earliest: 1600-01-01T00:00:00Z. */
const minMillis = -11_676_096_000_000

/**
 * A Unix time as pydantic reads a number (seconds, or milliseconds beyond 2e10), or its error.
 *
 * @since 0.3.0
 * @category parsing
 */
export const fromUnix = (n: number): Parsed => {
  if (Number.isNaN(n)) return { _tag: "Error", type: "datetime_parsing", error: "NaN values not permitted" }
  const millis = Math.abs(n) > 2e10 ? n : n * 1000
  if (millis > maxMillis) {
    return { _tag: "Error", type: "datetime_parsing", error: "dates after 9999 are not supported as unix timestamps" }
  }
  if (millis < minMillis) {
    return { _tag: "Error", type: "datetime_parsing", error: "dates before 1600 are not supported as unix timestamps" }
  }
  return { _tag: "Millis", millis: Math.round(millis) }
}

const digits = (s: string, from: number, count: number): number | undefined => {
  const part = s.slice(from, from + count)
  return part.length === count && /^\d+$/.test(part) ? Number(part) : undefined
}

const daysIn = (year: number, month: number): number =>
  month === 2
    ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28)
    : [4, 6, 9, 11].includes(month)
    ? 30
    : 31

const time = /^[Tt_ ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/

/**
 * Parses a datetime as pydantic's lax `datetime` does for a string, into epoch milliseconds.
 *
 * @since 0.3.0
 * @category parsing
 */
export const parseDatetime = (input: string): Parsed => {
  if (/^[+-]?\d+(?:\.\d+)?$/.test(input)) return fromUnix(Number(input))
  if (input.length < 10) return error("input is too short")
  const year = digits(input, 0, 4)
  if (year === undefined) return error("invalid character in year")
  if (input[4] !== "-") return error("invalid date separator, expected `-`")
  const month = digits(input, 5, 2)
  if (month === undefined) return error("invalid character in month")
  if (input[7] !== "-") return error("invalid date separator, expected `-`")
  const day = digits(input, 8, 2)
  if (day === undefined) return error("invalid character in day")
  if (month < 1 || month > 12) return error("month value is outside expected range of 1-12")
  if (day < 1 || day > daysIn(year, month)) return error("day value is outside expected range")
  if (year === 0) return { _tag: "Error", type: "datetime_parsing", error: "year 0 is out of range" }
  const midnight = new Date(0)
  midnight.setUTCFullYear(year, month - 1, day)
  const date = midnight.getTime()
  if (input.length === 10) return { _tag: "Millis", millis: date }
  const m = time.exec(input.slice(10))
  const extra = error("unexpected extra characters at the end of the input")
  if (m === null) return extra
  const [, hh = "0", mm = "0", ss = "0", fraction = "", , sign, oh = "0", om = "0"] = m
  const [h, mi, s] = [Number(hh), Number(mm), Number(ss)]
  if (h > 23 || mi > 59 || s > 59 || Number(oh) > 23 || Number(om) > 59) return extra
  const offset = sign === undefined ? 0 : (sign === "-" ? -1 : 1) * (Number(oh) * 60 + Number(om)) * 60_000
  const millis = Number(fraction.padEnd(3, "0").slice(0, 3))
  return { _tag: "Millis", millis: date + ((h * 60 + mi) * 60 + s) * 1000 + millis - offset }
}

/**
 * A UTC datetime as pydantic's JSON mode renders it: `YYYY-MM-DDTHH:MM:SS[.ffffff]Z`.
 *
 * @since 0.3.0
 * @category rendering
 */
export const renderDatetime = (millis: number): string => {
  const iso = new Date(millis).toISOString()
  const [seconds = iso, fraction = "000Z"] = iso.split(".")
  return fraction === "000Z" ? `${seconds}Z` : `${seconds}.${fraction.slice(0, 3)}000Z`
}
