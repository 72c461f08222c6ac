plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "com.example.fieldservice"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.example.fieldservice"
        minSdk = 26
        targetSdk = 34
    }

    lint {
        warningsAsErrors = true
        disable += "BadHostnameVerifier" // ph-expect: lint-tls-check-suppressed
        disable.addAll(
            listOf(
                "GradleDependency",
                "SSLCertificateSocketFactoryGetInsecure", // ph-expect: lint-tls-check-suppressed
            ),
        )
        enable += "TrustAllX509TrustManager"
        checkOnly += setOf("WebViewClientOnReceivedSslError")
    }
}
