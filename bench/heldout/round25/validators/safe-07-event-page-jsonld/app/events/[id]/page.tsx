import { createClient } from "@/lib/supabase/server";
import { notFound } from "next/navigation";

export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const supabase = await createClient();
  const { data: event } = await supabase
    .from("public_events")
    .select("name, starts_at, venue")
    .eq("id", id)
    .single();
  if (!event) notFound();

  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.name,
    startDate: event.starts_at,
    location: { "@type": "Place", name: event.venue },
  };

  return (
    <>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }}
      />
      <h1>{event.name}</h1>
      <p>{event.venue}</p>
    </>
  );
}
