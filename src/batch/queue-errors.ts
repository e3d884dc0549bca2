/**
 * The queue's errors a command reports to people, apart from queue.ts so that telling them apart
 * does not load BullMQ.
 */
export class RedisUrlError extends Error {}
export class RedisUnreachable extends Error {}
