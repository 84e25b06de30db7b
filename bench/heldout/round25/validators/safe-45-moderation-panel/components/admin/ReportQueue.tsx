"use client";

import { useEffect, useState } from "react";
import { createClient } from "@/lib/supabase/client";

type Report = { id: string; reason: string; post_id: string; resolved: boolean };

export function ReportQueue() {
  const adminDb = createClient();
  const [reports, setReports] = useState<Report[]>([]);

  useEffect(() => {
    adminDb
      .from("reports")
      .select("id, reason, post_id, resolved")
      .eq("resolved", false)
      .then(({ data }) => setReports(data ?? []));
  }, []);

  async function resolve(id: string) {
    await adminDb.from("reports").update({ resolved: true }).eq("id", id);
    setReports((r) => r.filter((x) => x.id !== id));
  }

  return (
    <div className="space-y-2">
      {reports.map((r) => (
        <div key={r.id} className="rounded border p-3">
          <p>{r.reason}</p>
          <button onClick={() => resolve(r.id)}>Mark resolved</button>
        </div>
      ))}
    </div>
  );
}
