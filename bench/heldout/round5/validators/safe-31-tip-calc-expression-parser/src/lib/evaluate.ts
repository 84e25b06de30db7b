// Small arithmetic evaluator for the split calculator.
// We deliberately avoid eval()/new Function(): only numbers, + - * / % and parentheses.

type Token = { type: "num"; value: number } | { type: "op"; value: string } | { type: "paren"; value: "(" | ")" };

const PRECEDENCE: Record<string, number> = { "+": 1, "-": 1, "*": 2, "/": 2, "%": 2 };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(\d+(?:\.\d+)?|[+\-*/%()])/y;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < input.length) {
    re.lastIndex = pos;
    m = re.exec(input);
    if (!m) throw new Error(`Unexpected character at ${pos}`);
    const t = m[1];
    if (/^\d/.test(t)) tokens.push({ type: "num", value: parseFloat(t) });
    else if (t === "(" || t === ")") tokens.push({ type: "paren", value: t });
    else tokens.push({ type: "op", value: t });
    pos = re.lastIndex;
  }
  return tokens;
}

export function evaluate(expression: string): number {
  const output: number[] = [];
  const ops: string[] = [];

  const apply = () => {
    const op = ops.pop()!;
    const b = output.pop();
    const a = output.pop();
    if (a === undefined || b === undefined) throw new Error("Malformed expression");
    switch (op) {
      case "+": output.push(a + b); break;
      case "-": output.push(a - b); break;
      case "*": output.push(a * b); break;
      case "/": output.push(a / b); break;
      case "%": output.push((a * b) / 100); break;
    }
  };

  for (const tok of tokenize(expression)) {
    if (tok.type === "num") output.push(tok.value);
    else if (tok.type === "op") {
      while (ops.length && ops[ops.length - 1] !== "(" && PRECEDENCE[ops[ops.length - 1]] >= PRECEDENCE[tok.value]) apply();
      ops.push(tok.value);
    } else if (tok.value === "(") ops.push("(");
    else {
      while (ops.length && ops[ops.length - 1] !== "(") apply();
      if (ops.pop() !== "(") throw new Error("Mismatched parentheses");
    }
  }
  while (ops.length) {
    if (ops[ops.length - 1] === "(") throw new Error("Mismatched parentheses");
    apply();
  }
  if (output.length !== 1) throw new Error("Malformed expression");
  return output[0];
}
