type Tok = { kind: "num"; value: number } | { kind: "op"; value: string };

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  const re = /\s*(\d+(?:\.\d+)?|[-+*/()])/y;
  let m: RegExpExecArray | null;
  while (re.lastIndex < src.length && (m = re.exec(src))) {
    const t = m[1];
    out.push(/\d/.test(t) ? { kind: "num", value: parseFloat(t) } : { kind: "op", value: t });
  }
  if (re.lastIndex !== src.length) throw new Error("Unexpected input");
  return out;
}

export function calculate(src: string): number {
  const toks = tokenize(src);
  let i = 0;
  const peek = () => toks[i];
  function factor(): number {
    const t = toks[i++];
    if (!t) throw new Error("Unexpected end");
    if (t.kind === "num") return t.value;
    if (t.value === "-") return -factor();
    if (t.value === "(") {
      const v = expr();
      if (toks[i++]?.value !== ")") throw new Error("Missing )");
      return v;
    }
    throw new Error("Unexpected " + t.value);
  }
  function term(): number {
    let v = factor();
    while (peek()?.value === "*" || peek()?.value === "/") {
      v = toks[i++].value === "*" ? v * factor() : v / factor();
    }
    return v;
  }
  function expr(): number {
    let v = term();
    while (peek()?.value === "+" || peek()?.value === "-") {
      v = toks[i++].value === "+" ? v + term() : v - term();
    }
    return v;
  }
  const result = expr();
  if (i !== toks.length) throw new Error("Trailing input");
  return result;
}
