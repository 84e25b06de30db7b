const queue: string[] = [];

export async function enqueueDeploy(sha: string) {
  if (/^[0-9a-f]{40}$/.test(sha)) queue.push(sha);
}
