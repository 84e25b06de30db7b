import { useEffect, useState } from "react";
import { supabase } from "../lib/supabase";

type Item = { id: number; sku: string; qty: number; location: string };

export default function Inventory() {
  const [items, setItems] = useState<Item[]>([]);
  const [sku, setSku] = useState("");

  async function load() {
    const { data } = await supabase.from("inventory").select("*").order("sku");
    setItems(data ?? []);
  }

  useEffect(() => {
    load();
  }, []);

  async function add() {
    await supabase.from("inventory").insert({ sku, qty: 0, location: "A1" });
    setSku("");
    load();
  }

  return (
    <div className="p-6 space-y-4">
      <div className="flex gap-2">
        <input value={sku} onChange={(e) => setSku(e.target.value)} className="border px-2" />
        <button onClick={add}>Add</button>
      </div>
      <ul>
        {items.map((i) => (
          <li key={i.id}>
            {i.sku} - {i.qty} @ {i.location}
          </li>
        ))}
      </ul>
    </div>
  );
}
