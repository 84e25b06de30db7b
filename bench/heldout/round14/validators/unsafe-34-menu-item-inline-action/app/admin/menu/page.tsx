import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { menuItems } from "@/db/schema";

export default async function MenuAdminPage() {
  const items = await db.select().from(menuItems);

  async function addItem(formData: FormData) {
    "use server";
    await db.insert(menuItems).values({
      name: String(formData.get("name")),
      priceCents: Math.round(Number(formData.get("price")) * 100),
      category: String(formData.get("category") ?? "mains"),
    });
    revalidatePath("/admin/menu");
  }

  return (
    <main>
      <ul>{items.map((i) => <li key={i.id}>{i.name}</li>)}</ul>
      <form action={addItem}>
        <input name="name" required />
        <input name="price" type="number" step="0.01" required />
        <select name="category"><option>mains</option><option>drinks</option></select>
        <button>Add</button>
      </form>
    </main>
  );
}
