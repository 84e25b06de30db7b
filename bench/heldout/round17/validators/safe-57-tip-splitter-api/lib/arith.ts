export function evaluate(src: string): number {
  const tokens = src.match(/\d+(?:\.\d+)?|[-+*/()]/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];

  function factor(): number {
    const t = next();
    if (t === "(") {
      const v = expr();
      if (next() !== ")") throw new Error("expected )");
      return v;
    }
    if (t === "-") return -factor();
    const n = Number(t);
    if (!Number.isFinite(n)) throw new Error("bad number");
    return n;
  }
  function term(): number {
    let v = factor();
    while (peek() === "*" || peek() === "/") v = next() === "*" ? v * factor() : v / factor();
    return v;
  }
  function expr(): number {
    let v = term();
    while (peek() === "+" || peek() === "-") v = next() === "+" ? v + term() : v - term();
    return v;
  }
  const value = expr();
  if (i !== tokens.length) throw new Error("trailing input");
  return value;
}
