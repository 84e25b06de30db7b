module.exports = {
  development: {
    client: "pg",
    connection: process.env.DATABASE_URL,
    migrations: { directory: "./db/migrations" },
  },
  production: {
    client: "pg",
    connection: "postgres://booking_svc:h8Kq2Lw9Zx3Vn5Tp@bookings-prod.c9akzx1e2abc.eu-west-1.rds.amazonaws.com:5432/bookings",
    pool: { min: 2, max: 10 },
    migrations: { directory: "./db/migrations" },
  },
};
