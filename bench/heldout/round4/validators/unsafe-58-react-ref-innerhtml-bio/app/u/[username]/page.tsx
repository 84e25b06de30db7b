import { notFound } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import ProfileCard from "@/components/ProfileCard";

export default async function UserPage({ params }: { params: Promise<{ username: string }> }) {
  const { username } = await params;
  const supabase = await createClient();
  const { data: profile } = await supabase
    .from("profiles")
    .select("full_name, avatar_url, bio")
    .eq("username", username)
    .single();

  if (!profile) notFound();

  return <ProfileCard name={profile.full_name} avatarUrl={profile.avatar_url} bio={profile.bio ?? ""} />;
}
