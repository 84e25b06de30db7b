import { AnnouncementBanner } from "@/components/AnnouncementBanner";
import { createClient } from "@/lib/supabase/server";

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const supabase = await createClient();
  // club members can post announcements from their dashboard
  const { data } = await supabase
    .from("announcements")
    .select("message")
    .order("created_at", { ascending: false })
    .limit(1)
    .maybeSingle();

  return (
    <>
      <AnnouncementBanner message={data?.message ?? null} />
      {children}
    </>
  );
}
