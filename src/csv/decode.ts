/**
 * Bytes → text the way an author's spreadsheet meant them. Excel on a Finnish Windows machine
 * saves "CSV (semicolon-separated)" as Windows-1252 and "CSV UTF-8" with a byte-order mark;
 * both must read the same, and anything else (UTF-16, a binary file) is an error rather than
 * silently turning into mojibake on a public page.
 */

export type Encoding = 'utf-8' | 'windows-1252';

export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding; bom: boolean }
  | { ok: false; reason: 'utf-16' | 'binary'; offset: number };

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const WINDOWS_1252 = new TextDecoder('windows-1252');

/** The five byte values Windows-1252 leaves undefined: seeing one means the file is something else. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

export function decodeCsvBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, reason: 'utf-16', offset: 0 };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul !== -1) return { ok: false, reason: 'binary', offset: nul + (bom ? 3 : 0) };
  try {
    return { ok: true, text: UTF8.decode(body), encoding: 'utf-8', bom };
  } catch {
    // Not UTF-8: the only other encoding Excel produces here is Windows-1252.
  }
  for (let i = 0; i < body.length; i++) {
    if (UNDEFINED_IN_1252.has(body[i]!)) return { ok: false, reason: 'binary', offset: i + (bom ? 3 : 0) };
  }
  return { ok: true, text: WINDOWS_1252.decode(body), encoding: 'windows-1252', bom };
}

/** 1-based line of a byte offset, for pointing at the first undecodable byte. */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
