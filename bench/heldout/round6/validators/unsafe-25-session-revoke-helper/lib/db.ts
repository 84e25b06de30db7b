import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export const run = (text: string) => pool.query(text);
export default pool;
