type Token = { kind: "num"; value: number } | { kind: "op"; value: string };

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(\d+(?:\.\d+)?|[-+*/()])/y;
  let m: RegExpExecArray | null;
  while (re.lastIndex < src.length && (m = re.exec(src))) {
    tokens.push(/\d/.test(m[1]) ? { kind: "num", value: Number(m[1]) } : { kind: "op", value: m[1] });
  }
  if (re.lastIndex < src.trimEnd().length) throw new Error("Unexpected character");
  return tokens;
}

export function evaluate(src: string): number {
  const tokens = tokenize(src.trim());
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
    throw new Error("Unexpected token");
  }
  function term(): number {
    let v = factor();
    while (peek()?.value === "*" || peek()?.value === "/") {
      v = next().value === "*" ? v * factor() : v / factor();
    }
    return v;
  }
  function expr(): number {
    let v = term();
    while (peek()?.value === "+" || peek()?.value === "-") {
      v = next().value === "+" ? v + term() : v - term();
    }
    return v;
  }
  const result = expr();
  if (i !== tokens.length || !Number.isFinite(result)) throw new Error("Invalid expression");
  return result;
}
