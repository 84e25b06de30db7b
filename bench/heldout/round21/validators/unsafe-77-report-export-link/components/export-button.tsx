"use client";

import { useEffect, useState } from "react";
import { createClient } from "@/lib/supabase/client";

export function ExportButton({ reportId }: { reportId: string }) {
  const [href, setHref] = useState<string | null>(null);

  useEffect(() => {
    createClient()
      .auth.getSession()
      .then(({ data }) => {
        const token = data.session?.access_token;
        if (token) setHref(`/api/reports/${reportId}/export.csv?access_token=${token}`);
      });
  }, [reportId]);

  if (!href) return null;
  return (
    <a href={href} className="btn" download>
      Export CSV
    </a>
  );
}
