// Tiny arithmetic parser. We deliberately do not use eval() or new Function here.
type Token = { kind: "num"; value: number } | { kind: "op"; value: string };

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(\d+(?:\.\d+)?|[-+*/()])/y;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < src.length) {
    re.lastIndex = pos;
    m = re.exec(src);
    if (!m) throw new Error("Unexpected input at " + pos);
    const t = m[1];
    tokens.push(/\d/.test(t) ? { kind: "num", value: parseFloat(t) } : { kind: "op", value: t });
    pos = re.lastIndex;
  }
  return tokens;
}

export function calculate(src: string): number {
  const tokens = tokenize(src);
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];

  function factor(): number {
    const t = next();
    if (!t) throw new Error("Unexpected end");
    if (t.kind === "num") return t.value;
    if (t.value === "-") return -factor();
    if (t.value === "(") {
      const v = expr();
      if (next()?.value !== ")") throw new Error("Missing )");
      return v;
    }
    throw new Error("Unexpected " + t.value);
  }
  function term(): number {
    let v = factor();
    while (peek() && (peek().value === "*" || peek().value === "/")) {
      const op = next().value;
      const r = factor();
      v = op === "*" ? v * r : v / r;
    }
    return v;
  }
  function expr(): number {
    let v = term();
    while (peek() && (peek().value === "+" || peek().value === "-")) {
      const op = next().value;
      const r = term();
      v = op === "+" ? v + r : v - r;
    }
    return v;
  }

  const value = expr();
  if (i !== tokens.length) throw new Error("Trailing input");
  return value;
}
