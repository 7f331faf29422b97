/**
 * Records queries over the kept traces and spans (`/traces/search`, `/spans/search` and their
 * counts): `id` and `text` filters (every operator), a sort on `created_at` or `name` (newest
 * first by default), offset pagination. Linear in the records of the run (plus the sort).
 *
 * @since 0.3.0
 */

/**
 * A filter as validated (`schemas.ts`).
 *
 * @since 0.3.0
 * @category models
 */
export type Filter = Readonly<Record<string, unknown>>

/**
 * Why a query cannot run here: the filter or sort it asks for.
 *
 * @since 0.3.0
 * @category models
 */
export interface Unsupported {
  readonly _tag: "Unsupported"
  readonly detail: string
}

const asStrings = (value: unknown): ReadonlyArray<string> =>
  typeof value === "string" ? [value] : Array.isArray(value) ? value.filter((v) => typeof v === "string") : []

const columnText = (record: Readonly<Record<string, unknown>>, column: string): string | undefined => {
  const value = record[column]
  return value === undefined || value === null ? undefined : typeof value === "string" ? value : JSON.stringify(value)
}

const compare = (operator: unknown, actual: string | undefined, values: ReadonlyArray<string>): boolean => {
  switch (operator) {
    case "eq":
      return actual !== undefined && actual === values[0]
    case "ne":
      return actual !== values[0]
    case "one_of":
      return actual !== undefined && values.includes(actual)
    case "not_in":
      return actual === undefined || !values.includes(actual)
    case "contains":
      return actual !== undefined && values.some((v) => actual.includes(v))
    default:
      return false
  }
}

/**
 * A predicate over records (as the search answers them) for the filters, or why not.
 *
 * @since 0.3.0
 * @category queries
 */
export const predicate = (
  filters: ReadonlyArray<Filter>,
  filterTree: unknown
): ((record: Readonly<Record<string, unknown>>) => boolean) | Unsupported => {
  if (filterTree !== null && filterTree !== undefined) {
    return { _tag: "Unsupported", detail: "The embedded server does not support `filter_tree`; use `filters`." }
  }
  const tests: Array<(record: Readonly<Record<string, unknown>>) => boolean> = []
  for (const filter of filters) {
    const column = String(filter["column_id"])
    if (filter["type"] === "id") {
      const values = asStrings(filter["value"]).map((v) => v.toLowerCase())
      tests.push((r) => compare(filter["operator"], columnText(r, column)?.toLowerCase(), values))
    } else if (filter["type"] === "text") {
      const sensitive = filter["case_sensitive"] !== false
      const fold = (s: string) => sensitive ? s : s.toLowerCase()
      const values = asStrings(filter["value"]).map(fold)
      tests.push((r) => {
        const actual = columnText(r, column)
        return compare(filter["operator"], actual === undefined ? undefined : fold(actual), values)
      })
    } else {
      return {
        _tag: "Unsupported",
        detail: `The embedded server does not support \`${String(filter["type"])}\` filters.`
      }
    }
  }
  return (record) => tests.every((t) => t(record))
}

/**
 * Sorts records in place (a stable sort: ties keep the order they were logged in).
 *
 * @since 0.3.0
 * @category queries
 */
export const sort = <A extends { readonly createdAt: number; readonly name: string }>(
  items: Array<A>,
  clause: { readonly column_id: string; readonly ascending: boolean } | null
): Array<A> | Unsupported => {
  const column = clause?.column_id ?? "created_at"
  const sign = clause === null ? -1 : clause.ascending ? 1 : -1
  if (column === "created_at") return items.sort((a, b) => sign * (a.createdAt - b.createdAt))
  if (column === "name") return items.sort((a, b) => sign * (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return {
    _tag: "Unsupported",
    detail: `The embedded server sorts by \`created_at\` or \`name\` only, not \`${column}\`.`
  }
}

/**
 * A page of records, as `LogRecordsQueryResponse` answers it.
 *
 * @since 0.3.0
 * @category queries
 */
export const page = (
  records: ReadonlyArray<Readonly<Record<string, unknown>>>,
  start: number,
  limit: number
) => {
  const from = Math.max(0, start)
  const slice = records.slice(from, from + Math.max(0, limit))
  const next = from + slice.length
  const last = slice[slice.length - 1]
  return {
    starting_token: start,
    limit,
    paginated: next < records.length,
    next_starting_token: next < records.length ? next : null,
    last_row_id: last === undefined ? null : last["id"] ?? null,
    records: slice
  }
}
