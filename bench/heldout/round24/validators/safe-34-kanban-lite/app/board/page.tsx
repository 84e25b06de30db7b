import { revalidatePath } from "next/cache";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";

export default async function BoardPage() {
  const session = await auth();
  const cards = session?.user?.id
    ? await prisma.card.findMany({ where: { ownerId: session.user.id }, orderBy: { position: "asc" } })
    : [];

  async function moveCard(formData: FormData) {
    "use server";
    const current = await auth();
    if (!current?.user?.id) throw new Error("Unauthorized");
    const id = String(formData.get("id"));
    const column = String(formData.get("column"));
    await prisma.card.updateMany({
      where: { id, ownerId: current.user.id },
      data: { column },
    });
    revalidatePath("/board");
  }

  return (
    <ul>
      {cards.map((c) => (
        <li key={c.id}>
          {c.title}
          <form action={moveCard}>
            <input type="hidden" name="id" value={c.id} />
            <select name="column" defaultValue={c.column}>
              <option value="todo">To do</option>
              <option value="doing">Doing</option>
              <option value="done">Done</option>
            </select>
            <button type="submit">Move</button>
          </form>
        </li>
      ))}
    </ul>
  );
}
