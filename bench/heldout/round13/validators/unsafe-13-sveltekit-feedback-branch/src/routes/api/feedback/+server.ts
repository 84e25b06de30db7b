import { json, error } from "@sveltejs/kit";
import type { RequestHandler } from "./$types";

export const POST: RequestHandler = async ({ request, locals: { supabase } }) => {
  const form = await request.json();

  if (form.mode === "draft") {
    const { data, error: dbErr } = await supabase
      .from("feedback_drafts")
      .upsert({ id: form.id, board_id: form.boardId, content: form.content })
      .select()
      .single();
    if (dbErr) throw error(500, dbErr.message);
    return json(data);
  }

  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw error(401, "Sign in to publish feedback");

  const { data, error: pubErr } = await supabase
    .from("feedback")
    .insert({ board_id: form.boardId, content: form.content, author_id: user.id })
    .select()
    .single();
  if (pubErr) throw error(500, pubErr.message);
  return json(data, { status: 201 });
};
