import { notFound } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { RichText } from "@/components/ui";

export default async function ProfilePage({ params }: { params: Promise<{ username: string }> }) {
  const { username } = await params;
  const supabase = await createClient();
  const { data: profile } = await supabase
    .from("profiles")
    .select("display_name, bio, avatar_url")
    .eq("username", username)
    .maybeSingle();
  if (!profile) notFound();

  const bio = (profile.bio ?? "").replace(/\n/g, "<br/>");
  return (
    <main>
      <h1>{profile.display_name}</h1>
      <RichText html={bio} />
    </main>
  );
}
