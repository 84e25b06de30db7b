import { getDb } from "@/lib/db";

export const runtime = "nodejs";

export const POST = async (request: Request) => {
  const { workspaceId, rating, message, email } = await request.json();

  if (!workspaceId || !message) {
    return Response.json({ error: "workspaceId and message are required" }, { status: 400 });
  }

  const db = getDb({ elevated: true });

  const { error } = await db.from("feedback").insert({
    workspace_id: workspaceId,
    rating: Number(rating) || null,
    message: String(message).slice(0, 5000),
    email,
  });

  if (error) {
    return Response.json({ error: error.message }, { status: 500 });
  }

  await db
    .from("workspaces")
    .update({ last_feedback_at: new Date().toISOString() })
    .eq("id", workspaceId);

  return Response.json({ ok: true });
};
