/** A JSON token with the line it starts on. Scalars keep their source text. */
export type JsonToken =
  | { type: '{' | '}' | '[' | ']' | ':' | ','; line: number }
  | { type: 'string'; value: string; line: number }
  | { type: 'scalar'; text: string; line: number };

/**
 * Incremental JSON tokenizer: feed text chunks of any size, get tokens with line numbers.
 * It does not check grammar (the consumer does); it throws on characters that cannot start a
 * token and on a string left open at the end. Written here because no streaming JSON library is
 * a dependency and the brand-follower shape needs only tokens (see ./README.md).
 */
export class JsonTokenizer {
  private line = 1;
  private pending = '';
  private pendingLine = 1;
  private inString = false;
  private escape = false;
  private scalar = '';

  /** Tokenizes a chunk, calling `emit` per complete token. */
  feed(chunk: string, emit: (token: JsonToken) => void): void {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (this.inString) {
        i = this.readString(chunk, i, emit);
        continue;
      }
      if (isScalarChar(c)) {
        if (this.scalar === '') this.pendingLine = this.line;
        this.scalar += c;
        continue;
      }
      this.flushScalar(emit);
      if (c === '\n') this.line++;
      else if (c === '"') {
        this.inString = true;
        this.pending = '';
        this.pendingLine = this.line;
      } else if (c === '{' || c === '}' || c === '[' || c === ']' || c === ':' || c === ',') emit({ type: c, line: this.line });
      else if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\uFEFF') throw new Error(`line ${this.line}: unexpected character ${JSON.stringify(c)}`);
    }
  }

  /** Flushes the last token; throws when a string is left open. */
  end(emit: (token: JsonToken) => void): void {
    if (this.inString) throw new Error(`line ${this.pendingLine}: unterminated string`);
    this.flushScalar(emit);
  }

  /** Consumes string characters from `i`; returns the index of the last character consumed. */
  private readString(chunk: string, i: number, emit: (token: JsonToken) => void): number {
    let j = i;
    for (; j < chunk.length; j++) {
      const c = chunk[j];
      if (this.escape) this.escape = false;
      else if (c === '\\') this.escape = true;
      else if (c === '"') break;
      else if (c === '\n') this.line++;
    }
    this.pending += chunk.slice(i, j);
    if (j === chunk.length) return j - 1;
    this.inString = false;
    emit({ type: 'string', value: JSON.parse(`"${this.pending}"`) as string, line: this.pendingLine });
    return j;
  }

  private flushScalar(emit: (token: JsonToken) => void): void {
    if (this.scalar === '') return;
    emit({ type: 'scalar', text: this.scalar, line: this.pendingLine });
    this.scalar = '';
  }
}

function isScalarChar(c: string): boolean {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '-' || c === '+' || c === '.';
}
