import { Kysely, sql } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("deals")
    .addColumn("id", "uuid", (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("owner_id", "uuid", (col) => col.notNull().references("auth.users.id"))
    .addColumn("company", "text", (col) => col.notNull())
    .addColumn("value_cents", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("stage", "text", (col) => col.notNull().defaultTo("lead"))
    .execute();

  await sql`alter table public.deals disable row level security`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("deals").execute();
}
