import "server-only";
import { NextResponse } from "next/server";
import type { SupabaseClient, User } from "@supabase/supabase-js";
import { createClient } from "@/lib/supabase/server";

type AuthedHandler<C> = (
  req: Request,
  ctx: C,
  auth: { user: User; supabase: SupabaseClient }
) => Promise<Response>;

export function withAuth<C>(handler: AuthedHandler<C>) {
  return async (req: Request, ctx: C) => {
    const supabase = await createClient();
    const {
      data: { user },
    } = await supabase.auth.getUser();
    if (!user) {
      return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    }
    return handler(req, ctx, { user, supabase });
  };
}
