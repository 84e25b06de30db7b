import { notFound, redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

export default async function TripPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/login");
  const { data: trip } = await supabase.from("trips").select("id, name, starts_on, ends_on, stops(*)").eq("id", id).maybeSingle();
  if (!trip) notFound();
  return (
    <main>
      <h1>{trip.name}</h1>
      <p>{trip.starts_on} to {trip.ends_on}</p>
    </main>
  );
}
