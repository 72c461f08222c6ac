import { strict as assert } from 'node:assert';
import { positions, scan } from '../../helpers/scan';

const RULE = 'webview-ssl-error-proceed';
const found = (file: string, lines: string[]): string[] => positions(scan(file, lines.join('\n')), RULE);

describe(RULE, () => {
  it('flags proceed() without any cancel branch, in Kotlin and Java', () => {
    const findings = scan(
      'W.kt',
      [
        'webView.webViewClient = object : WebViewClient() {',
        '    override fun onReceivedSslError(view: WebView?, handler: SslErrorHandler?, error: SslError?) {',
        '        Log.w(TAG, "ssl error $error")',
        '        handler?.proceed()',
        '    }',
        '}',
      ].join('\n'),
    );
    assert.deepEqual(positions(findings, RULE), [`${RULE}@4:9`]);
    assert.equal(findings[0].endColumn, 9 + 'handler?.proceed()'.length);
    assert.match(findings[0].message, /never `cancel\(\)`/);
    assert.deepEqual(
      found('W.java', [
        'class C extends WebViewClient {',
        '  @Override public void onReceivedSslError(WebView v, SslErrorHandler handler, SslError e) {',
        '    if (e.getPrimaryError() == SslError.SSL_EXPIRED) { Log.w(TAG, "expired"); }',
        '    handler.proceed();',
        '  }',
        '}',
      ]),
      [`${RULE}@4:5`],
    );
  });

  it('flags proceed() as the first statement even when cancel() appears later, and expression bodies', () => {
    assert.deepEqual(
      found('W.java', [
        'public void onReceivedSslError(WebView v, SslErrorHandler h, SslError e) {',
        '  h.proceed();',
        '  if (done) h.cancel();',
        '}',
      ]),
      [`${RULE}@2:3`],
    );
    assert.deepEqual(
      found('W.kt', ['override fun onReceivedSslError(v: WebView, h: SslErrorHandler, e: SslError) = h.proceed()']),
      [`${RULE}@1:80`],
    );
  });

  it('does not flag proceed() after a real check with a cancel() branch, dialogs, or the default', () => {
    assert.deepEqual(
      found('Safe.kt', [
        'class A : WebViewClient() {',
        '  override fun onReceivedSslError(v: WebView, h: SslErrorHandler, e: SslError) {',
        '    if (isKnown(e.certificate)) h.proceed() else h.cancel()',
        '  }',
        '}',
        'class B : WebViewClient() {',
        '  override fun onReceivedSslError(v: WebView, h: SslErrorHandler, e: SslError) {',
        '    AlertDialog.Builder(ctx)',
        '      .setPositiveButton("Go") { _, _ -> h.proceed() }',
        '      .setNegativeButton("Back") { _, _ -> h.cancel() }',
        '      .show()',
        '  }',
        '}',
        'class C : WebViewClient() {',
        '  override fun onReceivedSslError(v: WebView?, h: SslErrorHandler?, e: SslError?) {',
        '    if (BuildConfig.DEBUG) h?.proceed() else super.onReceivedSslError(v, h, e)',
        '  }',
        '}',
        'class D : WebViewClient() {',
        '  override fun onReceivedSslError(v: WebView?, h: SslErrorHandler?, e: SslError?) {',
        '    // h?.proceed()',
        '    h?.cancel()',
        '  }',
        '}',
      ]),
      [],
    );
  });

  it('flags proceed() behind null checks or error-type guards, but not behind a look at the certificate', () => {
    assert.deepEqual(
      found('Guards.kt', [
        'class A : WebViewClient() {',
        '  override fun onReceivedSslError(v: WebView?, h: SslErrorHandler?, e: SslError?) {',
        '    if (h == null) return',
        '    h.proceed()',
        '  }',
        '}',
        'class B : WebViewClient() {',
        '  override fun onReceivedSslError(v: WebView, h: SslErrorHandler, e: SslError) {',
        '    if (e.primaryError == SslError.SSL_UNTRUSTED) h.proceed()',
        '  }',
        '}',
        'class C : WebViewClient() {',
        '  override fun onReceivedSslError(v: WebView?, h: SslErrorHandler?, e: SslError?) {',
        '    h?.let { it.proceed() }',
        '  }',
        '}',
        'class D : WebViewClient() {',
        '  override fun onReceivedSslError(v: WebView, h: SslErrorHandler, e: SslError) {',
        '    val known = e.certificate.takeIf { isKnown(it) } ?: return',
        '    h.proceed()',
        '  }',
        '}',
        'class E : WebViewClient() {',
        '  override fun onReceivedSslError(v: WebView, h: SslErrorHandler, e: SslError) {',
        '    if (matchesPinnedFingerprint(e)) h.proceed()',
        '  }',
        '}',
      ]),
      [`${RULE}@4:5`, `${RULE}@9:51`, `${RULE}@14:14`],
    );
  });

  it('flags proceed() that runs on every path after super (which cancels), but not after cancel(); return', () => {
    assert.deepEqual(
      found('W.java', [
        'class C extends WebViewClient {',
        '  @Override',
        '  public void onReceivedSslError(WebView v, SslErrorHandler handler, SslError e) {',
        '    super.onReceivedSslError(v, handler, e);',
        '    handler.proceed();',
        '  }',
        '}',
      ]),
      [`${RULE}@5:5`],
    );
    assert.deepEqual(
      found('W.kt', [
        'class C : WebViewClient() {',
        '  override fun onReceivedSslError(v: WebView?, h: SslErrorHandler?, e: SslError?) {',
        '    if (!pinned(e?.certificate)) { h?.cancel(); return }',
        '    h?.proceed()',
        '  }',
        '  override fun onPageFinished(v: WebView?, url: String?) {}',
        '}',
        'class D : WebViewClient() {',
        '  override fun onReceivedSslError(v: WebView?, h: SslErrorHandler?, e: SslError?) {',
        '    super.onReceivedSslError(v, h, e)',
        '    if (BuildConfig.DEBUG) h?.proceed()',
        '  }',
        '}',
      ]),
      [],
    );
  });
});

