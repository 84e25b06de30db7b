import { Body, Controller, Post, UseGuards } from "@nestjs/common";
import { execSync } from "child_process";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { JwtAuthGuard } from "../auth/jwt-auth.guard";

@Controller("repos")
@UseGuards(JwtAuthGuard)
export class ReposController {
  @Post("analyze")
  analyze(@Body() body: { url: string; branch?: string }) {
    const dir = mkdtempSync(join(tmpdir(), "repo-"));
    execSync("git clone --depth 1 -b " + (body.branch || "main") + " " + body.url + " " + dir);
    const count = execSync("git -C " + dir + " rev-list --count HEAD").toString().trim();
    return { commits: Number(count) };
  }
}
