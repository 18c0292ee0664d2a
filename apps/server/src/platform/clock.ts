/** The clock services use; tests pass their own to move time. */
export type Clock = { now(): Date };

/** Wall-clock time. */
export const systemClock: Clock = { now: () => new Date() };
