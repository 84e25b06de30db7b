import { useEffect, useState } from "react";
import { supabaseAdmin } from "../lib/supabase";
import { useAuth } from "../hooks/useAuth";

type Tenant = { id: string; name: string; plan: string; seats: number };

export default function AdminDashboard() {
  const { user } = useAuth();
  const [tenants, setTenants] = useState<Tenant[]>([]);

  useEffect(() => {
    if (user?.user_metadata?.is_admin !== true) return;
    supabaseAdmin
      .from("tenants")
      .select("id, name, plan, seats")
      .order("name")
      .then(({ data }) => setTenants(data ?? []));
  }, [user]);

  if (user?.user_metadata?.is_admin !== true) return <p>Not allowed</p>;

  return (
    <ul className="divide-y">
      {tenants.map((t) => (
        <li key={t.id} className="py-2 flex justify-between">
          <span>{t.name}</span>
          <span>{t.plan} · {t.seats} seats</span>
        </li>
      ))}
    </ul>
  );
}
