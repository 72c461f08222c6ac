import { strict as assert } from 'node:assert';
import { applyEdits } from '../../../server/src/engine/fixes/apply-edits';
import { applicationInitEdits } from '../../../server/src/engine/migration/sdk-init/entry/android-application';
import { dartInitEdits } from '../../../server/src/engine/migration/sdk-init/entry/dart-main';
import { mauiInitEdits } from '../../../server/src/engine/migration/sdk-init/entry/maui-program';
import { wrapComponentEdits } from '../../../server/src/engine/migration/sdk-init/entry/react-native-root';
import { swiftInitEdits } from '../../../server/src/engine/migration/sdk-init/entry/swift-app-entry';
import type { EditsOrReason } from '../../../server/src/engine/migration/sdk-init/entry/android-application';

const OKHTTP = 'io.approov.service.okhttp.ApproovService';
const CONFIG = '"<enter-your-config-string-here>"';

function applied(text: string, result: EditsOrReason): string {
  assert.ok('edits' in result, 'reason' in result ? result.reason : '');
  const out = applyEdits(text, result.edits);
  assert.ok(out.ok);
  return out.text;
}

describe('sdk-init entry points', () => {
  describe('Android Application', () => {
    it('gives a Kotlin class without a body an onCreate', () => {
      const text = 'package a\n\nimport android.app.Application\n\nclass App : Application()\n';
      assert.equal(
        applied(text, applicationInitEdits(text, 'kotlin', undefined, OKHTTP, CONFIG)),
        `package a\n\nimport android.app.Application\nimport ${OKHTTP}\n\nclass App : Application() {\n    override fun onCreate() {\n        super.onCreate()\n        ApproovService.initialize(applicationContext, ${CONFIG})\n    }\n}\n`,
      );
    });

    it('puts the call first in an onCreate that does not call super, and picks the class the manifest names', () => {
      const text = 'package a;\n\nclass Helper extends Application {}\n\npublic class Main extends Application {\n  @Override public void onCreate() {\n    setUp();\n  }\n}\n';
      const result = applied(text, applicationInitEdits(text, 'java', 'Main', OKHTTP, CONFIG));
      assert.match(result, /public void onCreate\(\) \{\n {4}ApproovService\.initialize\(getApplicationContext\(\), "<enter-your-config-string-here>"\);\n {4}setUp\(\);/);
      assert.match(result, /class Helper extends Application \{\}/);
    });

    it('ignores an onCreate of a nested class, and refuses an expression-bodied onCreate', () => {
      const nested = 'class App : Application() {\n    inner class Screen {\n        fun onCreate() {}\n    }\n}\n';
      assert.match(applied(nested, applicationInitEdits(nested, 'kotlin', undefined, OKHTTP, CONFIG)), /fun onCreate\(\) \{\}\n {4}\}\n\n {4}override fun onCreate\(\) \{/);
      const expression = 'class App : Application() {\n    override fun onCreate() = super.onCreate()\n}\n';
      assert.ok('reason' in applicationInitEdits(expression, 'kotlin', undefined, OKHTTP, CONFIG));
    });

    it('keeps CRLF line ends and tab indentation', () => {
      const text = 'class App : Application() {\r\n\toverride fun onCreate() {\r\n\t\tsuper.onCreate()\r\n\t}\r\n}\r\n';
      assert.equal(
        applied(text, applicationInitEdits(text, 'kotlin', undefined, OKHTTP, CONFIG)),
        `import ${OKHTTP}\r\n\r\nclass App : Application() {\r\n\toverride fun onCreate() {\r\n\t\tsuper.onCreate()\r\n\t\tApproovService.initialize(applicationContext, ${CONFIG})\r\n\t}\r\n}\r\n`,
      );
    });
  });

  describe('Swift entry', () => {
    it('adds didFinishLaunching to an app delegate that has none, before its first method', () => {
      const text = 'import UIKit\n\n@UIApplicationMain\nclass AppDelegate: UIResponder, UIApplicationDelegate {\n    var window: UIWindow?\n\n    func applicationWillTerminate(_ application: UIApplication) {}\n}\n';
      const result = applied(text, swiftInitEdits(text, 'ApproovURLSession', CONFIG));
      assert.match(result, /import UIKit\nimport ApproovURLSession\n/);
      assert.match(result, /var window: UIWindow\?\n\n {4}func application\(_ application: UIApplication, didFinishLaunchingWithOptions launchOptions: \[UIApplication\.LaunchOptionsKey: Any\]\?\) -> Bool \{\n {8}do \{\n {12}try ApproovService\.initialize\(config: "<enter-your-config-string-here>"\)\n {8}\} catch \{\n[^]*\n {8}return true\n {4}\}\n\n {4}func applicationWillTerminate/);
    });

    it('finds a UIApplicationDelegate that is not @main, and says when there is no entry', () => {
      const text = 'class Delegate: NSObject, UIApplicationDelegate {\n}\n';
      assert.match(applied(text, swiftInitEdits(text, 'ApproovURLSession', CONFIG)), /class Delegate: NSObject, UIApplicationDelegate \{\n {4}func application\(/);
      assert.ok('reason' in swiftInitEdits('struct ContentView: View {}\n', 'ApproovURLSession', CONFIG));
    });
  });

  describe('Dart main', () => {
    it('makes the closure of runZonedGuarded async when ensureInitialized is inside it', () => {
      const text = "import 'package:flutter/material.dart';\n\nvoid main() {\n  runZonedGuarded(() {\n    WidgetsFlutterBinding.ensureInitialized();\n    runApp(const App());\n  }, (e, s) {});\n}\n";
      const result = applied(text, dartInitEdits(text, "'<c>'"));
      assert.match(result, /Future<void> main\(\) async \{\n {2}runZonedGuarded\(\(\) async \{\n {4}WidgetsFlutterBinding\.ensureInitialized\(\);\n {4}await ApproovService\.initialize\('<c>'\);\n/);
    });

    it('initialises at the top of main when ensureInitialized only runs in an if block', () => {
      const text = "import 'package:flutter/material.dart';\n\nvoid main() {\n  if (kReleaseMode) {\n    WidgetsFlutterBinding.ensureInitialized();\n  }\n  runApp(const App());\n}\n";
      const result = applied(text, dartInitEdits(text, "'<c>'"));
      assert.match(result, /Future<void> main\(\) async \{\n {2}WidgetsFlutterBinding\.ensureInitialized\(\);\n {2}await ApproovService\.initialize\('<c>'\);\n {2}if \(kReleaseMode\) \{\n {4}WidgetsFlutterBinding\.ensureInitialized\(\);\n {2}\}/);
    });

    it('keeps an async main written `void`, and an untyped main untyped', () => {
      const typed = "void main() async {\n  runApp(App());\n}\n";
      assert.match(applied(typed, dartInitEdits(typed, "'<c>'")), /\nvoid main\(\) async \{\n {2}WidgetsFlutterBinding\.ensureInitialized\(\);\n {2}await ApproovService/);
      const untyped = 'main() {\n  runApp(App());\n}\n';
      assert.match(applied(untyped, dartInitEdits(untyped, "'<c>'")), /\nmain\(\) async \{/);
      assert.match(applied(untyped, dartInitEdits(untyped, "'<c>'")), /^import 'package:approov_service_flutter_httpclient\/approov_service_flutter_httpclient\.dart';\nimport 'package:flutter\/widgets\.dart';\n/);
    });
  });

  describe('React Native root', () => {
    it('counts returns of nested callbacks out, returns inside if blocks in', () => {
      const effect = "export default function App() {\n  useEffect(() => {\n    return () => unsubscribe();\n  }, []);\n  return <Home />;\n}\n";
      assert.match(applied(effect, wrapComponentEdits(effect, 'javascript', 'App', CONFIG)), /return \(\n {4}<ApproovProvider config="<enter-your-config-string-here>" onInit=\{approovSetup\}>\n {6}<Home \/>\n {4}<\/ApproovProvider>\n {2}\);\n/);
      const early = 'function App() {\n  if (!ready) {\n    return null;\n  }\n  return <Home />;\n}\n';
      assert.deepEqual(wrapComponentEdits(early, 'javascript', 'App', CONFIG), { reason: 'the root component has more than one return' });
    });

    it('wraps a class component in render(), and leaves template literal lines alone when re-indenting', () => {
      const text = 'class App extends React.Component {\n  render() {\n    return (\n      <Text>{`a\nb`}</Text>\n    );\n  }\n}\n';
      const result = applied(text, wrapComponentEdits(text, 'javascript', 'App', CONFIG));
      assert.match(result, /return \(\n {6}<ApproovProvider[^\n]*>\n {8}<Text>\{`a\nb`\}<\/Text>\n {6}<\/ApproovProvider>\n {4}\);/);
    });

    it('does not declare approovSetup twice', () => {
      const text = 'const approovSetup = () => {};\nconst App = () => <Home />;\n';
      const result = applied(text, wrapComponentEdits(text, 'javascript', 'App', CONFIG));
      assert.equal(result.match(/const approovSetup/g)?.length, 1);
    });
  });

  describe('MAUI', () => {
    it('refuses an expression-bodied CreateMauiApp', () => {
      assert.ok('reason' in mauiInitEdits('public static MauiApp CreateMauiApp() => MauiApp.CreateBuilder().Build();\n', CONFIG));
    });
  });

  it('stays linear on unclosed and unbalanced input', () => {
    const big = 'x'.repeat(200_000);
    for (const text of [`@main struct A: ${big}`, `class A : Application(${big}`, `import {${big}`, `void main(${big}`, `function App() { return (${big}`]) {
      swiftInitEdits(text, 'ApproovURLSession', CONFIG);
      applicationInitEdits(text, 'kotlin', undefined, OKHTTP, CONFIG);
      wrapComponentEdits(text, 'typescript', 'App', CONFIG);
      dartInitEdits(text, CONFIG);
    }
  });
});
