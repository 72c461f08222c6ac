/** The one-time "add SDK initialisation" migration (entry-point call + dependency line per platform). */
export * from './types';
export * from './options';
export { planSdkInit, planSdkInitFor, PLATFORM_NAMES } from './plan';
export { locateProject, findProjects } from './project-locator';
export { applyFileChange } from './apply';
export { diskProjectFiles, type DiskProjectFilesOptions } from './disk-project-files';
