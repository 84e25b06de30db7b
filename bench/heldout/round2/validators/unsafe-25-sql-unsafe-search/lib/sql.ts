import postgres from "postgres";

const sql = postgres(process.env.DATABASE_URL!, {
  prepare: false,
  idle_timeout: 20,
});

export default sql;
