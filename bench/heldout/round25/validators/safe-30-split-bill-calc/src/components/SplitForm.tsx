import { useState } from "react";
import { calculate } from "@/lib/calc";

export function SplitForm() {
  const [total, setTotal] = useState("");
  const [people, setPeople] = useState(2);
  let share = "";
  try {
    share = total ? (calculate(total) / people).toFixed(2) : "";
  } catch {
    share = "?";
  }
  return (
    <div className="grid gap-2">
      <input value={total} onChange={(e) => setTotal(e.target.value)} placeholder="42.50 + 12" />
      <input type="number" min={1} value={people} onChange={(e) => setPeople(Number(e.target.value) || 1)} />
      <output>Each pays {share}</output>
    </div>
  );
}
