import { useEffect, useState } from "react";
import { supabase } from "@/integrations/supabase/client";

interface Booking {
  id: string;
  full_name: string;
  email: string;
  phone: string | null;
  created_at: string;
}

export default function Bookings() {
  const [bookings, setBookings] = useState<Booking[]>([]);

  useEffect(() => {
    const load = async () => {
      const { data } = await supabase
        .from("bookings")
        .select("id, full_name, email, phone, created_at")
        .order("created_at", { ascending: false });
      setBookings(data ?? []);
    };
    load();
  }, []);

  return (
    <div className="mx-auto max-w-3xl p-6">
      <h1 className="mb-4 text-2xl font-semibold">My bookings</h1>
      <ul className="space-y-2">
        {bookings.map((b) => (
          <li key={b.id} className="rounded border p-3">
            <p className="font-medium">{b.full_name}</p>
            <p className="text-sm text-gray-500">{b.email}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
