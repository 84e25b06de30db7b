import { redirect } from "next/navigation";
import { createClient } from "@/lib/supabase/server";

export async function GET(request: Request) {
  const supabase = await createClient();
  const { data: { user } } = await supabase.auth.getUser();
  if (!user) redirect("/login");

  const here = new URL(request.url);
  const raw = here.searchParams.get("next") ?? "/home";
  const target = new URL(raw, here.origin);

  if (target.origin !== here.origin) redirect("/home");
  redirect(target.pathname + target.search);
}
