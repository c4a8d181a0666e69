// Bytes as base64 and back, in pages, workers and Node alike (no Buffer, no FileReader), in chunks so
// that a 30 MB file does not overflow the argument list of String.fromCharCode. Also bytes as a binary
// string (one character a byte) and back, for readers that parse a file's bytes with string methods.
const CHUNK = 0x8000;

export function toBinary(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return binary;
}

/** A binary string's bytes (each character's low byte). */
export function fromBinary(binary: string): Uint8Array {
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export const toBase64 = (bytes: Uint8Array): string => btoa(toBinary(bytes));

export const fromBase64 = (text: string): Uint8Array => fromBinary(atob(text));
