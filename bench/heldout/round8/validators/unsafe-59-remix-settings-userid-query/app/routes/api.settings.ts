import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { db } from "~/db.server";
import { requireUserId } from "~/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const sessionUserId = await requireUserId(request);
  const url = new URL(request.url);
  const userId = url.searchParams.get("userId") ?? sessionUserId;

  const settings = await db.settings.findUnique({ where: { userId } });
  return json(settings);
}

export async function action({ request }: ActionFunctionArgs) {
  const sessionUserId = await requireUserId(request);
  const form = await request.formData();
  const userId = String(form.get("userId") || sessionUserId);

  const settings = await db.settings.update({
    where: { userId },
    data: { timezone: String(form.get("timezone")), emailDigest: form.get("emailDigest") === "on" },
  });
  return json(settings);
}
