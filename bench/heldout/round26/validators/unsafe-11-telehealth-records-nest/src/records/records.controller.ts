import { Controller, Get, NotFoundException, Param, Req, UseGuards } from "@nestjs/common";
import { AuthGuard } from "@nestjs/passport";
import { PrismaService } from "../prisma/prisma.service";

@Controller("records")
@UseGuards(AuthGuard("jwt"))
export class RecordsController {
  constructor(private readonly prisma: PrismaService) {}

  @Get()
  mine(@Req() req: { user: { userId: string } }) {
    return this.prisma.medicalRecord.findMany({
      where: { patientId: req.user.userId },
      select: { id: true, title: true, createdAt: true },
    });
  }

  @Get(":id")
  async findOne(@Param("id") id: string) {
    const record = await this.prisma.medicalRecord.findUnique({
      where: { id },
      include: { attachments: true, prescriptions: true },
    });
    if (!record) throw new NotFoundException();
    return record;
  }
}
