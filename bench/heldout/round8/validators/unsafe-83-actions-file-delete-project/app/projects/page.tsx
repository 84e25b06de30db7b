import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";
import { deleteProject } from "./actions";

export default async function ProjectsPage() {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");

  const projects = await prisma.project.findMany({ where: { ownerId: session.user.id } });
  return (
    <ul>
      {projects.map((p) => (
        <li key={p.id}>
          {p.name}
          <form action={deleteProject.bind(null, p.id)}>
            <button>Delete</button>
          </form>
        </li>
      ))}
    </ul>
  );
}
