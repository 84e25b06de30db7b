"use client";

import { useTransition } from "react";
import { createClient } from "@/lib/supabaseClient";

export function WaterButton({ plantId }: { plantId: string }) {
  const [pending, start] = useTransition();
  const supabase = createClient();

  return (
    <button
      disabled={pending}
      onClick={() =>
        start(async () => {
          await supabase.from("waterings").insert({ plant_id: plantId });
        })
      }
    >
      {pending ? "Saving…" : "Watered today"}
    </button>
  );
}
