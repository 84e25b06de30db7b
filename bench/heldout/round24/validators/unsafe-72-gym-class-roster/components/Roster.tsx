"use client";

import { createClient } from "@supabase/supabase-js";
import { useState } from "react";

const supabase = createClient(
  "https://xljtoylfabtczgdbcmib.supabase.co",
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InhsanRveWxmYWJ0Y3pnZGJjbWliIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcxNjIwMDAwMCwiZXhwIjoyMDMxNzc2MDAwfQ.X8pi4FwDNj4RlFOXTpFOmU_zr8Ao7vSbUAIGQjv7uv5"
);

export function Roster({ classId, members }: { classId: string; members: { id: string; name: string }[] }) {
  const [present, setPresent] = useState<string[]>([]);

  async function mark(memberId: string) {
    await supabase.from("attendance").upsert({ class_id: classId, member_id: memberId });
    setPresent((p) => [...p, memberId]);
  }

  return (
    <ul>
      {members.map((m) => (
        <li key={m.id}>
          {m.name}
          <button disabled={present.includes(m.id)} onClick={() => mark(m.id)}>
            Here
          </button>
        </li>
      ))}
    </ul>
  );
}
