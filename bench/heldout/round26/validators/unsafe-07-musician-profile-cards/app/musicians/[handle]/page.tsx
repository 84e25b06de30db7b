import { notFound } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { BioCard } from "@/components/profile/BioCard";

export default async function MusicianPage({ params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params;
  const supabase = await createClient();
  const { data: m } = await supabase
    .from("musicians")
    .select("display_name, avatar_url, bio, instruments")
    .eq("handle", handle)
    .single();
  if (!m) notFound();

  return (
    <BioCard name={m.display_name} avatarUrl={m.avatar_url} bio={m.bio ?? ""} instruments={m.instruments ?? []} />
  );
}
