import { NextResponse } from "next/server";
import { createClient } from "@/lib/supabase/server";

export async function POST(req: Request) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) return NextResponse.json({ error: "Unauthorized" }, { status: 401 });

  const { expression, cells } = await req.json();
  const withValues = String(expression).replace(/[A-Z]\d+/g, (ref) => String(cells?.[ref] ?? 0));
  try {
    const value = eval(withValues);
    return NextResponse.json({ value });
  } catch {
    return NextResponse.json({ error: "Bad formula" }, { status: 400 });
  }
}
