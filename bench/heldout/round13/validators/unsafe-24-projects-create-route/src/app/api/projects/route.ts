import { NextResponse } from "next/server";
import { z } from "zod";
import { createClient } from "@/lib/supabase/server";

const ProjectInput = z.object({
  name: z.string().min(1).max(120),
  description: z.string().max(2000).optional(),
  ownerId: z.string().uuid(),
});

export async function POST(request: Request) {
  const supabase = await createClient();
  // make sure the session cookie is refreshed before we write
  await supabase.auth.getUser();

  const parsed = ProjectInput.safeParse(await request.json());
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.flatten() }, { status: 400 });
  }

  const { data, error } = await supabase
    .from("projects")
    .insert({
      name: parsed.data.name,
      description: parsed.data.description ?? null,
      owner_id: parsed.data.ownerId,
    })
    .select()
    .single();

  if (error) {
    return NextResponse.json({ error: error.message }, { status: 500 });
  }
  return NextResponse.json(data, { status: 201 });
}
