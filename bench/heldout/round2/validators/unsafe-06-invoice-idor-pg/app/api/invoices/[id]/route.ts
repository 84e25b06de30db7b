import { NextResponse } from "next/server";
import { createClient } from "@/utils/supabase/server";
import { pool } from "@/lib/pg";

export async function GET(
  _req: Request,
  { params }: { params: Promise<{ id: string }> }
) {
  const { id } = await params;
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();

  if (!user) {
    return NextResponse.json({ error: "Not authenticated" }, { status: 401 });
  }

  const { rows } = await pool.query(
    `select i.id, i.number, i.total_cents, i.status, i.issued_at,
            c.name as customer_name, c.email as customer_email, c.address
       from invoices i
       join customers c on c.id = i.customer_id
      where i.id = $1`,
    [id]
  );

  if (rows.length === 0) {
    return NextResponse.json({ error: "Invoice not found" }, { status: 404 });
  }

  return NextResponse.json(rows[0]);
}
