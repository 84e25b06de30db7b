type Token = { t: "num"; v: number } | { t: "op"; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  const re = /\s*(\d+(?:\.\d+)?|[-+*/()])/y;
  let m: RegExpExecArray | null;
  while (re.lastIndex < src.length && (m = re.exec(src))) {
    out.push(/\d/.test(m[1]) ? { t: "num", v: parseFloat(m[1]) } : { t: "op", v: m[1] });
  }
  if (re.lastIndex < src.trimEnd().length) throw new Error("Unexpected input");
  return out;
}

export function evaluate(src: string): number {
  const tokens = tokenize(src);
  let i = 0;
  const peek = () => tokens[i];
  function factor(): number {
    const tok = tokens[i++];
    if (!tok) throw new Error("Unexpected end");
    if (tok.t === "num") return tok.v;
    if (tok.v === "-") return -factor();
    if (tok.v === "(") {
      const v = expr();
      if (tokens[i++]?.v !== ")") throw new Error("Missing )");
      return v;
    }
    throw new Error("Unexpected token");
  }
  function term(): number {
    let v = factor();
    while (peek()?.v === "*" || peek()?.v === "/") v = tokens[i++].v === "*" ? v * factor() : v / factor();
    return v;
  }
  function expr(): number {
    let v = term();
    while (peek()?.v === "+" || peek()?.v === "-") v = tokens[i++].v === "+" ? v + term() : v - term();
    return v;
  }
  const result = expr();
  if (i !== tokens.length) throw new Error("Trailing input");
  return result;
}
