import { useState } from "react";
import { evaluate } from "../lib/evaluate";

export default function TipCalculator() {
  const [bill, setBill] = useState("84.50 + 12");
  const [tip, setTip] = useState(18);
  const [people, setPeople] = useState(3);

  let total: number | null = null;
  try {
    total = evaluate(bill);
  } catch {
    total = null;
  }
  const perPerson = total === null ? null : (total * (1 + tip / 100)) / Math.max(people, 1);

  return (
    <div className="space-y-3">
      <input value={bill} onChange={(e) => setBill(e.target.value)} aria-label="Bill" />
      <input type="number" value={tip} onChange={(e) => setTip(Number(e.target.value))} aria-label="Tip %" />
      <input type="number" value={people} onChange={(e) => setPeople(Number(e.target.value))} aria-label="People" />
      <p>{perPerson === null ? "Check the bill amount" : `Each pays ${perPerson.toFixed(2)}`}</p>
    </div>
  );
}
