type Token = { kind: "num"; value: number } | { kind: "op"; value: string };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(\d+(?:\.\d+)?|[-+*/()])/y;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < input.length) {
    re.lastIndex = pos;
    m = re.exec(input);
    if (!m) throw new Error("Unexpected character at " + pos);
    tokens.push(/\d/.test(m[1]) ? { kind: "num", value: parseFloat(m[1]) } : { kind: "op", value: m[1] });
    pos = re.lastIndex;
  }
  return tokens;
}

export function evaluate(input: string): number {
  const tokens = tokenize(input);
  let i = 0;
  const peek = () => tokens[i];
  const eat = () => tokens[i++];

  function factor(): number {
    const t = eat();
    if (!t) throw new Error("Unexpected end");
    if (t.kind === "num") return t.value;
    if (t.value === "-") return -factor();
    if (t.value === "(") {
      const v = expr();
      if (eat()?.value !== ")") throw new Error("Missing )");
      return v;
    }
    throw new Error("Unexpected " + t.value);
  }
  function term(): number {
    let v = factor();
    while (peek()?.value === "*" || peek()?.value === "/") v = eat().value === "*" ? v * factor() : v / factor();
    return v;
  }
  function expr(): number {
    let v = term();
    while (peek()?.value === "+" || peek()?.value === "-") v = eat().value === "+" ? v + term() : v - term();
    return v;
  }
  const result = expr();
  if (i !== tokens.length) throw new Error("Trailing input");
  return result;
}
