import Fastify from "fastify";
import jwt from "@fastify/jwt";
import { knex } from "./db";
import { productRoutes } from "./routes/products";

const app = Fastify({ logger: true });

app.register(jwt, { secret: process.env.JWT_SECRET as string });

app.register(async (admin) => {
  admin.addHook("preHandler", async (request) => {
    await request.jwtVerify();
  });
  admin.get("/api/admin/stats", async () => {
    const [{ count }] = await knex("products").count("* as count");
    return { products: Number(count) };
  });
});

app.register(productRoutes);

app.listen({ port: 3001, host: "0.0.0.0" });
