import { strict as assert } from 'node:assert';
import { applyEdits } from '../../../server/src/engine/fixes/apply-edits';
import type { TextEdit } from '../../../server/src/engine';
import { gradleDependencyEdit } from '../../../server/src/engine/migration/sdk-init/dependencies/gradle';
import { packageJsonEdit } from '../../../server/src/engine/migration/sdk-init/dependencies/package-json';
import { pubspecEdit } from '../../../server/src/engine/migration/sdk-init/dependencies/pubspec';
import { podfileEdit } from '../../../server/src/engine/migration/sdk-init/dependencies/podfile';
import { csprojEdit } from '../../../server/src/engine/migration/sdk-init/dependencies/csproj';
import { permissionEdits, readManifest, registerApplicationEdit } from '../../../server/src/engine/migration/sdk-init/dependencies/android-manifest';

function apply(text: string, edit: TextEdit | undefined): string {
  if (!edit) return text;
  const result = applyEdits(text, [edit]);
  assert.ok(result.ok);
  return result.text;
}

const OKHTTP = 'io.approov:service.okhttp:3.5.5';
const RN = '@approov/approov-service-react-native';

describe('sdk-init dependency lines', () => {
  describe('Gradle', () => {
    it('adds a dependencies block when there is none, and ignores buildscript dependencies', () => {
      const text = "buildscript {\n    dependencies {\n        classpath 'com.android.tools.build:gradle:8.5.0'\n    }\n}\napply plugin: 'com.android.application'\n";
      assert.equal(
        apply(text, gradleDependencyEdit(text, 'groovy', OKHTTP)),
        `${text}\ndependencies {\n    implementation '${OKHTTP}'\n}\n`,
      );
    });

    it('fills an empty block, a one-line block, and keeps Groovy quoting and parentheses', () => {
      assert.equal(apply('dependencies {\n}\n', gradleDependencyEdit('dependencies {\n}\n', 'kotlin', OKHTTP)), `dependencies {\n    implementation("${OKHTTP}")\n}\n`);
      assert.equal(apply('dependencies {}\n', gradleDependencyEdit('dependencies {}\n', 'kotlin', OKHTTP)), `dependencies {\n    implementation("${OKHTTP}")\n}\n`);
      const quoted = 'dependencies {\n  implementation("androidx.core:core:1.13.1")\n}\n';
      assert.equal(apply(quoted, gradleDependencyEdit(quoted, 'groovy', OKHTTP)), `dependencies {\n  implementation("androidx.core:core:1.13.1")\n  implementation("${OKHTTP}")\n}\n`);
    });

    it('adds nothing when an Approov artifact is declared, as a coordinate or a catalog alias', () => {
      assert.equal(gradleDependencyEdit('dependencies {\n    implementation(libs.approov.service.okhttp)\n}\n', 'kotlin', OKHTTP), undefined);
      assert.equal(gradleDependencyEdit("dependencies {\n    implementation 'io.approov:service.retrofit:3.5.4'\n}\n", 'groovy', OKHTTP), undefined);
    });

    it('does not count a commented-out Approov line as declared', () => {
      const text = "dependencies {\n    // implementation 'io.approov:service.okhttp:1.0'\n    implementation 'a:b:1'\n}\n";
      assert.ok(gradleDependencyEdit(text, 'groovy', OKHTTP));
    });
  });

  describe('package.json', () => {
    it('inserts in sorted position, or appends when the entries are not sorted', () => {
      const sorted = '{\n  "dependencies": {\n    "axios": "^1.7.2",\n    "react": "18.2.0"\n  }\n}\n';
      const edit = packageJsonEdit(sorted, RN, '^3.2.7');
      assert.ok('edit' in edit);
      assert.equal(apply(sorted, edit.edit), `{\n  "dependencies": {\n    "${RN}": "^3.2.7",\n    "axios": "^1.7.2",\n    "react": "18.2.0"\n  }\n}\n`);
      const unsorted = '{\n    "dependencies": {\n        "react": "18.2.0",\n        "axios": "^1.7.2"\n    }\n}';
      const appended = packageJsonEdit(unsorted, RN, '^3.2.7');
      assert.ok('edit' in appended);
      const result = apply(unsorted, appended.edit);
      assert.equal(result, `{\n    "dependencies": {\n        "react": "18.2.0",\n        "axios": "^1.7.2",\n        "${RN}": "^3.2.7"\n    }\n}`);
      assert.ok(JSON.parse(result).dependencies[RN]);
    });

    it('fills an empty object, adds the key when missing, keeps CRLF', () => {
      const empty = '{\r\n  "name": "a",\r\n  "dependencies": {}\r\n}\r\n';
      const filled = apply(empty, (packageJsonEdit(empty, RN, '^1') as { edit: TextEdit }).edit);
      assert.equal(filled, `{\r\n  "name": "a",\r\n  "dependencies": {\r\n    "${RN}": "^1"\r\n  }\r\n}\r\n`);
      const none = '{\n  "name": "a",\n  "scripts": { "start": "expo start" }\n}\n';
      const added = apply(none, (packageJsonEdit(none, RN, '^1') as { edit: TextEdit }).edit);
      assert.deepEqual(JSON.parse(added).dependencies, { [RN]: '^1' });
      assert.equal(JSON.parse(apply('{}', (packageJsonEdit('{}', RN, '^1') as { edit: TextEdit }).edit)).dependencies[RN], '^1');
    });

    it('adds nothing when already a dependency or devDependency, and refuses invalid JSON', () => {
      assert.deepEqual(packageJsonEdit(`{"devDependencies": {"${RN}": "^3"}}`, RN, '^1'), {});
      assert.ok('reason' in packageJsonEdit('{ "dependencies": { "a": "1", } }', RN, '^1'));
    });

    it('keeps escaped keys and nested values intact', () => {
      const text = '{\n  "dependencies": {\n    "a\\"b": "1",\n    "c": "git+https://x/{y}.git"\n  }\n}\n';
      const result = apply(text, (packageJsonEdit(text, RN, '^1') as { edit: TextEdit }).edit);
      assert.deepEqual(Object.keys(JSON.parse(result).dependencies), [RN, 'a"b', 'c']);
    });
  });

  describe('pubspec.yaml', () => {
    it('adds a dependencies mapping when there is none, and refuses flow style', () => {
      assert.equal(apply('name: a\n', (pubspecEdit('name: a\n', '3.5.6') as { edit?: TextEdit }).edit), 'name: a\n\ndependencies:\n  approov_service_flutter_httpclient: ^3.5.6\n');
      assert.ok('reason' in pubspecEdit('name: a\ndependencies: {flutter: {sdk: flutter}}\n', '1'));
    });

    it('uses the indentation of the other entries and adds nothing when declared', () => {
      const text = 'dependencies:\n    http: ^1.2.0\n\ndev_dependencies:\n    test: any\n';
      assert.equal(apply(text, (pubspecEdit(text, '1.0.0') as { edit?: TextEdit }).edit), 'dependencies:\n    http: ^1.2.0\n    approov_service_flutter_httpclient: ^1.0.0\n\ndev_dependencies:\n    test: any\n');
      assert.deepEqual(pubspecEdit('dependencies:\n  approov_service_flutter_httpclient: ^3.5.6\n', '1'), {});
    });
  });

  describe('Podfile', () => {
    const spec = { name: 'ApproovURLSession', git: 'https://github.com/approov/approov-service-urlsession.git', tag: '3.5.5' };
    it('goes into the first non-test target, after use_frameworks! when it has no pod yet', () => {
      const text = "target 'AppTests' do\nend\n\ntarget 'App' do\n  use_frameworks!\nend\n";
      assert.equal(apply(text, podfileEdit(text, spec)), `target 'AppTests' do\nend\n\ntarget 'App' do\n  use_frameworks!\n  pod 'ApproovURLSession', :git => '${spec.git}', :tag => '3.5.5'\nend\n`);
    });
    it('is appended to a Podfile without targets, and not added twice', () => {
      assert.equal(apply("pod 'A'", podfileEdit("pod 'A'", spec)), `pod 'A'\npod 'ApproovURLSession', :git => '${spec.git}', :tag => '3.5.5'\n`);
      assert.equal(podfileEdit("target 'App' do\n  pod 'ApproovURLSession', :git => 'x'\nend\n", spec), undefined);
    });
  });

  describe('.csproj', () => {
    it('adds an ItemGroup when there are no package references, with the placeholder escaped', () => {
      const text = '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <UseMaui>true</UseMaui>\n  </PropertyGroup>\n</Project>\n';
      const result = apply(text, (csprojEdit(text, '<set pinHygiene.sdk.versions.maui>') as { edit?: TextEdit }).edit);
      assert.equal(
        result,
        '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <UseMaui>true</UseMaui>\n  </PropertyGroup>\n\n  <ItemGroup>\n    <PackageReference Include="ApproovService" Version="&lt;set pinHygiene.sdk.versions.maui&gt;" />\n  </ItemGroup>\n</Project>\n',
      );
    });
  });

  describe('AndroidManifest.xml', () => {
    it('registers the Application class inline and adds both permissions before <application>', () => {
      const text = '<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <application android:label="A" />\n</manifest>\n';
      const info = readManifest(text)!;
      const edits = [registerApplicationEdit(text, info, '.MainApplication')!, permissionEdits(text, info).edit!];
      const result = applyEdits(text, edits);
      assert.ok(result.ok);
      assert.equal(
        result.text,
        '<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <uses-permission android:name="android.permission.INTERNET" />\n  <uses-permission android:name="android.permission.ACCESS_NETWORK_STATE" />\n\n  <application android:name=".MainApplication" android:label="A" />\n</manifest>\n',
      );
    });
  });
});
