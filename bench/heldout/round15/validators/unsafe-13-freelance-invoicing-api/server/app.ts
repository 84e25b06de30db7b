import express from "express";
import cookieParser from "cookie-parser";
import { requireAuth } from "./middleware/auth";
import adminRouter from "./routes/admin";
import billingRouter from "./routes/billing";

const app = express();
app.use(express.json());
app.use(cookieParser());

app.use("/api/admin", requireAuth, adminRouter);
app.use("/api/billing", billingRouter);

app.listen(Number(process.env.PORT ?? 4000), () => {
  console.log("api listening");
});

export default app;
