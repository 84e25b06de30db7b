"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { pool } from "@/lib/pg";
import { readSession } from "@/lib/session";

export async function setMemberRole(memberId: string, role: "member" | "admin") {
  const session = await readSession((await cookies()).get("session")?.value);
  console.info("role change", { by: session?.userId ?? "unknown", memberId, role });

  await pool.query("update team_members set role = $1 where id = $2", [role, memberId]);
  revalidatePath("/settings/team");
}
