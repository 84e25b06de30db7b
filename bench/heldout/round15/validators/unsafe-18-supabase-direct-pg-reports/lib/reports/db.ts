import { Pool } from "pg";

export const reportsPool = new Pool({
  connectionString: "postgresql://postgres:FGo1zijJfqSweLUN@db.cawkvwguyhiljiolzwyl.supabase.co:5432/postgres",
  ssl: { rejectUnauthorized: false },
  max: 3,
});

export async function monthlyRevenue(month: string) {
  const { rows } = await reportsPool.query(
    "select date_trunc('day', paid_at) as day, sum(total_cents) as cents from orders where to_char(paid_at, 'YYYY-MM') = $1 group by 1 order by 1",
    [month]
  );
  return rows;
}
