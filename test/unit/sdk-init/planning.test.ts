import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { repoPath } from '../../helpers/paths';
import {
  SDK_ARTIFACTS,
  CONFIG_PLACEHOLDER,
  diskProjectFiles,
  findProjects,
  locateProject,
  planSdkInitFor,
  resolveConfigString,
  resolveVersion,
  sanitizeSdkInitOptions,
  versionPlaceholder,
} from '../../../server/src/engine/migration/sdk-init';
import { memoryFiles } from './memory-files';

const APP_GRADLE = "plugins { id 'com.android.application' }\nandroid { namespace 'com.example.a' }\ndependencies {\n}\n";

describe('sdk-init planning', () => {
  it('has a version setting for every service layer, and the command, in the extension manifest', () => {
    const manifest = JSON.parse(readFileSync(repoPath('package.json'), 'utf8'));
    const settings = manifest.contributes.configuration.properties;
    assert.deepEqual(Object.keys(settings['pinHygiene.sdk.versions'].properties), [...SDK_ARTIFACTS]);
    assert.equal(settings['pinHygiene.sdk.configString'].default, '');
    assert.ok(manifest.contributes.commands.some((c: { command: string }) => c.command === 'pinHygiene.addSdkInitialisation'));
  });

  it('resolves versions and the config string from settings, with placeholders for empty or unsafe values', () => {
    assert.deepEqual(resolveVersion({ configString: '', versions: { okhttp: '3.5.5' } }, 'okhttp'), { value: '3.5.5', placeholder: false });
    assert.deepEqual(resolveVersion({ configString: '', versions: { okhttp: '3.5.5"; evil' } }, 'okhttp'), { value: versionPlaceholder('okhttp'), placeholder: true });
    assert.deepEqual(resolveVersion({ configString: '', versions: {} }, 'maui'), { value: '<set pinHygiene.sdk.versions.maui>', placeholder: true });
    assert.equal(resolveConfigString({ configString: '#abc#K/XPl=', versions: {} }).value, '#abc#K/XPl=');
    for (const unsafe of ['a"b', "a'b", 'a\\b', 'a$b', 'a b', '']) assert.equal(resolveConfigString({ configString: unsafe, versions: {} }).value, CONFIG_PLACEHOLDER, unsafe);
    assert.deepEqual(sanitizeSdkInitOptions({ configString: 7, versions: { okhttp: ' 1.0 ', nope: '2', flutter: 3 } }), { configString: '', versions: { okhttp: '1.0' } });
  });

  it('finds the app module from a library module through settings.gradle', () => {
    const files = memoryFiles({
      'settings.gradle': "include ':app', ':core:network'\n",
      'build.gradle': "plugins {\n    id 'com.android.application' version '8.5.0' apply false\n}\n",
      'core/network/build.gradle': "plugins { id 'com.android.library' }\n",
      'core/network/src/main/java/a/Api.kt': 'class Api',
      'app/build.gradle': APP_GRADLE,
    });
    assert.deepEqual(locateProject(files, 'core/network/src/main/java/a/Api.kt'), { platform: 'android', dir: 'app' });
    assert.deepEqual(findProjects(files), [{ platform: 'android', dir: 'app' }], 'a root build declaring the plugin `apply false` is not the app');
  });

  it('tells platforms apart by their nearest marker', () => {
    const files = memoryFiles({
      'pubspec.yaml': 'name: a\ndependencies:\n  flutter:\n    sdk: flutter\n',
      'lib/main.dart': 'void main() {}\n',
      'android/app/build.gradle': APP_GRADLE,
      'android/app/src/main/kotlin/a/MainActivity.kt': 'class MainActivity',
      'rn/package.json': '{ "dependencies": { "react-native": "0.74.0" } }',
      'rn/App.tsx': 'export default function App() { return null; }',
      'ios/Podfile': "target 'Runner' do\nend\n",
      'maui/Shop.csproj': '<Project><PropertyGroup><UseMaui>true</UseMaui></PropertyGroup></Project>',
    });
    assert.equal(locateProject(files, 'lib/main.dart')?.platform, 'flutter');
    assert.deepEqual(locateProject(files, 'android/app/src/main/kotlin/a/MainActivity.kt'), { platform: 'android', dir: 'android/app' });
    assert.equal(locateProject(files, 'rn/App.tsx')?.platform, 'react-native');
    assert.equal(locateProject(files, 'ios/Runner/AppDelegate.swift')?.platform, 'ios');
    assert.equal(locateProject(files, 'maui/MauiProgram.cs')?.platform, 'maui');
    assert.deepEqual(findProjects(files).map((p) => p.platform), ['flutter']);
    assert.equal(locateProject(memoryFiles({ 'README.md': '' }), 'src/a.kt'), undefined);
  });

  it('says why when the manifest names an Application class whose source is elsewhere', () => {
    const files = memoryFiles({
      'app/build.gradle': APP_GRADLE,
      'app/src/main/AndroidManifest.xml': '<manifest xmlns:android="http://schemas.android.com/apk/res/android"><application android:name="androidx.multidex.MultiDexApplication"/></manifest>',
    });
    const plan = planSdkInitFor(files, 'app/build.gradle', { configString: '', versions: {} });
    assert.equal(plan?.status, 'no-entry-point');
    assert.match(plan!.notes[0], /androidx\.multidex\.MultiDexApplication/);
    assert.deepEqual(plan!.changes, []);
  });

  it('uses the service layer a file already imports', () => {
    const files = memoryFiles({
      'app/build.gradle': APP_GRADLE,
      'app/src/main/AndroidManifest.xml': '<manifest xmlns:android="http://schemas.android.com/apk/res/android"><uses-permission android:name="android.permission.INTERNET"/><uses-permission android:name="android.permission.ACCESS_NETWORK_STATE"/><application android:name=".App"/></manifest>',
      'app/src/main/java/com/example/a/App.kt': 'package com.example.a\n\nimport io.approov.service.httpsurlconn.ApproovService\n\nclass App : Application()\n',
    });
    const plan = planSdkInitFor(files, 'app/build.gradle', { configString: '', versions: {} })!;
    assert.equal(plan.status, 'ready');
    assert.deepEqual(plan.changes.map((c) => c.path), ['app/src/main/java/com/example/a/App.kt', 'app/build.gradle']);
    assert.match(plan.changes[1].edits[0].newText, /io\.approov:service\.httpsurlconn:<set pinHygiene\.sdk\.versions\.httpsurlconn>/);
  });

  it('reads files on disk, preferring the editor text, and never outside its folder', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'ph-sdkinit-'));
    try {
      mkdirSync(path.join(root, 'lib'));
      writeFileSync(path.join(root, 'lib', 'main.dart'), 'void main() {}\n');
      writeFileSync(path.join(root, '..', `${path.basename(root)}-outside.txt`), 'secret');
      const files = diskProjectFiles(root, { overlay: (file) => (file === path.join(root, 'lib', 'main.dart') ? 'edited' : undefined) });
      assert.equal(files.read('lib/main.dart'), 'edited');
      assert.equal(files.read(`../${path.basename(root)}-outside.txt`), undefined);
      assert.deepEqual(files.list('..'), []);
      assert.deepEqual(files.list(''), [{ name: 'lib', isDirectory: true }]);
    } finally {
      rmSync(root, { recursive: true, force: true });
      rmSync(path.join(root, '..', `${path.basename(root)}-outside.txt`), { force: true });
    }
  });
});
