import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { db } from "~/db.server";

export async function loader(_args: LoaderFunctionArgs) {
  const banner = await db.announcement.findFirst({ where: { active: true }, orderBy: { createdAt: "desc" } });
  return json({ banner });
}

export default function Index() {
  const { banner } = useLoaderData<typeof loader>();
  return (
    <div>
      {banner ? <div className="banner" dangerouslySetInnerHTML={{ __html: banner.html }} /> : null}
      <h1>Welcome to the club</h1>
    </div>
  );
}
