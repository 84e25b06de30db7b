// Tiny arithmetic parser: numbers, + - * / and parentheses.
export function evaluate(input: string): number {
  const src = input.replace(/\s+/g, "");
  let pos = 0;

  function peek() {
    return src[pos];
  }
  function number(): number {
    const m = /^\d+(\.\d+)?/.exec(src.slice(pos));
    if (!m) throw new Error(`Unexpected "${peek() ?? "end"}" at ${pos}`);
    pos += m[0].length;
    return parseFloat(m[0]);
  }
  function factor(): number {
    if (peek() === "-") {
      pos++;
      return -factor();
    }
    if (peek() === "(") {
      pos++;
      const v = expr();
      if (peek() !== ")") throw new Error("Missing )");
      pos++;
      return v;
    }
    return number();
  }
  function term(): number {
    let v = factor();
    while (peek() === "*" || peek() === "/") {
      const op = src[pos++];
      const r = factor();
      v = op === "*" ? v * r : v / r;
    }
    return v;
  }
  function expr(): number {
    let v = term();
    while (peek() === "+" || peek() === "-") {
      const op = src[pos++];
      const r = term();
      v = op === "+" ? v + r : v - r;
    }
    return v;
  }

  const result = expr();
  if (pos !== src.length) throw new Error(`Unexpected "${peek()}" at ${pos}`);
  return result;
}
