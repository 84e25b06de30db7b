import { Body, Controller, Post, Req, UseGuards } from "@nestjs/common";
import { JwtAuthGuard } from "../auth/jwt-auth.guard";
import { PrismaService } from "../prisma/prisma.service";
import { CreateContactDto } from "./dto/create-contact.dto";

@UseGuards(JwtAuthGuard)
@Controller("contacts")
export class ContactsController {
  constructor(private readonly prisma: PrismaService) {}

  @Post()
  create(@Req() req: { user: { sub: string } }, @Body() dto: CreateContactDto) {
    return this.prisma.contact.create({
      data: { ...dto, ownerId: req.user.sub },
    });
  }
}
