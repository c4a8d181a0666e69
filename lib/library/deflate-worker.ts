// The deflate worker: it serves the port the page gives it (serveDeflate, deflate-remote.ts).
import { serveDeflate } from './deflate-remote';

const scope = globalThis as unknown as { onmessage: ((e: MessageEvent<{ port: MessagePort }>) => void) | null };

scope.onmessage = ({ data: { port } }) => serveDeflate(port);
