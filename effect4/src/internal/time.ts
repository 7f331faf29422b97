/**
 * Instants from epoch millis, without `DateTime.makeUnsafe`'s parsing of every input kind (and
 * its weight in a browser bundle), and without its exception for an instant out of range.
 *
 * @internal
 */
import * as DateTime from "effect/DateTime"
import * as Option from "effect/Option"

/** The UTC instant at `millis`, or `None` when no `Date` can hold it. */
export const utcAt = (millis: number): Option.Option<DateTime.Utc> => {
  const date = new Date(millis)
  return Number.isNaN(date.getTime()) ? Option.none() : Option.some(DateTime.fromDateUnsafe(date))
}

/** An ISO 8601 text of the instant at `millis`, or the number itself when no `Date` can hold it. */
export const isoAt = (millis: number): string => {
  const date = new Date(millis)
  return Number.isNaN(date.getTime()) ? `${millis} ms after the epoch` : date.toISOString()
}
