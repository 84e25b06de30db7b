module.exports = {
  development: {
    client: "pg",
    connection: process.env.DATABASE_URL,
    migrations: { directory: "./migrations" },
  },
  production: {
    client: "pg",
    connection: "postgresql://app_user:CZ6n8dTGDtyfHr8Zt6immdci@db.prod-cluster.internal.example.net:5432/app?sslmode=require",
    pool: { min: 2, max: 10 },
    migrations: { directory: "./migrations" },
  },
};
