const shared = {
  client: "mysql2",
  connection: "mysql://root:2K6qMzvgoqo8VL7whs@aws.connect.psdb.cloud:3306/bookings",
  migrations: { directory: "./db/migrations" },
  seeds: { directory: "./db/seeds" },
  pool: { min: 0, max: 7 },
};

module.exports = {
  development: shared,
  staging: shared,
  production: { ...shared, pool: { min: 2, max: 20 } },
};
