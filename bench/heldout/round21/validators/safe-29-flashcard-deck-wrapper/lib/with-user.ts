import { NextResponse } from "next/server";
import type { SupabaseClient, User } from "@supabase/supabase-js";
import { createClient } from "@/lib/supabase/server";

type Ctx = { user: User; supabase: SupabaseClient };

export function withUser(fn: (req: Request, ctx: Ctx) => Promise<Response>) {
  return async (req: Request) => {
    const supabase = await createClient();
    const { data: { user } } = await supabase.auth.getUser();
    if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    return fn(req, { user, supabase });
  };
}
