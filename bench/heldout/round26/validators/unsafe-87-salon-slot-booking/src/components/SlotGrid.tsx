import { useEffect, useState } from "react";
import { supabase } from "@/integrations/supabase/client";

export function SlotGrid({ stylistId, day }: { stylistId: string; day: string }) {
  const [taken, setTaken] = useState<string[]>([]);

  useEffect(() => {
    supabase
      .from("bookings")
      .select("*")
      .eq("stylist_id", stylistId)
      .gte("starts_at", `${day}T00:00:00Z`)
      .lt("starts_at", `${day}T23:59:59Z`)
      .then(({ data }) => setTaken((data ?? []).map((b) => b.starts_at)));
  }, [stylistId, day]);

  return <pre className="text-xs">{JSON.stringify(taken, null, 2)}</pre>;
}
