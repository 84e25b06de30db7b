import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";
import { supabaseAdmin } from "@/lib/supabase/admin";

export default async function AdminUsersPage() {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect("/login");

  const { data: me } = await supabase.from("profiles").select("role").eq("id", user.id).single();
  if (me?.role !== "admin") redirect("/");

  const { data: users } = await supabaseAdmin.from("profiles").select("id, email, role");

  async function setRole(formData: FormData) {
    "use server";
    const id = formData.get("id") as string;
    const role = formData.get("role") as string;
    await supabaseAdmin.from("profiles").update({ role }).eq("id", id);
    revalidatePath("/admin/users");
  }

  return (
    <table className="w-full text-sm">
      <tbody>
        {users?.map((u) => (
          <tr key={u.id}>
            <td>{u.email}</td>
            <td>
              <form action={setRole} className="flex gap-2">
                <input type="hidden" name="id" value={u.id} />
                <select name="role" defaultValue={u.role}>
                  <option value="member">member</option>
                  <option value="admin">admin</option>
                </select>
                <button type="submit">Save</button>
              </form>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
