/**
 * Folders named after the process that uses them (`<parent>/<pid>`), so that builds sharing
 * `node_modules` keep out of each other's way; and finding those a process left behind when it
 * was killed.
 */
import { readdirSync } from 'node:fs';

/** Whether a process with this id is running (one we may not signal counts as running). */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The names of the folders in `parent` named after a process, other than this one, that is no
 * longer running (none when `parent` does not exist).
 */
export function staleProcessFolders(parent: string, running: (pid: number) => boolean = isProcessRunning): string[] {
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return [];
  }
  return names.filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid && !running(Number(name)));
}
