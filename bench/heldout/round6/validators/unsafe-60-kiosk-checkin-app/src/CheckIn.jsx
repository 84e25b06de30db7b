import { useState } from "react";
import { supabase } from "./supabaseClient";

export default function CheckIn() {
  const [code, setCode] = useState("");
  const [status, setStatus] = useState("");

  async function submit(e) {
    e.preventDefault();
    const { data, error } = await supabase.from("attendees").update({ checked_in_at: new Date().toISOString() }).eq("ticket_code", code).select().single();
    setStatus(error ? "Ticket not found" : `Welcome, ${data.full_name}!`);
  }

  return (
    <form onSubmit={submit}>
      <input value={code} onChange={(e) => setCode(e.target.value)} placeholder="Ticket code" />
      <button>Check in</button>
      <p>{status}</p>
    </form>
  );
}
