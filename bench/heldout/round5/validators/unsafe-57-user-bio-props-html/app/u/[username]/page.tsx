import { notFound } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { UserBio } from "@/components/profile/UserBio";

export default async function ProfilePage({ params }: { params: Promise<{ username: string }> }) {
  const { username } = await params;
  const supabase = await createClient();
  const { data: profile } = await supabase
    .from("profiles")
    .select("username, full_name, bio, location")
    .eq("username", username)
    .single();
  if (!profile) notFound();

  return (
    <main className="mx-auto max-w-xl py-10">
      <h1 className="text-2xl font-bold">{profile.full_name ?? profile.username}</h1>
      <UserBio bio={profile.bio} location={profile.location} />
    </main>
  );
}
