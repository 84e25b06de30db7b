type Token = { kind: "num"; value: number } | { kind: "op"; value: "+" | "-" | "*" | "/" } | { kind: "paren"; value: "(" | ")" };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:(\d+(?:\.\d+)?)|([+\-*/])|([()]))/y;
  let m: RegExpExecArray | null;
  while (re.lastIndex < input.length && (m = re.exec(input))) {
    if (m[1]) tokens.push({ kind: "num", value: parseFloat(m[1]) });
    else if (m[2]) tokens.push({ kind: "op", value: m[2] as "+" });
    else if (m[3]) tokens.push({ kind: "paren", value: m[3] as "(" });
  }
  if (re.lastIndex !== input.length && input.slice(re.lastIndex).trim()) {
    throw new Error("Unexpected character");
  }
  return tokens;
}

// recursive descent: expr := term (('+'|'-') term)* ; term := factor (('*'|'/') factor)*
export function evaluate(input: string): number {
  const tokens = tokenize(input);
  let i = 0;

  const factor = (): number => {
    const t = tokens[i++];
    if (!t) throw new Error("Unexpected end");
    if (t.kind === "num") return t.value;
    if (t.kind === "op" && t.value === "-") return -factor();
    if (t.kind === "paren" && t.value === "(") {
      const v = expr();
      if (tokens[i++]?.value !== ")") throw new Error("Missing )");
      return v;
    }
    throw new Error("Unexpected token");
  };
  const term = (): number => {
    let v = factor();
    while (tokens[i]?.kind === "op" && (tokens[i].value === "*" || tokens[i].value === "/")) {
      const op = tokens[i++].value;
      const r = factor();
      v = op === "*" ? v * r : v / r;
    }
    return v;
  };
  const expr = (): number => {
    let v = term();
    while (tokens[i]?.kind === "op" && (tokens[i].value === "+" || tokens[i].value === "-")) {
      const op = tokens[i++].value;
      const r = term();
      v = op === "+" ? v + r : v - r;
    }
    return v;
  };

  const result = expr();
  if (i !== tokens.length) throw new Error("Trailing input");
  return result;
}
