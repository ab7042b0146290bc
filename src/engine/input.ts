import { DocumentError } from './errors.js';

/** Default for the largest document checked; larger ones are reported, not parsed. */
export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

/** How many leading bytes are searched for a NUL when telling binary files from text. */
const BINARY_SNIFF_BYTES = 8000;

/**
 * Turns a file's bytes into text the engine can check: refuses binary data, invalid UTF-8 and
 * documents over `maxBytes`, naming the line where the problem is. Drops a BOM.
 */
export function decodeDocument(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): string {
  if (bytes.length > maxBytes) {
    throw new DocumentError(`too large to check: ${formatBytes(bytes.length)}, over the limit of ${formatBytes(maxBytes)} (max-size)`, 1);
  }
  const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES);
  const nul = sniff.indexOf(0);
  if (nul !== -1) {
    throw new DocumentError(`binary file (NUL byte at offset ${nul}), not Markdown`, lineOfOffset(bytes, nul));
  }
  return decodeText(bytes);
}

/**
 * Strict UTF-8 to text, for every file plancheck reads (documents, templates, configuration):
 * the one place a BOM is dropped. Invalid bytes are refused, naming the line.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    throw new DocumentError(`not UTF-8 (invalid byte 0x${bytes[bad].toString(16).padStart(2, '0')} at offset ${bad})`, lineOfOffset(bytes, bad));
  }
}

/** A size in the units people read: `512 B`, `3.2 KiB`, `4.0 MiB`. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8's rules. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let need = 0;
    let min = 0;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= b.length) return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return Math.max(0, b.length - 1);
}
