import { useState } from "react";
import { supabase } from "../lib/supabaseClient";

export default function ScoreSubmit({ score, onSaved }) {
  const [name, setName] = useState("");
  const [saving, setSaving] = useState(false);

  async function save(e) {
    e.preventDefault();
    setSaving(true);
    await supabase.from("scores").insert({ player_name: name, score });
    setSaving(false);
    onSaved?.();
  }

  return (
    <form onSubmit={save} className="flex gap-2">
      <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Your name" required />
      <button disabled={saving}>{saving ? "Saving…" : "Save score"}</button>
    </form>
  );
}
