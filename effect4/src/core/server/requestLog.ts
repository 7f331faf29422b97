// Copied from core/src/server/requestLog.ts by scripts/sync-core.mjs: edit it there. The core is Effect-free and shared by both lines.
/**
 * The embedded server's request log: the newest entries, at most `limit` of them and at most
 * `maxBytes` of them together (each counted by `entryBytes` in `log.ts`); the oldest are evicted
 * first, and an entry larger than the whole budget is not kept.
 *
 * @since 0.2.0
 */
import { entryBytes } from "./log.js"
import type { RecordedRequest } from "./model.js"

/**
 * How many bytes the log's entries may take together by default: 64 MiB.
 *
 * @since 0.2.0
 * @category constants
 */
export const defaultLogMaxBytes = 64 * 1024 * 1024

/**
 * A ring of entries bounded by count and by bytes.
 *
 * @since 0.2.0
 * @category models
 */
export class RequestLog {
  private readonly entries: Array<RecordedRequest | undefined>
  private readonly sizes: Float64Array
  private start = 0
  private size = 0
  /** The bytes the kept entries count for. */
  bytes = 0

  constructor(readonly limit: number, readonly maxBytes: number) {
    const slots = Math.max(0, Math.floor(limit))
    this.entries = new Array<RecordedRequest | undefined>(slots)
    this.sizes = new Float64Array(slots)
  }

  /** Whether entries are kept at all (else they need not be made). */
  get enabled(): boolean {
    return this.entries.length > 0 && this.maxBytes > 0
  }

  private evictOldest(): void {
    this.bytes -= this.sizes[this.start] ?? 0
    this.entries[this.start] = undefined
    this.start = (this.start + 1) % this.entries.length
    this.size--
  }

  push(entry: RecordedRequest): void {
    if (!this.enabled) return
    const bytes = entryBytes(entry)
    if (bytes > this.maxBytes) return
    if (this.size === this.entries.length) this.evictOldest()
    while (this.size > 0 && this.bytes + bytes > this.maxBytes) this.evictOldest()
    const end = (this.start + this.size) % this.entries.length
    this.entries[end] = entry
    this.sizes[end] = bytes
    this.size++
    this.bytes += bytes
  }

  /** The entries, oldest first. */
  toArray(): ReadonlyArray<RecordedRequest> {
    const out: Array<RecordedRequest> = []
    for (let i = 0; i < this.size; i++) {
      const entry = this.entries[(this.start + i) % this.entries.length]
      if (entry !== undefined) out.push(entry)
    }
    return out
  }

  clear(): void {
    this.entries.fill(undefined)
    this.start = 0
    this.size = 0
    this.bytes = 0
  }
}
