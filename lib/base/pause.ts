// Waiting without blocking: a pause of some milliseconds (the collector's polite delay), and the next
// task (a long job over thousands of reports gives the page back to paint and answer between parts).
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const nextTask = () => sleep(0);
