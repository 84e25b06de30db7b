import { useEffect, useState } from "react";
import { supabase } from "@/lib/supabase";

interface Booking {
  id: string;
  guest_name: string;
  slot: string;
  phone: string;
}

export default function Bookings() {
  const [bookings, setBookings] = useState<Booking[]>([]);

  useEffect(() => {
    const load = async () => {
      const { data, error } = await supabase
        .from("bookings")
        .select("id, guest_name, slot, phone")
        .order("slot");
      if (!error && data) setBookings(data);
    };
    load();
  }, []);

  const cancel = async (id: string) => {
    await supabase.from("bookings").delete().eq("id", id);
    setBookings((b) => b.filter((x) => x.id !== id));
  };

  return (
    <div className="max-w-2xl mx-auto p-6 space-y-3">
      <h1 className="text-2xl font-bold">Bookings</h1>
      {bookings.map((b) => (
        <div key={b.id} className="flex justify-between rounded border p-3">
          <span>
            {b.guest_name} — {new Date(b.slot).toLocaleString()}
          </span>
          <button onClick={() => cancel(b.id)} className="text-red-600">
            Cancel
          </button>
        </div>
      ))}
    </div>
  );
}
