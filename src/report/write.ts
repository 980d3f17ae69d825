import { constants, promises as fs } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The one way a report or its evidence reaches the disk: creates the folders, then writes without
 * following a symlink at the path (O_NOFOLLOW), so a link planted where a report or an evidence
 * image is expected cannot redirect the write to another file of the runner.
 */
export async function writeReportFile(path: string, data: string | Uint8Array): Promise<void> {
  await fs.mkdir(dirname(path), { recursive: true });
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0);
  const handle = await fs.open(path, flags, 0o644);
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
}
