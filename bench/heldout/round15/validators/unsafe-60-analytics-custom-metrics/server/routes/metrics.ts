import { Router } from "express";
import { MetricsController } from "../controllers/MetricsController";
import { MetricsRepository } from "../repositories/MetricsRepository";
import { requireAuth } from "../middleware/requireAuth";

const controller = new MetricsController(new MetricsRepository());
export const metricsRouter = Router();

metricsRouter.post("/metrics/preview", requireAuth, controller.preview);
