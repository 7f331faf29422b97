import type { Schema } from "effect"
import type * as SchemaIssue from "effect/SchemaIssue"
const texts = (issue: SchemaIssue.Issue, path: ReadonlyArray<PropertyKey>): ReadonlyArray<string> => {
  const at = path.length === 0 ? "the body" : path.map(String).join(".")
  switch (issue._tag) {
    case "Pointer": return texts(issue.issue, [...path, ...issue.path])
    case "Composite": return issue.issues.flatMap((i) => texts(i, path))
    case "MissingKey": return [`${at} is missing`]
    case "UnexpectedKey": return [`${at} is not expected`]
    case "InvalidType": case "AnyOf": return [`${at} has the wrong type`]
    default: return [`${at} is not valid`]
  }
}
export const describeParseError = (error: Schema.SchemaError): string => texts(error.issue, []).join("; ")
