import { notFound } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

export default async function ArtistPage({ params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params;
  const supabase = await createClient();
  const { data: artist } = await supabase
    .from("artists")
    .select("display_name, bio_html, avatar_url, genres")
    .eq("handle", handle)
    .maybeSingle();

  if (!artist) notFound();

  return (
    <main className="mx-auto max-w-2xl p-6">
      <img src={artist.avatar_url} alt="" className="h-24 w-24 rounded-full" />
      <h1 className="text-3xl font-bold">{artist.display_name}</h1>
      <p className="text-sm">{(artist.genres ?? []).join(" · ")}</p>
      <section className="prose mt-6" dangerouslySetInnerHTML={{ __html: artist.bio_html }} />
    </main>
  );
}
