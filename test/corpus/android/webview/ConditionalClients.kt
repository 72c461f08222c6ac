package com.example.ebook.reader.web

import android.net.http.SslCertificate
import android.net.http.SslError
import android.util.Log
import android.webkit.SslErrorHandler
import android.webkit.WebView
import android.webkit.WebViewClient

private const val TAG = "ReaderWeb"

/** Publisher pages are only loaded when their certificate is the one shipped with the book. */
class PublisherClient(private val expected: SslCertificate) : WebViewClient() {
    override fun onReceivedSslError(view: WebView?, handler: SslErrorHandler?, error: SslError?) {
        val presented = error?.certificate ?: return
        if (presented.issuedTo.cName == expected.issuedTo.cName &&
            presented.validNotAfterDate == expected.validNotAfterDate
        ) {
            handler?.proceed()
        }
    }
}

/** Null guard only: every certificate error is skipped. */
class StoreClient : WebViewClient() {
    override fun onReceivedSslError(view: WebView?, handler: SslErrorHandler?, error: SslError?) {
        if (handler == null) return
        Log.i(TAG, "store page certificate error ${error?.primaryError}")
        handler.proceed() // ph-expect: webview-ssl-error-proceed
    }
}

/** Proceeds exactly for untrusted certificates, which is what an attacker presents. */
class CatalogClient : WebViewClient() {
    override fun onReceivedSslError(view: WebView, handler: SslErrorHandler, error: SslError) {
        if (error.primaryError == SslError.SSL_UNTRUSTED || error.primaryError == SslError.SSL_IDMISMATCH) {
            handler.proceed() // ph-expect: webview-ssl-error-proceed
        }
    }
}

class PreviewClient : WebViewClient() {
    override fun onReceivedSslError(view: WebView?, handler: SslErrorHandler?, error: SslError?) {
        handler?.let { it.proceed() } // ph-expect: webview-ssl-error-proceed
    }
}

class SampleClient : WebViewClient() {
    override fun onReceivedSslError(view: WebView, handler: SslErrorHandler, error: SslError) =
        when {
            error.certificate.isPinnedSample() -> handler.proceed()
            else -> handler.cancel()
        }

    private fun SslCertificate.isPinnedSample(): Boolean = issuedBy.oName == "Example Books Test CA"
}
