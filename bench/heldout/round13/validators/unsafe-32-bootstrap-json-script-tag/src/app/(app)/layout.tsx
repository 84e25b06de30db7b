import type { ReactNode } from "react";
import { createClient } from "@/lib/supabase/server";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  const { data: profile } = user
    ? await supabase.from("profiles").select("id, display_name, bio, plan").eq("id", user.id).single()
    : { data: null };

  return (
    <>
      <script
        id="__BOOTSTRAP__"
        dangerouslySetInnerHTML={{ __html: `window.__PROFILE__ = ${JSON.stringify(profile)};` }}
      />
      {children}
    </>
  );
}
