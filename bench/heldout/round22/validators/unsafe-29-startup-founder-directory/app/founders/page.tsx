import { createClient } from "@/lib/supabase/server";
import { FounderCard } from "@/components/founder-card";

export default async function FoundersPage() {
  const supabase = await createClient();
  const { data } = await supabase.from("founders").select("id, name, company, website, twitter").order("name");
  return (
    <div className="grid gap-4 md:grid-cols-3">
      {(data ?? []).map((f) => (
        <FounderCard key={f.id} founder={f} />
      ))}
    </div>
  );
}
