import { notFound, redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

export default async function TripPage({ params }: { params: { id: string } }) {
  const supabase = createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/login");
  const { data: trip } = await supabase.from("trips").select("id, name, starts_on, ends_on, notes").eq("id", params.id).maybeSingle();
  if (!trip) notFound();
  return (
    <main>
      <h1>{trip.name}</h1>
      <p>
        {trip.starts_on} - {trip.ends_on}
      </p>
      <p className="whitespace-pre-wrap">{trip.notes}</p>
    </main>
  );
}
