import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { Form, useSearchParams } from "@remix-run/react";
import { acceptInvite } from "~/models/invite.server";
import { requireUserId } from "~/session.server";

export async function action({ request, params }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const form = await request.formData();
  await acceptInvite(params.inviteCode!, userId);
  const redirectTo = (form.get("redirectTo") as string) || "/workspace";
  return redirect(redirectTo);
}

export default function Join() {
  const [params] = useSearchParams();
  return (
    <Form method="post">
      <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
      <button>Join workspace</button>
    </Form>
  );
}
