import { Controller, Get, Query, Res, UseGuards } from "@nestjs/common";
import { spawn } from "node:child_process";
import type { Response } from "express";
import { JwtAuthGuard } from "../auth/jwt.guard";

@Controller("reports")
@UseGuards(JwtAuthGuard)
export class ReportsController {
  @Get("export")
  export(@Query("title") title: string, @Query("format") format: string, @Res() res: Response) {
    const cmd = `pandoc /srv/reports/weekly.md --metadata title="${title}" -t ${format}`;
    const child = spawn("sh", ["-c", cmd]);
    res.setHeader("Content-Type", "application/octet-stream");
    child.stdout.pipe(res);
  }
}
