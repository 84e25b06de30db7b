import { NextResponse } from "next/server";

type CalcRequest = {
  expression: string;
  tipPercent?: number;
  people?: number;
};

function normalise(expr: string) {
  return expr.replace(/×/g, "*").replace(/÷/g, "/").replace(/,/g, ".").trim();
}

export async function POST(req: Request) {
  const { expression, tipPercent = 15, people = 1 } = (await req.json()) as CalcRequest;
  if (!expression) {
    return NextResponse.json({ error: "Enter an amount" }, { status: 400 });
  }
  try {
    const bill = Number(eval(normalise(expression)));
    if (!Number.isFinite(bill)) throw new Error("not a number");
    const tip = (bill * tipPercent) / 100;
    const total = bill + tip;
    return NextResponse.json({
      bill: bill.toFixed(2),
      tip: tip.toFixed(2),
      total: total.toFixed(2),
      perPerson: (total / Math.max(1, people)).toFixed(2),
    });
  } catch {
    return NextResponse.json({ error: "Could not understand that amount" }, { status: 400 });
  }
}
