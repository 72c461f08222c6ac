/**
 * The custom request behind "Pin Hygiene: Add SDK Initialisation": the server plans the one-time
 * SDK initialisation and answers with a workspace edit the client applies (after confirmation).
 * Plain types and names only, so the client can import them.
 */
import type { WorkspaceEdit } from 'vscode-languageserver/node';

export const SDK_INIT_PLAN = 'pinHygiene/sdkInitPlan';

export interface SdkInitPlanParams {
  /** A file of the project to initialise (the active editor); absent: every project of the workspace folders. */
  uri?: string;
}

export interface SdkInitPlanSummary {
  /** `android`, `ios`, `flutter`, `react-native`, `maui`. */
  platform: string;
  /** The platform's display name. */
  platformName: string;
  /** The project folder (the Android app module, the folder of the Podfile / pubspec.yaml / package.json / .csproj). */
  projectUri: string;
  /** `ready` (the edit is there), `already-initialised` or `no-entry-point`. */
  status: string;
  /** The file that gets (or has) the initialisation. */
  entryUri?: string;
  /** One line per file the edit changes or creates. */
  files: { uri: string; description: string; create?: boolean }[];
  /** Placeholders to replace and steps left to the user. */
  notes: string[];
  /** For `ready` plans: the changes, annotated with `SDK_INIT_ANNOTATION` (needs confirmation). */
  edit?: WorkspaceEdit;
}

export interface SdkInitPlanResult {
  plans: SdkInitPlanSummary[];
}

/** The change annotation of every SDK-initialisation edit: clients that honour it show a preview first. */
export const SDK_INIT_ANNOTATION = 'pinHygiene.sdkInitialisation';

/** Kind of the code action offered on the entry file itself (Source Action menu). */
export const SDK_INIT_KIND = 'source.addSdkInitialisation.pinHygiene';

export const SDK_INIT_TITLE = 'Add Approov SDK initialisation (one time)';
