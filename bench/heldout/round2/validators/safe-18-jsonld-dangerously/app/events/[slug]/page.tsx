import { notFound } from "next/navigation";
import { createClient } from "@/utils/supabase/server";

export default async function EventPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const supabase = await createClient();
  const { data: event } = await supabase
    .from("events")
    .select("name, starts_at, venue, description")
    .eq("slug", slug)
    .single();

  if (!event) notFound();

  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.name,
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
      <h1 className="text-3xl font-bold">{event.name}</h1>
      <p className="text-gray-600">{new Date(event.starts_at).toLocaleString()} · {event.venue}</p>
      <p className="mt-4 whitespace-pre-line">{event.description}</p>
    </main>
  );
}
