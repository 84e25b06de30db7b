import { json } from "@sveltejs/kit";
import type { RequestHandler } from "./$types";
import { pool } from "$lib/server/db";

export const POST: RequestHandler = async ({ request, locals }) => {
  const {
    data: { user },
  } = await locals.supabase.auth.getUser();
  if (!user) {
    console.warn("climb session logged without a user");
  }

  const { gym, grade, attempts, climberId } = await request.json();
  const { rows } = await pool.query(
    "insert into climb_sessions (gym, grade, attempts, climber_id) values ($1, $2, $3, $4) returning *",
    [gym, grade, attempts, user?.id ?? climberId]
  );
  return json(rows[0], { status: 201 });
};
