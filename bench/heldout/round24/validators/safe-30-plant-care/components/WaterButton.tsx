"use client";

import { useState } from "react";
import { createClient } from "@/lib/supabase/client";

export function WaterButton({ plantId }: { plantId: string }) {
  const [saving, setSaving] = useState(false);
  const supabase = createClient();

  async function water() {
    setSaving(true);
    const {
      data: { user },
    } = await supabase.auth.getUser();
    if (!user) {
      setSaving(false);
      return;
    }
    await supabase.from("waterings").insert({ plant_id: plantId, user_id: user.id });
    setSaving(false);
  }

  return (
    <button onClick={water} disabled={saving}>
      {saving ? "Saving..." : "Watered today"}
    </button>
  );
}
