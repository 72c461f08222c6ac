/** Plans the one-time SDK initialisation for a project: the platform's planner, chosen by the project's marker files. */
import { locateProject } from './project-locator';
import { planAndroid } from './platforms/android';
import { planFlutter } from './platforms/flutter';
import { planIos } from './platforms/ios';
import { planMaui } from './platforms/maui';
import { planReactNative } from './platforms/react-native';
import type { SdkInitOptions } from './options';
import type { ProjectFiles, SdkInitPlan, SdkPlatform, SdkProject } from './types';

const PLANNERS: Record<SdkPlatform, (files: ProjectFiles, project: SdkProject, options: SdkInitOptions) => SdkInitPlan> = {
  android: planAndroid,
  ios: planIos,
  flutter: planFlutter,
  'react-native': planReactNative,
  maui: planMaui,
};

export const PLATFORM_NAMES: Record<SdkPlatform, string> = {
  android: 'Android',
  ios: 'iOS',
  flutter: 'Flutter',
  'react-native': 'React Native',
  maui: '.NET MAUI',
};

export function planSdkInit(files: ProjectFiles, project: SdkProject, options: SdkInitOptions): SdkInitPlan {
  return PLANNERS[project.platform](files, project, options);
}

/** The plan for the project that the file at `path` belongs to, or undefined when it belongs to none. */
export function planSdkInitFor(files: ProjectFiles, path: string, options: SdkInitOptions): SdkInitPlan | undefined {
  const project = locateProject(files, path);
  return project ? planSdkInit(files, project, options) : undefined;
}
