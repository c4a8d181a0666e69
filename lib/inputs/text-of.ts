import { decodePage } from './decode';
import type { InputFile } from './kind';

/** The input's text: as given, or its bytes decoded (BOM, declared charset, UTF-8, else GB18030). */
export const textOf = (file: InputFile): string => file.text ?? decodePage(file.bytes ?? new Uint8Array());
