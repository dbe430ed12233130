export default async function stopE2eStack(): Promise<void> {
  await globalThis.wayfarerStack?.stop();
}
