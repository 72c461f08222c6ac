/**
 * `node out/scripts/bench-sdk-init.js`: how long planning the SDK initialisation takes on generated
 * projects (Android with 3,000 Kotlin files and no Application class, the worst case for the source
 * search; iOS with 3,000 Swift files and the app entry last; React Native), cold (first read of the
 * files) and warm. Prints figures only.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { diskProjectFiles, findProjects, planSdkInit } from '../server/src/engine/migration/sdk-init';

const FILES = 3000;

function write(root: string, relative: string, text: string): void {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function generate(root: string): void {
  write(root, 'android/settings.gradle', "include ':app'\n");
  write(root, 'android/app/build.gradle', "plugins { id 'com.android.application' }\nandroid { namespace 'com.example.big' }\ndependencies {\n    implementation 'com.squareup.okhttp3:okhttp:4.12.0'\n}\n");
  write(root, 'android/app/src/main/AndroidManifest.xml', '<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n    <application android:label="Big" />\n</manifest>\n');
  for (let i = 0; i < FILES; i++) {
    write(root, `android/app/src/main/java/com/example/big/feature${i % 30}/Screen${i}.kt`, `package com.example.big.feature${i % 30}\n\nclass Screen${i} {\n    fun render() = "${'x'.repeat(2000)}"\n}\n`);
  }
  write(root, 'ios/Podfile', "target 'Big' do\n  pod 'Alamofire'\nend\n");
  for (let i = 0; i < FILES; i++) write(root, `ios/Big/Views/View${i}.swift`, `import SwiftUI\n\nstruct View${i}: View {\n    var body: some View { Text("${'y'.repeat(2000)}") }\n}\n`);
  write(root, 'ios/Big/Zzz/Launch.swift', 'import SwiftUI\n\n@main\nstruct Launch: App {\n    var body: some Scene { WindowGroup { View0() } }\n}\n');
  write(root, 'rn/package.json', '{\n  "dependencies": {\n    "react-native": "0.74.2"\n  }\n}\n');
  write(root, 'rn/index.js', "import {AppRegistry} from 'react-native';\nimport App from './App';\n\nAppRegistry.registerComponent('big', () => App);\n");
  write(root, 'rn/App.tsx', `export default function App() {\n  return (\n    <Root>\n${'      <Row />\n'.repeat(5000)}    </Root>\n  );\n}\n`);
}

function main(): void {
  const root = mkdtempSync(path.join(tmpdir(), 'ph-bench-sdk-init-'));
  try {
    generate(root);
    const options = { configString: '', versions: {} };
    for (const dir of ['android', 'ios', 'rn']) {
      const timings: number[] = [];
      let status = '';
      for (let run = 0; run < 3; run++) {
        const files = diskProjectFiles(path.join(root, dir));
        const start = performance.now();
        const [project] = findProjects(files);
        const plan = planSdkInit(files, project, options);
        timings.push(performance.now() - start);
        status = `${plan.project.platform} ${plan.status}, ${plan.changes.length} files changed`;
      }
      console.log(`${dir.padEnd(8)} ${status.padEnd(40)} first ${timings[0].toFixed(1)} ms, then ${timings.slice(1).map((t) => t.toFixed(1)).join(' / ')} ms`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main();
