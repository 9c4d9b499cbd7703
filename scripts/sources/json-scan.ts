/**
 * A strict JSON scanner that only checks: JSON.parse keeps the last of two equal keys without a
 * word, and its syntax messages do not always carry a position ("Unexpected token 'X', "X..." is
 * not valid JSON"). The scanner finds the first defect and its offset; JSON.parse still builds
 * the values.
 */
export interface JsonDefect {
  /** Offset in the text (UTF-16 code units) of the character at fault. */
  offset: number;
  problem: string;
}

/** Deeper nesting than this is refused rather than risking the stack (GeoJSON needs six). */
const MAX_DEPTH = 256;

export function findJsonDefect(text: string): JsonDefect | undefined {
  try {
    new Scanner(text).document();
    return undefined;
  } catch (error) {
    if (error instanceof Defect) return { offset: error.offset, problem: error.message };
    throw error;
  }
}

class Defect extends Error {
  constructor(
    readonly offset: number,
    problem: string,
  ) {
    super(problem);
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set([...'"\\/bfnrt'].map((c) => c.charCodeAt(0)));
const HEX4 = /[0-9a-fA-F]{4}/y;

class Scanner {
  private i = 0;
  constructor(private readonly text: string) {}

  document(): void {
    this.space();
    this.value(0);
    this.space();
    if (this.i < this.text.length) this.fail(`unexpected ${this.found()} after the end of the JSON value`);
  }

  private value(depth: number): void {
    if (depth > MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH} levels`);
    const c = this.text.charCodeAt(this.i);
    if (c === 0x7b) this.object(depth);
    else if (c === 0x5b) this.array(depth);
    else if (c === QUOTE) this.string();
    else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) this.number();
    else if (!this.literal("true") && !this.literal("false") && !this.literal("null"))
      this.fail(`expected a value, found ${this.found()}`);
  }

  private object(depth: number): void {
    this.i++;
    this.space();
    if (this.text.charCodeAt(this.i) === 0x7d) {
      this.i++;
      return;
    }
    const keys = new Map<string, number>();
    for (;;) {
      if (this.text.charCodeAt(this.i) !== QUOTE)
        this.fail(`expected a property name in double quotes, found ${this.found()}`);
      const start = this.i;
      const key = this.string();
      const first = keys.get(key);
      if (first !== undefined)
        this.fail(`duplicated key ${JSON.stringify(key)} (first at ${this.where(first)})`, start);
      keys.set(key, start);
      this.space();
      if (this.text.charCodeAt(this.i) !== 0x3a) this.fail(`expected ':' after a property name, found ${this.found()}`);
      this.i++;
      this.space();
      this.value(depth + 1);
      this.space();
      const c = this.text.charCodeAt(this.i);
      this.i++;
      if (c === 0x7d) return;
      if (c !== 0x2c)
        this.fail(`expected ',' or '}' after a property value, found ${this.found(this.i - 1)}`, this.i - 1);
      this.space();
    }
  }

  private array(depth: number): void {
    this.i++;
    this.space();
    if (this.text.charCodeAt(this.i) === 0x5d) {
      this.i++;
      return;
    }
    for (;;) {
      this.value(depth + 1);
      this.space();
      const c = this.text.charCodeAt(this.i);
      this.i++;
      if (c === 0x5d) return;
      if (c !== 0x2c)
        this.fail(`expected ',' or ']' after an array element, found ${this.found(this.i - 1)}`, this.i - 1);
      this.space();
    }
  }

  /** Scans a string at the opening quote and returns its value (decoded only when it has escapes). */
  private string(): string {
    const start = this.i;
    let escaped = false;
    this.i++;
    for (;;) {
      const c = this.text.charCodeAt(this.i);
      if (c === QUOTE) break;
      if (Number.isNaN(c)) this.fail("unexpected end of the file inside a string");
      if (c < 0x20) this.fail(`unescaped control character U+${c.toString(16).padStart(4, "0")} inside a string`);
      if (c === BACKSLASH) {
        escaped = true;
        const next = this.text.charCodeAt(this.i + 1);
        if (next === 0x75) {
          HEX4.lastIndex = this.i + 2;
          if (!HEX4.test(this.text)) this.fail("invalid \\u escape: four hexadecimal digits expected");
          this.i += 6;
          continue;
        }
        if (!ESCAPES.has(next)) this.fail(`invalid escape \\${this.text[this.i + 1] ?? ""}`);
        this.i += 2;
        continue;
      }
      this.i++;
    }
    this.i++;
    const raw = this.text.slice(start, this.i);
    return escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  }

  private number(): void {
    NUMBER.lastIndex = this.i;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail(`expected a number, found ${this.found()}`);
    this.i += match![0].length;
  }

  private literal(word: string): boolean {
    if (!this.text.startsWith(word, this.i)) return false;
    this.i += word.length;
    return true;
  }

  private space(): void {
    for (;;) {
      const c = this.text.charCodeAt(this.i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
      this.i++;
    }
  }

  private found(at = this.i): string {
    if (at >= this.text.length) return "the end of the file";
    const c = this.text.codePointAt(at)!;
    const code = `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
    return c < 0x20 || c === 0x7f ? code : `${JSON.stringify(String.fromCodePoint(c))} (${code})`;
  }

  /** Line and column (1-based) of an offset, for a message that points at an earlier place. */
  private where(offset: number): string {
    const { line, column } = lineAndColumn(this.text, offset);
    return `line ${line}, column ${column}`;
  }

  private fail(problem: string, at = this.i): never {
    throw new Defect(at, problem);
  }
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf("\n");
  return { line: before.split("\n").length, column: offset - lastBreak };
}
