/**
 * The four seed documents as test fixtures, imported as text (Vite `?raw`) so domain tests need no file I/O.
 */
import s000 from './000_ad42accaf8116a04.txt?raw';
import s001 from './001_f02d73256edfc266.txt?raw';
import s002 from './002_3673b233cbd3bc4f.txt?raw';
import s004 from './004_3bb0a0cfa40ad546.txt?raw';

export const SEEDS: Record<string, string> = {
  '000_ad42accaf8116a04.txt': s000,
  '001_f02d73256edfc266.txt': s001,
  '002_3673b233cbd3bc4f.txt': s002,
  '004_3bb0a0cfa40ad546.txt': s004,
};

export const seed = (name: string): string => {
  const text = SEEDS[name];
  if (text === undefined) throw new Error(`no seed ${name}`);
  return text;
};
