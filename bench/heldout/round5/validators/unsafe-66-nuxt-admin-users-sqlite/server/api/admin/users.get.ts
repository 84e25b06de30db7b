import Database from "better-sqlite3";

const db = new Database("./data/app.db");

export default defineEventHandler((event) => {
  const { q = "", role } = getQuery(event) as { q?: string; role?: string };

  let query = `SELECT id, email, name, role, created_at FROM users WHERE (email LIKE '%${q}%' OR name LIKE '%${q}%')`;
  if (role) query += ` AND role = '${role}'`;
  query += " ORDER BY created_at DESC LIMIT 100";

  return db.prepare(query).all();
});
