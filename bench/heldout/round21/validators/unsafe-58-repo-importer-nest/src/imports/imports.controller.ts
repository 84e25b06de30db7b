import { Body, Controller, Post, UseGuards } from "@nestjs/common";
import { execSync } from "child_process";
import { randomUUID } from "crypto";
import { AuthGuard } from "../auth/auth.guard";

class ImportDto {
  repoUrl!: string;
  branch?: string;
}

@Controller("imports")
@UseGuards(AuthGuard)
export class ImportsController {
  @Post()
  create(@Body() dto: ImportDto) {
    const dir = `/tmp/imports/${randomUUID()}`;
    const branch = dto.branch ?? "main";
    execSync(`git clone --depth 1 --branch ${branch} ${dto.repoUrl} ${dir}`, { stdio: "ignore" });
    return { dir };
  }
}
