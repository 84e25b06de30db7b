import postgres from "postgres";

const sql = postgres(process.env.DATABASE_URL!, { max: 5 });

const SORTABLE = ["created_at", "title", "due_date"] as const;
type Sortable = (typeof SORTABLE)[number];

export async function listTasks(userId: string, search: string, sort: string) {
  const column: Sortable = (SORTABLE as readonly string[]).includes(sort) ? (sort as Sortable) : "created_at";
  return sql`
    select id, title, due_date, done
    from tasks
    where user_id = ${userId}
      and title ilike ${"%" + search + "%"}
    order by ${sql(column)} desc
    limit 100
  `;
}

export async function completeTask(userId: string, taskId: string) {
  const [row] = await sql`
    update tasks set done = true, completed_at = now()
    where id = ${taskId} and user_id = ${userId}
    returning id, done
  `;
  return row ?? null;
}
