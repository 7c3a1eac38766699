// Builds the UI once before the browser test files start, so files running side by side never race to
// rebuild web/dist (each file still checks it is fresh).
import { ensureWebBuilt } from './server.ts';

export default function setup(): void {
  ensureWebBuilt();
}
