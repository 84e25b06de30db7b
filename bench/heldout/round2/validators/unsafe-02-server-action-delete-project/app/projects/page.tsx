import { createClient } from "@/lib/supabase/server";
import { deleteProject } from "./actions";

export default async function ProjectsPage() {
  const supabase = await createClient();
  const { data: projects } = await supabase.from("projects").select("id, name");

  return (
    <main className="mx-auto max-w-2xl p-6">
      <h1 className="mb-4 text-2xl font-bold">Projects</h1>
      <ul className="space-y-2">
        {projects?.map((p) => (
          <li key={p.id} className="flex items-center justify-between rounded border p-3">
            <span>{p.name}</span>
            <form action={deleteProject}>
              <input type="hidden" name="projectId" value={p.id} />
              <button className="text-sm text-red-600">Delete</button>
            </form>
          </li>
        ))}
      </ul>
    </main>
  );
}
