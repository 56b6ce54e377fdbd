import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';

/** A file opened for streaming, gunzipped when its name ends in `.gz`. */
export interface OpenedSource {
  /** UTF-8 text chunks, or Buffers when opened with `binary`. */
  stream: Readable;
  /** Bytes of the file on disk read so far (compressed bytes for .gz), for progress. */
  bytesRead(): number;
  totalBytes: number;
}

/** Opens a file as a UTF-8 text stream (or raw bytes with `binary`) without reading it whole. */
export function openSource(file: string, binary = false): OpenedSource {
  const raw = createReadStream(file, { highWaterMark: 1 << 20 });
  let read = 0;
  raw.on('data', (chunk) => {
    read += chunk.length;
  });
  const stream = file.toLowerCase().endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  raw.on('error', (error) => stream.destroy(error));
  if (!binary) stream.setEncoding('utf8');
  return { stream, bytesRead: () => read, totalBytes: statSync(file).size };
}

/** Lines of a file (CRLF or LF), streamed with node:readline. */
export function readSourceLines(source: OpenedSource): AsyncIterable<string> {
  return createInterface({ input: source.stream, crlfDelay: Infinity });
}
