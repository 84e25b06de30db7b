import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/session";
import { prisma } from "@/lib/prisma";
import { changeRole } from "./actions";

export default async function UsersAdmin() {
  const me = await getCurrentUser();
  if (me?.role !== "ADMIN") notFound();
  const users = await prisma.user.findMany({ select: { id: true, email: true, role: true } });
  return (
    <ul>
      {users.map((u) => (
        <li key={u.id}>
          {u.email}
          <form action={changeRole}>
            <input type="hidden" name="userId" value={u.id} />
            <select name="role" defaultValue={u.role}>
              <option>MEMBER</option>
              <option>ADMIN</option>
            </select>
            <button>Save</button>
          </form>
        </li>
      ))}
    </ul>
  );
}
