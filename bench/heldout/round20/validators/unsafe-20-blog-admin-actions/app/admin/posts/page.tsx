import { auth } from "@/auth";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/prisma";
import { deletePost } from "./actions";

export default async function AdminPosts() {
  const session = await auth();
  if (session?.user?.role !== "admin") redirect("/");
  const posts = await prisma.post.findMany({ orderBy: { createdAt: "desc" } });
  return (
    <ul>
      {posts.map((p) => (
        <li key={p.id}>
          {p.title}
          <form action={deletePost.bind(null, p.id)}>
            <button>Delete</button>
          </form>
        </li>
      ))}
    </ul>
  );
}
