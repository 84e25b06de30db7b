"use client";

import { useEffect, useState } from "react";
import { createBrowserClient } from "@supabase/ssr";

const supabase = createBrowserClient(
  process.env.NEXT_PUBLIC_SUPABASE_URL!,
  process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY!,
);

type Guest = { id: string; name: string; email: string; rsvp: "yes" | "no" | "pending"; meal: string | null };

export function GuestTable({ weddingId }: { weddingId: string }) {
  const [guests, setGuests] = useState<Guest[]>([]);

  useEffect(() => {
    supabase
      .from("guests")
      .select("id, name, email, rsvp, meal")
      .eq("wedding_id", weddingId)
      .order("name")
      .then(({ data }) => setGuests(data ?? []));
  }, [weddingId]);

  async function setRsvp(id: string, rsvp: Guest["rsvp"]) {
    await supabase.from("guests").update({ rsvp }).eq("id", id);
    setGuests((g) => g.map((x) => (x.id === id ? { ...x, rsvp } : x)));
  }

  return (
    <table className="w-full text-sm">
      <tbody>
        {guests.map((g) => (
          <tr key={g.id}>
            <td>{g.name}</td>
            <td>{g.email}</td>
            <td>
              <select value={g.rsvp} onChange={(e) => setRsvp(g.id, e.target.value as Guest["rsvp"])}>
                <option value="pending">Pending</option>
                <option value="yes">Yes</option>
                <option value="no">No</option>
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
