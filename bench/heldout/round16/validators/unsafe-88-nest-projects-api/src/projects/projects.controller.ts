import { Body, Controller, Delete, Param, Patch, Req, UseGuards } from "@nestjs/common";
import { AuthGuard } from "@nestjs/passport";
import { ProjectsService } from "./projects.service";

@Controller("projects")
@UseGuards(AuthGuard("jwt"))
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Patch(":id")
  update(@Param("id") id: string, @Body() body: { name?: string; archived?: boolean }) {
    return this.projects.update(id, body);
  }

  @Delete(":id")
  remove(@Param("id") id: string, @Req() _req: unknown) {
    return this.projects.remove(id);
  }
}
