import { Controller, Get, NotFoundException, Param, Res, UseGuards } from "@nestjs/common";
import type { Response } from "express";
import { JwtAuthGuard } from "../auth/jwt-auth.guard";
import { DocumentsService } from "./documents.service";

@Controller("documents")
@UseGuards(JwtAuthGuard)
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get(":id/download")
  async download(@Param("id") id: string, @Res() res: Response) {
    const doc = await this.documents.findById(id);
    if (!doc) throw new NotFoundException();
    res.setHeader("Content-Disposition", `attachment; filename="${encodeURIComponent(doc.fileName)}"`);
    (await this.documents.openStream(doc.storageKey)).pipe(res);
  }
}
