import { NextResponse } from "next/server";
import type { User } from "@supabase/supabase-js";
import { createClient } from "@/lib/supabase/server";

type AuthedHandler<P> = (
  req: Request,
  ctx: { params: Promise<P>; user: User; supabase: Awaited<ReturnType<typeof createClient>> },
) => Promise<Response>;

export function withAuth<P = Record<string, string>>(handler: AuthedHandler<P>) {
  return async (req: Request, ctx: { params: Promise<P> }) => {
    const supabase = await createClient();
    const { data, error } = await supabase.auth.getUser();
    if (error || !data.user) {
      return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    }
    return handler(req, { ...ctx, user: data.user, supabase });
  };
}
