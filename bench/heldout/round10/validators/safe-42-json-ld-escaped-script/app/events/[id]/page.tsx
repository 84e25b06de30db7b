import { notFound } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

export default async function EventPage({ params }: { params: { id: string } }) {
  const supabase = createClient();
  const { data: event } = await supabase
    .from("events")
    .select("id, title, description, starts_at, venue")
    .eq("id", params.id)
    .eq("published", true)
    .single();
  if (!event) notFound();

  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.title,
    startDate: event.starts_at,
    location: { "@type": "Place", name: event.venue },
    description: event.description,
  };

  return (
    <main className="mx-auto max-w-2xl p-6">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }}
      />
      <h1 className="text-3xl font-bold">{event.title}</h1>
      <p className="mt-2 text-muted-foreground">{new Date(event.starts_at).toLocaleString()} · {event.venue}</p>
      <p className="mt-6 whitespace-pre-line">{event.description}</p>
    </main>
  );
}
