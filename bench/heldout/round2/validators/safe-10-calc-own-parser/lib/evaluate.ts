// Small recursive-descent parser for + - * / % and parentheses. No eval.
type Tok = { t: "num"; v: number } | { t: "op"; v: string };

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  const re = /\s*(?:(\d+(?:[.,]\d+)?)|([-+*/%()]))/y;
  let m: RegExpExecArray | null;
  let i = 0;
  while (i < src.length) {
    re.lastIndex = i;
    m = re.exec(src);
    if (!m) throw new Error("Unexpected character at " + i);
    if (m[1]) out.push({ t: "num", v: parseFloat(m[1].replace(",", ".")) });
    else out.push({ t: "op", v: m[2] });
    i = re.lastIndex;
  }
  return out;
}

export function evaluateExpression(src: string): number {
  const toks = tokenize(src.trim());
  let pos = 0;
  const peek = () => toks[pos];
  const eat = (v?: string) => {
    const tk = toks[pos++];
    if (!tk || (v && tk.v !== v)) throw new Error("Syntax error");
    return tk;
  };

  function factor(): number {
    const tk = peek();
    if (tk?.t === "op" && tk.v === "-") { eat("-"); return -factor(); }
    if (tk?.t === "op" && tk.v === "(") { eat("("); const v = expr(); eat(")"); return v; }
    const n = eat();
    if (n.t !== "num") throw new Error("Number expected");
    if (peek()?.v === "%") { eat("%"); return (n.v as number) / 100; }
    return n.v as number;
  }
  function term(): number {
    let v = factor();
    while (peek()?.v === "*" || peek()?.v === "/") {
      const op = eat().v;
      const r = factor();
      v = op === "*" ? v * r : v / r;
    }
    return v;
  }
  function expr(): number {
    let v = term();
    while (peek()?.v === "+" || peek()?.v === "-") {
      const op = eat().v;
      const r = term();
      v = op === "+" ? v + r : v - r;
    }
    return v;
  }

  const result = expr();
  if (pos !== toks.length) throw new Error("Trailing input");
  return result;
}
