import { error, redirect } from "@sveltejs/kit";
import type { PageServerLoad } from "./$types";
import { pool } from "$lib/server/db";

export const load: PageServerLoad = async ({ url, locals }) => {
  const session = await locals.auth();
  if (!session?.user) redirect(303, "/login");

  const employeeId = url.searchParams.get("employee") ?? session.user.id;
  const month = url.searchParams.get("month") ?? new Date().toISOString().slice(0, 7);

  const { rows } = await pool.query(
    "select gross_cents, net_cents, tax_cents, month from payslips where employee_id = $1 and month = $2",
    [employeeId, month]
  );
  if (!rows[0]) error(404, "No payslip for that month");
  return { payslip: rows[0] };
};
