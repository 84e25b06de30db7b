import { notFound } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { ProfileCard } from "@/components/profile/ProfileCard";

export default async function UserPage({ params }: { params: Promise<{ username: string }> }) {
  const { username } = await params;
  const supabase = await createClient();
  const { data: profile } = await supabase
    .from("profiles")
    .select("username, avatar_url, bio")
    .eq("username", username)
    .single();
  if (!profile) notFound();
  return <ProfileCard profile={{ username: profile.username, avatarUrl: profile.avatar_url, bio: profile.bio }} />;
}
