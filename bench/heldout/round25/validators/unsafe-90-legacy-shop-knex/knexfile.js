const connection = "mysql://admin:xTZ4BFcTV0N5zMeoX3@db-main.cluster-kdxhyobeglmc.us-east-1.rds.amazonaws.com:3306/shop";

module.exports = {
  development: {
    client: "mysql2",
    connection,
    migrations: { directory: "./db/migrations" },
  },
  production: {
    client: "mysql2",
    connection,
    pool: { min: 2, max: 10 },
    migrations: { directory: "./db/migrations" },
  },
};
