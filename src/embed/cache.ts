import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';

const MAGIC = Buffer.from('PGE1');
const HEADER = 8; // magic + uint32 dim
const TRAILER = 32; // sha256 of header + data

export type CacheLookup = { status: 'hit'; vector: Float32Array } | { status: 'miss' } | { status: 'corrupt' };

/**
 * Content-addressed embedding cache on disk: one file per (model, preprocessing, sample bytes).
 * Files carry their own sha256, so a truncated or altered entry is detected and recomputed; writes
 * go to a temporary file renamed into place, so a reader never sees half an entry.
 */
export class EmbeddingCache {
  constructor(readonly dir: string) {}

  /** Key of one sample's vector: any change of model, preprocessing (JSON) or content gives another key. */
  static key(modelId: string, pre: unknown, sampleSha256: string): string {
    return createHash('sha256').update(`poisongate-embedding-v1\0${modelId}\0${JSON.stringify(pre)}\0${sampleSha256}`).digest('hex');
  }

  private file(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.emb`);
  }

  async get(key: string): Promise<CacheLookup> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(this.file(key));
    } catch {
      return { status: 'miss' };
    }
    if (bytes.length < HEADER + TRAILER || !bytes.subarray(0, 4).equals(MAGIC)) return { status: 'corrupt' };
    const dim = bytes.readUInt32LE(4);
    if (bytes.length !== HEADER + dim * 4 + TRAILER) return { status: 'corrupt' };
    const body = bytes.subarray(0, HEADER + dim * 4);
    const sum = createHash('sha256').update(body).digest();
    if (!sum.equals(bytes.subarray(HEADER + dim * 4))) return { status: 'corrupt' };
    const vector = new Float32Array(dim);
    Buffer.from(vector.buffer).set(bytes.subarray(HEADER, HEADER + dim * 4));
    return { status: 'hit', vector };
  }

  async put(key: string, vector: Float32Array): Promise<void> {
    const body = Buffer.alloc(HEADER + vector.length * 4);
    MAGIC.copy(body, 0);
    body.writeUInt32LE(vector.length, 4);
    Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).copy(body, HEADER);
    const sum = createHash('sha256').update(body).digest();
    const file = this.file(key);
    await fs.mkdir(join(this.dir, key.slice(0, 2)), { recursive: true });
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    await fs.writeFile(tmp, Buffer.concat([body, sum]));
    await fs.rename(tmp, file);
  }
}
