/** An in-memory `ProjectFiles` for unit tests: a map of relative path → text. */
import type { ProjectFiles } from '../../../server/src/engine/migration/sdk-init';

export function memoryFiles(files: Record<string, string>): ProjectFiles {
  return {
    read: (path) => files[path],
    list: (dir) => {
      const prefix = dir ? `${dir}/` : '';
      const entries = new Map<string, boolean>();
      for (const path of Object.keys(files)) {
        if (!path.startsWith(prefix)) continue;
        const rest = path.slice(prefix.length);
        const slash = rest.indexOf('/');
        entries.set(slash < 0 ? rest : rest.slice(0, slash), slash >= 0);
      }
      return [...entries].map(([name, isDirectory]) => ({ name, isDirectory }));
    },
  };
}
