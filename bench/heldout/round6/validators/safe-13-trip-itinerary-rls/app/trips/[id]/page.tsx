import { notFound, redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

export default async function TripPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/login");

  const { data: trip } = await supabase
    .from("trips")
    .select("id, title, starts_on, ends_on, stops(id, place, day, notes)")
    .eq("id", id)
    .maybeSingle();

  if (!trip) notFound();

  return (
    <main>
      <h1>{trip.title}</h1>
      <ol>
        {trip.stops.map((s) => (
          <li key={s.id}>Day {s.day}: {s.place}</li>
        ))}
      </ol>
    </main>
  );
}
