import { useState } from "react";
import { evaluate } from "../lib/evaluate";

export function TipCalculator() {
  const [bill, setBill] = useState("48.50 + 12");
  let total: string;
  try {
    total = (evaluate(bill) * 1.18).toFixed(2);
  } catch {
    total = "—";
  }
  return (
    <label>
      Bill <input value={bill} onChange={(e) => setBill(e.target.value)} /> Total with 18%: {total}
    </label>
  );
}
