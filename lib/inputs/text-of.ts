import { decodeBytes } from './decode';
import type { InputFile } from './kind';

/** The input's text: as given, or its bytes decoded (BOM, charset sent or declared, UTF-8, else
 * GB18030), with the count of bytes that could not be decoded. */
export function textOf(file: InputFile): { text: string; replaced: number } {
  if (file.text !== undefined) return { text: file.text, replaced: 0 };
  const { text, replaced } = decodeBytes(file.bytes ?? new Uint8Array(), file.mime);
  return { text, replaced };
}
