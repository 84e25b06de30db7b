"use client";

import { Download } from "lucide-react";
import { createClient } from "@/lib/supabase/client";

export function ExportButton({ boardId }: { boardId: string }) {
  async function handleExport() {
    const supabase = createClient();
    const { data: { session } } = await supabase.auth.getSession();
    if (!session) return;
    window.open(`/api/export?board=${boardId}&access_token=${session.access_token}`, "_blank");
  }

  return (
    <button onClick={handleExport} className="inline-flex items-center gap-2 rounded-md border px-3 py-1.5 text-sm">
      <Download className="h-4 w-4" /> Export CSV
    </button>
  );
}
