import { useEffect, useState } from "react";
import { supabase } from "../lib/supabase";

export default function Applications() {
  const [apps, setApps] = useState<any[]>([]);
  useEffect(() => {
    supabase
      .from("adoption_applications")
      .select("*, pets(name)")
      .then(({ data }) => setApps(data ?? []));
  }, []);
  return (
    <div className="grid gap-4">
      {apps.map((a) => (
        <div key={a.id} className="rounded border p-4">
          <p className="font-semibold">{a.pets?.name}</p>
          <p>{a.applicant_name} · {a.phone}</p>
        </div>
      ))}
    </div>
  );
}
