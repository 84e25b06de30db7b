import { NextRequest, NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

type Handler<C> = (req: NextRequest, ctx: C) => Promise<Response>;

export function withAuth<C>(handler: Handler<C>): Handler<C> {
  return async (req, ctx) => {
    const supabase = createClient();
    const {
      data: { user },
    } = await supabase.auth.getUser();
    if (!user) {
      return NextResponse.json({ error: "Unauthorized" }, { status: 401 });
    }
    return handler(req, ctx);
  };
}
