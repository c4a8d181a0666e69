// When the reader's modules began to load: imported first by the reader, so that this module's one line
// runs before every other module of it, and the reader can say what loading them all cost (a table or
// formatter built at loading is paid on every report page, before the read).
export const loadedAt = performance.now();
