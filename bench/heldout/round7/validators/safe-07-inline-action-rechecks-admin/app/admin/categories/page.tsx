import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { assertAdmin } from "@/lib/auth/admin";

export default async function CategoriesAdmin() {
  let supabase;
  try {
    ({ supabase } = await assertAdmin());
  } catch {
    redirect("/");
  }
  const { data: categories } = await supabase.from("categories").select("id, name").order("name");

  async function addCategory(formData: FormData) {
    "use server";
    const { supabase } = await assertAdmin();
    const name = String(formData.get("name") ?? "").trim();
    if (!name) return;
    await supabase.from("categories").insert({ name });
    revalidatePath("/admin/categories");
  }

  return (
    <div>
      <ul>{categories?.map((c) => <li key={c.id}>{c.name}</li>)}</ul>
      <form action={addCategory}>
        <input name="name" placeholder="New category" />
        <button>Add</button>
      </form>
    </div>
  );
}
