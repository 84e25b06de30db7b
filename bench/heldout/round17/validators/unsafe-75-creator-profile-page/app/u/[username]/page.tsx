import { notFound } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

export default async function ProfilePage({ params }: { params: Promise<{ username: string }> }) {
  const { username } = await params;
  const supabase = await createClient();
  const { data: profile } = await supabase
    .from("profiles")
    .select("display_name, bio, avatar_url")
    .eq("username", username)
    .single();
  if (!profile) notFound();

  return (
    <main className="mx-auto max-w-2xl p-6">
      <img src={profile.avatar_url} alt="" className="h-20 w-20 rounded-full" />
      <h1 className="text-2xl font-bold">{profile.display_name}</h1>
      <section dangerouslySetInnerHTML={{ __html: profile.bio ?? "" }} />
    </main>
  );
}
