/** The one-time "add SDK initialisation" migration: what it reads, what it decides, what it changes. */
import type { TextEdit } from '../../findings';

export type SdkPlatform = 'android' | 'ios' | 'flutter' | 'react-native' | 'maui';

/**
 * A read-only view of a workspace folder. Paths are relative to it, with `/` separators ('' is the
 * folder itself). Implementations bound what they read (file size) and never throw.
 */
export interface ProjectFiles {
  /** The text of a file, or undefined when it does not exist, is too large or is not text. */
  read(path: string): string | undefined;
  /** The entries of a folder (names only), [] when it does not exist. */
  list(dir: string): { name: string; isDirectory: boolean }[];
}

/** A project of one platform: the folder holding its marker file (build.gradle of the app module, Podfile, pubspec.yaml, …). */
export interface SdkProject {
  platform: SdkPlatform;
  dir: string;
}

/** Edits of one file, in offsets of its current text (of '' when the file is created). */
export interface FileChange {
  path: string;
  edits: TextEdit[];
  /** The file does not exist yet. */
  create?: boolean;
  /** What the change does, for the confirmation dialog and the preview. */
  description: string;
}

export type SdkInitStatus =
  /** Changes to apply. */
  | 'ready'
  /** The entry point already initialises the SDK and the dependency is declared: nothing to do. */
  | 'already-initialised'
  /** No place for the initialisation was found (see the notes). */
  | 'no-entry-point';

export interface SdkInitPlan {
  project: SdkProject;
  status: SdkInitStatus;
  /** The file that gets (or already has) the initialisation. */
  entryFile?: string;
  changes: FileChange[];
  /** What the user must still do or know: placeholders to replace, steps the tool cannot take. */
  notes: string[];
}
