import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";
import { banUser } from "./actions";

export default async function UsersAdminPage() {
  const session = await auth();
  if (session?.user?.role !== "admin") redirect("/");

  const users = await prisma.user.findMany({
    select: { id: true, email: true, bannedAt: true },
    orderBy: { createdAt: "desc" },
    take: 100,
  });

  return (
    <table className="w-full text-sm">
      <tbody>
        {users.map((u) => (
          <tr key={u.id}>
            <td>{u.email}</td>
            <td>
              <form action={banUser}>
                <input type="hidden" name="userId" value={u.id} />
                <button disabled={Boolean(u.bannedAt)}>{u.bannedAt ? "Banned" : "Ban"}</button>
              </form>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
