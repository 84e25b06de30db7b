import { useEffect, useState } from "react";
import { supabaseAdmin } from "@/lib/supabaseAdmin";

export default function AdminUsers() {
  const [users, setUsers] = useState<{ id: string; email?: string }[]>([]);

  useEffect(() => {
    supabaseAdmin.auth.admin.listUsers().then(({ data }) => setUsers(data.users));
  }, []);

  const ban = async (id: string) => {
    await supabaseAdmin.auth.admin.updateUserById(id, { ban_duration: "876000h" });
  };

  return (
    <table className="w-full text-sm">
      <tbody>
        {users.map((u) => (
          <tr key={u.id}>
            <td>{u.email}</td>
            <td>
              <button onClick={() => ban(u.id)}>Ban</button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
