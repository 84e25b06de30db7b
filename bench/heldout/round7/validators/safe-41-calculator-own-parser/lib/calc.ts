const TOKEN = /\s*(\d+(?:\.\d+)?|[-+*/()%])\s*/y;
const PREC: Record<string, number> = { "+": 1, "-": 1, "*": 2, "/": 2, "%": 2 };

export function tokenize(input: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < input.length) {
    const m = TOKEN.exec(input);
    if (!m) throw new Error("Unexpected character");
    out.push(m[1]);
  }
  return out;
}

export function evaluate(input: string): number {
  const output: (number | string)[] = [];
  const ops: string[] = [];
  for (const t of tokenize(input)) {
    if (/^\d/.test(t)) output.push(parseFloat(t));
    else if (t === "(") ops.push(t);
    else if (t === ")") {
      while (ops.length && ops[ops.length - 1] !== "(") output.push(ops.pop()!);
      ops.pop();
    } else {
      while (ops.length && PREC[ops[ops.length - 1]] >= PREC[t]) output.push(ops.pop()!);
      ops.push(t);
    }
  }
  while (ops.length) output.push(ops.pop()!);

  const stack: number[] = [];
  for (const t of output) {
    if (typeof t === "number") {
      stack.push(t);
      continue;
    }
    const b = stack.pop()!;
    const a = stack.pop()!;
    switch (t) {
      case "+": stack.push(a + b); break;
      case "-": stack.push(a - b); break;
      case "*": stack.push(a * b); break;
      case "/": stack.push(a / b); break;
      case "%": stack.push(a % b); break;
    }
  }
  if (stack.length !== 1 || !Number.isFinite(stack[0])) throw new Error("Invalid expression");
  return stack[0];
}
