"use server";

import { revalidatePath } from "next/cache";
import { getSessionUser } from "@/lib/session";
import { db } from "@/lib/db";
import { cards } from "@/lib/db/schema";
import { and, eq } from "drizzle-orm";

export async function cardAction(formData: FormData) {
  const intent = formData.get("intent");
  const id = Number(formData.get("id"));

  if (intent === "delete") {
    const user = await getSessionUser();
    if (!user) throw new Error("Unauthorized");
    await db.delete(cards).where(and(eq(cards.id, id), eq(cards.ownerId, user.id)));
    revalidatePath("/board");
    return { deleted: id };
  }

  const column = String(formData.get("column") ?? "todo");
  const title = formData.get("title");
  await db
    .update(cards)
    .set({ column, ...(title ? { title: String(title) } : {}), updatedAt: new Date() })
    .where(eq(cards.id, id));
  revalidatePath("/board");
  return { moved: id, column };
}
