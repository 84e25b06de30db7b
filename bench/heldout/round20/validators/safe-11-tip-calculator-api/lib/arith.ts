type Tok = { t: "num"; v: number } | { t: "op"; v: string };

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  const re = /\s*(\d+(?:\.\d+)?|[-+*/()])/y;
  let m: RegExpExecArray | null;
  let i = 0;
  while (i < src.length) {
    re.lastIndex = i;
    m = re.exec(src);
    if (!m) throw new Error("bad input");
    out.push(/\d/.test(m[1]) ? { t: "num", v: parseFloat(m[1]) } : { t: "op", v: m[1] });
    i = re.lastIndex;
  }
  return out;
}

export function evaluateArithmetic(src: string): number {
  if (src.length > 200) throw new Error("too long");
  const toks = tokenize(src);
  let p = 0;
  const peek = () => toks[p];
  const expr = (): number => {
    let v = term();
    while (peek()?.t === "op" && (peek().v === "+" || peek().v === "-")) v = toks[p++].v === "+" ? v + term() : v - term();
    return v;
  };
  const term = (): number => {
    let v = factor();
    while (peek()?.t === "op" && (peek().v === "*" || peek().v === "/")) v = toks[p++].v === "*" ? v * factor() : v / factor();
    return v;
  };
  const factor = (): number => {
    const tok = toks[p++];
    if (!tok) throw new Error("unexpected end");
    if (tok.t === "num") return tok.v;
    if (tok.v === "-") return -factor();
    if (tok.v === "(") {
      const v = expr();
      if (toks[p++]?.v !== ")") throw new Error("missing )");
      return v;
    }
    throw new Error("unexpected token");
  };
  const result = expr();
  if (p !== toks.length || !Number.isFinite(result)) throw new Error("bad input");
  return result;
}
