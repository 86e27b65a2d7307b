/**
 * Reading a file a moderator chose (a templates file, a selector pack, a class list): refused
 * over its size limit before it is parsed (JSON.parse on a huge file would freeze the panel
 * first), a byte order mark ignored, a JSON syntax error located by line and column.
 */

/** The UTF-8 size of `text` when it exceeds `maxBytes`, else null. */
export function sizeOver(text: string, maxBytes: number): number | null {
  // A UTF-16 unit is at most 3 UTF-8 bytes: most texts are known small without encoding them.
  if (text.length * 3 <= maxBytes) return null;
  const size = new TextEncoder().encode(text).length;
  return size > maxBytes ? size : null;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export type JsonLocation = { position: number; line: number; column: number } | Record<string, never>;

export type JsonFileResult =
  | { ok: true; data: unknown }
  | { ok: false; code: 'file-too-big'; params: { size: number; max: number } }
  | { ok: false; code: 'json-syntax'; params: JsonLocation };

export function parseJsonFile(text: string, maxBytes: number): JsonFileResult {
  const size = sizeOver(text, maxBytes);
  if (size !== null) return { ok: false, code: 'file-too-big', params: { size, max: maxBytes } };
  const body = stripBom(text);
  try {
    return { ok: true, data: JSON.parse(body) };
  } catch {
    return { ok: false, code: 'json-syntax', params: jsonErrorLocation(body) };
  }
}

/**
 * Where JSON.parse gave up. Its messages differ between engines and some carry no position, so
 * a small scanner walks the grammar and stops at the first character that cannot belong there.
 */
export function jsonErrorLocation(text: string): JsonLocation {
  const position = firstJsonError(text);
  if (position === null) return {};
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - (before.lastIndexOf('\n') + 1) + 1;
  return { position, line, column };
}

function firstJsonError(text: string): number | null {
  let i = 0;
  class Stop {
    constructor(readonly at: number) {}
  }
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (literal: string) => {
    for (const char of literal) {
      if (text[i] !== char) throw new Stop(i);
      i++;
    }
  };
  const string = () => {
    expect('"');
    while (i < text.length) {
      const char = text[i]!;
      if (char === '"') {
        i++;
        return;
      }
      if (char === '\\') {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Stop(i);
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else throw new Stop(i);
        continue;
      }
      if (char.charCodeAt(0) < 0x20) throw new Stop(i);
      i++;
    }
    throw new Stop(i);
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match || match[0] === '' || match[0] === '-') throw new Stop(i);
    i += match[0].length;
  };
  const value = (): void => {
    ws();
    const char = text[i];
    if (char === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        string();
        ws();
        expect(':');
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else throw new Stop(i);
      }
    }
    if (char === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else throw new Stop(i);
      }
    }
    if (char === '"') return string();
    if (char === 't') return expect('true');
    if (char === 'f') return expect('false');
    if (char === 'n') return expect('null');
    number();
  };
  try {
    value();
    ws();
    return i < text.length ? i : null;
  } catch (stop) {
    // Anything else (a nesting too deep for the stack) leaves the error unlocated.
    return stop instanceof Stop ? stop.at : null;
  }
}
