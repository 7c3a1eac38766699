// Replaced by the real PostgreSQL setup (platform work in progress).
export default async function setup(): Promise<() => Promise<void>> {
  return async () => {};
}
