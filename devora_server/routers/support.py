"""Support tickets from the app: validated, length-capped, mailed to support."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter
from pydantic import BaseModel, EmailStr, Field

from devora_server.deps import ApiError, Svc
from devora_server.mail import header_safe
from devora_server.models import Ticket

router = APIRouter(prefix="/v1", tags=["support"])


class SupportIn(BaseModel):
    email: EmailStr = Field(max_length=320)
    message: str = Field(min_length=1, max_length=20_000)
    app_version: str = Field("", max_length=64, pattern=r"^[\w .+:()/-]*$")
    platform: str = Field("", max_length=64, pattern=r"^[\w .+:()/,-]*$")
    attachment: str | None = None   # capped by SUPPORT attachment_max (text, e.g. a log)


@router.post("/support")
async def support(body: SupportIn, svc: Svc) -> dict:
    cap = svc.cfg.attachment_max
    if body.attachment is not None and len(body.attachment) > cap:
        raise ApiError(413, "TOO_LARGE", f"attachments are limited to {cap:,} characters")
    def store() -> int:
        with svc.db.tx() as s:
            ticket = Ticket(email=body.email, message=body.message,
                            app_version=body.app_version, platform=body.platform,
                            attachment=body.attachment)
            s.add(ticket)
            s.flush()
            return ticket.id

    ticket_id = await asyncio.to_thread(store)
    await svc.mailer.send(svc.cfg.support_email,
                          f"Support ticket #{ticket_id} from {header_safe(body.email)}",
                          f"{body.message}\n\n-- {body.app_version} on {body.platform}")
    return {"ticket": ticket_id}
