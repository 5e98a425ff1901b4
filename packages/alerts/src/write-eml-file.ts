import { randomUUID } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { join } from "node:path";

/**
 * Writes `content` to `dir/fileName` atomically: a temporary file in the same directory, flushed,
 * then renamed over the target. A reader never sees half a message, and writing the same name
 * twice replaces the file instead of adding a second one. Returns the path.
 */
export async function writeEmlFile(dir: string, fileName: string, content: Buffer): Promise<string> {
  await mkdir(dir, { recursive: true });
  const target = join(dir, fileName);
  const temp = join(dir, `.${fileName}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return target;
}
