import { grantLicense, revokeLicense } from "~/server/utils/licenses";

export default defineEventHandler(async (event) => {
  const signature = getHeader(event, "x-signature");
  if (!signature) {
    throw createError({ statusCode: 401, statusMessage: "No signature" });
  }

  const body = await readBody(event);
  const name = body.meta?.event_name;
  const email = body.data?.attributes?.user_email;

  if (name === "order_created") await grantLicense(email, body.data.id);
  if (name === "order_refunded") await revokeLicense(body.data.id);

  return { received: true };
});
