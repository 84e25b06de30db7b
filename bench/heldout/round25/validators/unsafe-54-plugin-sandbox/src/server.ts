import Fastify from "fastify";
import pluginRoutes from "./routes/plugins";

const app = Fastify({ logger: true });
app.register(pluginRoutes, { prefix: "/api" });
app.listen({ port: 3000, host: "0.0.0.0" });
