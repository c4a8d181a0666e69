// Node's Buffer, as the `buffer` package gives it, made a global for word-extractor, which uses it without
// importing it, even as it loads (its OLE header module makes a Buffer first thing): imported before it.
import { Buffer } from 'buffer';

(globalThis as { Buffer?: unknown }).Buffer ??= Buffer;
