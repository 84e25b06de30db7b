import { notFound } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { ProfileCard } from "@/components/profile-card";

export default async function MemberPage({ params }: { params: Promise<{ username: string }> }) {
  const { username } = await params;
  const supabase = await createClient();
  const { data } = await supabase.from("profiles").select("full_name, avatar_url, bio").eq("username", username).single();
  if (!data) notFound();
  return <ProfileCard name={data.full_name} avatarUrl={data.avatar_url} bio={data.bio ?? ""} />;
}
