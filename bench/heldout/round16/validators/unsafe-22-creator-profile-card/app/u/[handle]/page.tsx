import { notFound } from "next/navigation";
import { createClient } from "@/lib/supabase/server";
import { ProfileCard } from "@/components/ProfileCard";

export default async function Page({ params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params;
  const supabase = await createClient();
  const { data } = await supabase.from("profiles").select("name, avatar_url, bio").eq("handle", handle).single();
  if (!data) notFound();
  return <ProfileCard name={data.name} avatarUrl={data.avatar_url} bio={data.bio ?? ""} />;
}
