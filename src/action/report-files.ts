import { constants, promises as fs } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes a report file without following a symlink at its path (O_NOFOLLOW), so a link planted
 * where a report is expected cannot redirect the write to another file of the runner.
 */
export async function writeReportFile(path: string, text: string): Promise<void> {
  await fs.mkdir(dirname(path), { recursive: true });
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0);
  const handle = await fs.open(path, flags, 0o644);
  try {
    await handle.writeFile(text, 'utf8');
  } finally {
    await handle.close();
  }
}
