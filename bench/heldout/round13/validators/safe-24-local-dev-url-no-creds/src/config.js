export const config = {
  port: Number(process.env.PORT ?? 3000),
  mongoUrl: process.env.MONGO_URL ?? "mongodb://127.0.0.1:27017/booking_dev",
  redisUrl: process.env.REDIS_URL ?? "redis://localhost:6379/0",
  publicBaseUrl: process.env.PUBLIC_BASE_URL ?? "http://localhost:3000",
};
