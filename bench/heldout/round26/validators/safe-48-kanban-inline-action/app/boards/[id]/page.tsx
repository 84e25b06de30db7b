import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";

export default async function BoardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await auth();
  if (!session?.user?.id) redirect("/login");

  const board = await prisma.board.findFirst({
    where: { id, ownerId: session.user.id },
    include: { cards: { orderBy: { position: "asc" } } },
  });
  if (!board) notFound();

  async function moveCard(formData: FormData) {
    "use server";
    const current = await auth();
    if (!current?.user?.id) throw new Error("Unauthorized");

    const cardId = String(formData.get("cardId"));
    const column = String(formData.get("column"));
    await prisma.card.updateMany({
      where: { id: cardId, board: { ownerId: current.user.id } },
      data: { column },
    });
    revalidatePath(`/boards/${id}`);
  }

  return (
    <div className="grid grid-cols-3 gap-4">
      {["todo", "doing", "done"].map((col) => (
        <section key={col}>
          <h2 className="font-semibold capitalize">{col}</h2>
          {board.cards
            .filter((c) => c.column === col)
            .map((c) => (
              <form key={c.id} action={moveCard} className="rounded border p-2">
                <input type="hidden" name="cardId" value={c.id} />
                <span>{c.title}</span>
                <select name="column" defaultValue={c.column}>
                  <option value="todo">To do</option>
                  <option value="doing">Doing</option>
                  <option value="done">Done</option>
                </select>
                <button type="submit">Move</button>
              </form>
            ))}
        </section>
      ))}
    </div>
  );
}
