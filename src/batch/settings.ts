/** Tunables of the batch import, named in one place. */
export const batchSettings = {
  /** Inputs hashed and queued ahead of the workers, per job: enough to keep threads busy, small enough to bound memory. */
  inFlightPerJob: 4,
  /** Seconds between plain progress lines when stderr is not a terminal. */
  plainProgressEverySeconds: 10,
  /** An index line is written with one write(2); POSIX makes O_APPEND writes of this size atomic in practice on local file systems. */
  maxIndexLineBytes: 4000,
  /** Longest error text kept in an index line (the Document holds the whole story). */
  maxErrorChars: 500,
  /** Bytes sniffed from each input to tell its kind for the index when the worker never reports (timeout, crash). */
  sniffBytes: 64 * 1024,
} as const;

/** Defaults of the distributed import (BullMQ). */
export const queueSettings = {
  queueName: "jixiao-import",
  /** Attempts per job before it goes to the dead-letter queue. */
  attempts: 3,
  /** First retry delay; doubled at each attempt (BullMQ exponential backoff). */
  backoffMs: 1000,
  /** Completed jobs kept in Redis for `--status` (the results themselves are in the output folder). */
  keepCompleted: 10_000,
} as const;
