package golden.webview_ssl_error_proceed.java_anonymous_client;

import android.content.Context;
import android.net.http.SslError;
import android.webkit.SslErrorHandler;
import android.webkit.WebView;
import android.webkit.WebViewClient;

public class HelpActivity {
    private static final String TAG = "HelpActivity";

    public WebView createWebView(Context context) {
        WebView webView = new WebView(context);
        webView.setWebViewClient(new WebViewClient() {
            @Override
            public void onReceivedSslError(WebView view, SslErrorHandler handler, SslError error) {
                System.out.println(TAG + ": SSL error " + error.getPrimaryError());
                handler.cancel();
            }
        });
        webView.loadUrl("https://help.example.com");
        return webView;
    }
}
