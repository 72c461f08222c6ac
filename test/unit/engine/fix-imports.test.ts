import { strict as assert } from 'node:assert';
import { applyEdits } from '../../../server/src/engine/fixes/apply-edits';
import { importEdit, type ImportSpec } from '../../../server/src/engine/fixes/imports';
import { buildCodeView } from '../../../server/src/engine/lexer/code-view';
import type { CodeLanguage } from '../../../server/src/engine/languages';

function withImport(language: CodeLanguage, text: string, spec: ImportSpec): string {
  const edit = importEdit(text, buildCodeView(text, language).masked, language, spec);
  if (!edit) return text;
  const result = applyEdits(text, [edit]);
  assert.ok(result.ok);
  return result.text;
}

const APPROOV_JAVA: ImportSpec = { from: 'io.approov.service.okhttp.ApproovService' };

describe('fixes/imports', () => {
  it('adds a Java import after the last import, once', () => {
    const text = 'package com.example;\n\nimport okhttp3.OkHttpClient;\nimport okhttp3.CertificatePinner;\n\nclass A {}\n';
    const once = withImport('java', text, APPROOV_JAVA);
    assert.equal(once, 'package com.example;\n\nimport okhttp3.OkHttpClient;\nimport okhttp3.CertificatePinner;\nimport io.approov.service.okhttp.ApproovService;\n\nclass A {}\n');
    assert.equal(withImport('java', once, APPROOV_JAVA), once);
  });

  it('treats a wildcard import or the same package as already imported, but not a commented-out import', () => {
    assert.equal(withImport('java', 'import io.approov.service.okhttp.*;\nclass A {}\n', APPROOV_JAVA), 'import io.approov.service.okhttp.*;\nclass A {}\n');
    assert.equal(withImport('kotlin', 'package io.approov.service.okhttp\n\nclass A\n', APPROOV_JAVA), 'package io.approov.service.okhttp\n\nclass A\n');
    assert.equal(
      withImport('kotlin', 'package a\n\n// import io.approov.service.okhttp.ApproovService\nimport okhttp3.OkHttpClient\n', APPROOV_JAVA),
      'package a\n\n// import io.approov.service.okhttp.ApproovService\nimport okhttp3.OkHttpClient\nimport io.approov.service.okhttp.ApproovService\n',
    );
  });

  it('goes after the package line when there are no imports, and keeps CRLF line ends', () => {
    assert.equal(withImport('kotlin', 'package a.b\r\n\r\nclass A\r\n', APPROOV_JAVA), 'package a.b\r\n\r\nimport io.approov.service.okhttp.ApproovService\r\n\r\nclass A\r\n');
  });

  it('goes after a leading licence comment when a file has neither package nor imports', () => {
    assert.equal(withImport('swift', '// Copyright\n// Licence\n\nlet a = 1\n', { from: 'ApproovURLSession' }), '// Copyright\n// Licence\nimport ApproovURLSession\n\nlet a = 1\n');
    assert.equal(withImport('swift', 'import Foundation\n@testable import App\n', { from: 'ApproovURLSession' }), 'import Foundation\n@testable import App\nimport ApproovURLSession\n');
  });

  it('writes Dart, JS/TS and C# imports in their own syntax', () => {
    const dart = "import 'package:http/http.dart' as http;\n\nvoid main() {}\n";
    const uri = 'package:approov_service_flutter_httpclient/approov_service_flutter_httpclient.dart';
    assert.equal(withImport('dart', dart, { from: uri }), `import 'package:http/http.dart' as http;\nimport '${uri}';\n\nvoid main() {}\n`);
    const js = "import React from 'react';\nconst a = 1;\n";
    const spec = { from: '@approov/approov-service-react-native', name: 'ApproovProvider' };
    assert.equal(withImport('javascript', js, spec), "import React from 'react';\nimport { ApproovProvider } from '@approov/approov-service-react-native';\nconst a = 1;\n");
    assert.equal(withImport('javascript', "import { ApproovProvider, ApproovService } from '@approov/approov-service-react-native';\n", spec), "import { ApproovProvider, ApproovService } from '@approov/approov-service-react-native';\n");
    assert.equal(withImport('csharp', 'using System;\nnamespace A;\n', { from: 'Approov' }), 'using System;\nusing Approov;\nnamespace A;\n');
  });
});
