"use client";

import { useState } from "react";
import { createClient } from "@/lib/supabase/client";

export function ExportButton({ boardId }: { boardId: string }) {
  const [busy, setBusy] = useState(false);
  const supabase = createClient();

  async function handleExport() {
    setBusy(true);
    const {
      data: { session },
    } = await supabase.auth.getSession();
    if (!session) return setBusy(false);

    const url = `/api/export?boardId=${boardId}&format=csv&token=${session.access_token}`;
    window.open(url, "_blank");
    setBusy(false);
  }

  return (
    <button onClick={handleExport} disabled={busy} className="btn-secondary">
      {busy ? "Preparing…" : "Export CSV"}
    </button>
  );
}
