package com.example.support.help

import android.app.AlertDialog
import android.net.http.SslError
import android.os.Bundle
import android.view.LayoutInflater
import android.view.View
import android.view.ViewGroup
import android.webkit.SslErrorHandler
import android.webkit.WebView
import android.webkit.WebViewClient
import androidx.fragment.app.Fragment
import com.example.support.BuildConfig
import com.example.support.R

class HelpCenterFragment : Fragment() {

    override fun onCreateView(inflater: LayoutInflater, container: ViewGroup?, savedInstanceState: Bundle?): View {
        val webView = WebView(requireContext())
        webView.webViewClient = AskUserClient()
        webView.loadUrl("https://help.example.com")
        return webView
    }

    /** Lets the user decide (Google Play accepts this when the dialog offers a cancel path). */
    private inner class AskUserClient : WebViewClient() {
        override fun onReceivedSslError(view: WebView, handler: SslErrorHandler, error: SslError) {
            AlertDialog.Builder(requireContext())
                .setMessage(R.string.ssl_error_message)
                .setPositiveButton(R.string.ssl_continue) { _, _ -> handler.proceed() }
                .setNegativeButton(R.string.ssl_cancel) { _, _ -> handler.cancel() }
                .setOnCancelListener { handler.cancel() }
                .show()
        }
    }

    /** Debug builds accept the local proxy; release builds fall back to the default (cancel). */
    class StagingClient : WebViewClient() {
        override fun onReceivedSslError(view: WebView?, handler: SslErrorHandler?, error: SslError?) {
            if (BuildConfig.DEBUG) {
                handler?.proceed()
            } else {
                super.onReceivedSslError(view, handler, error)
            }
        }
    }

    /** "Works on every device": skips every certificate error. */
    class LenientClient : WebViewClient() {
        override fun onReceivedSslError(view: WebView?, handler: SslErrorHandler?, error: SslError?) =
            handler!!.proceed() // ph-expect: webview-ssl-error-proceed
    }
}
