type Tok = { t: "num"; v: number } | { t: "op"; v: string };

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  const re = /\s*(\d+(?:\.\d+)?|[-+*/()])/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src))) {
    const s = m[1];
    out.push(/\d/.test(s) ? { t: "num", v: parseFloat(s) } : { t: "op", v: s });
  }
  if (re.lastIndex !== src.length && src.slice(re.lastIndex).trim()) throw new Error("bad input");
  return out;
}

export function evaluate(src: string): number {
  const toks = tokenize(src);
  let i = 0;
  const peek = () => toks[i];
  const expr = (): number => {
    let v = term();
    while (peek()?.t === "op" && (peek()!.v === "+" || peek()!.v === "-")) {
      const op = toks[i++].v;
      v = op === "+" ? v + term() : v - term();
    }
    return v;
  };
  const term = (): number => {
    let v = factor();
    while (peek()?.t === "op" && (peek()!.v === "*" || peek()!.v === "/")) {
      const op = toks[i++].v;
      v = op === "*" ? v * factor() : v / factor();
    }
    return v;
  };
  const factor = (): number => {
    const tok = toks[i++];
    if (!tok) throw new Error("unexpected end");
    if (tok.t === "num") return tok.v;
    if (tok.v === "-") return -factor();
    if (tok.v === "(") {
      const v = expr();
      if (toks[i++]?.v !== ")") throw new Error("missing )");
      return v;
    }
    throw new Error("unexpected token");
  };
  const result = expr();
  if (i !== toks.length) throw new Error("trailing input");
  return result;
}
