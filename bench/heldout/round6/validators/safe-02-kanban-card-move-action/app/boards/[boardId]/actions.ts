"use server";

import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { boards, cards } from "@/db/schema";
import { requireUser } from "@/lib/auth";

export async function moveCard(boardId: string, cardId: string, column: "todo" | "doing" | "done", position: number) {
  const user = await requireUser();

  const board = await db.query.boards.findFirst({
    where: and(eq(boards.id, boardId), eq(boards.ownerId, user.id)),
  });
  if (!board) throw new Error("Board not found");

  await db
    .update(cards)
    .set({ column, position })
    .where(and(eq(cards.id, cardId), eq(cards.boardId, board.id)));

  revalidatePath(`/boards/${boardId}`);
}
