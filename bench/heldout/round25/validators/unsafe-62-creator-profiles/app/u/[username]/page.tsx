import { createClient } from "@/lib/supabase/server";
import { notFound } from "next/navigation";

export default async function Profile({ params }: { params: Promise<{ username: string }> }) {
  const { username } = await params;
  const supabase = await createClient();
  const { data: profile } = await supabase
    .from("profiles")
    .select("display_name, bio, avatar_url")
    .eq("username", username)
    .maybeSingle();

  if (!profile) notFound();

  return (
    <main className="mx-auto max-w-xl py-10">
      <img src={profile.avatar_url ?? "/avatar.png"} alt="" className="h-20 w-20 rounded-full" />
      <h1 className="mt-4 text-2xl font-bold">{profile.display_name}</h1>
      <div className="mt-2" dangerouslySetInnerHTML={{ __html: profile.bio ?? "" }} />
    </main>
  );
}
