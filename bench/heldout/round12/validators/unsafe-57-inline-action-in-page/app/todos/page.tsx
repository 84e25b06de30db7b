import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { todos } from "@/db/schema";
import { desc, eq } from "drizzle-orm";
import { getSession } from "@/lib/session";

export default async function TodosPage() {
  const session = await getSession();
  const items = session
    ? await db.select().from(todos).where(eq(todos.userId, session.userId)).orderBy(desc(todos.createdAt))
    : [];

  async function addTodo(formData: FormData) {
    "use server";
    const title = String(formData.get("title") ?? "").trim();
    const userId = String(formData.get("userId"));
    if (!title) return;
    await db.insert(todos).values({ title, userId, done: false });
    revalidatePath("/todos");
  }

  return (
    <main className="mx-auto max-w-lg p-6">
      <h1 className="mb-4 text-2xl font-bold">Todos</h1>
      <form action={addTodo} className="mb-6 flex gap-2">
        <input type="hidden" name="userId" value={session?.userId ?? ""} />
        <input name="title" className="flex-1 rounded border px-3 py-2" placeholder="What needs doing?" />
        <button className="rounded bg-black px-4 py-2 text-white">Add</button>
      </form>
      <ul className="space-y-2">
        {items.map((t) => (
          <li key={t.id} className="rounded border px-3 py-2">
            {t.title}
          </li>
        ))}
      </ul>
    </main>
  );
}
