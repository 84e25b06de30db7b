module.exports = {
  development: {
    client: "pg",
    connection: "postgres://postgres:postgres@localhost:5432/gradebook",
    migrations: { directory: "./migrations" },
  },
  production: {
    client: "pg",
    connection: "postgresql://postgres:XPwvOz0yriuC9NvF2w@db.kpsxzsyqkuzipiybczls.supabase.co:5432/postgres",
    pool: { min: 2, max: 10 },
    migrations: { directory: "./migrations" },
  },
};
