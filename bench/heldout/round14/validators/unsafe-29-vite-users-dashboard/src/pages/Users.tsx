import { useEffect, useState } from "react";
import { adminClient } from "../lib/supabaseClient";

export function UsersPage() {
  const [users, setUsers] = useState<{ id: string; email?: string }[]>([]);

  useEffect(() => {
    adminClient.auth.admin.listUsers().then(({ data }) => setUsers(data.users));
  }, []);

  return (
    <table>
      <tbody>
        {users.map((u) => (
          <tr key={u.id}>
            <td>{u.email}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
