package com.shop

object ApiConfig {
    const val MAPS_KEY = "AIzaSybXFRJL5uZJsYHnXIr5_rgtB8iSLAyWQ_e" // ph-expect: secret-google-api-key
    val paymentsKey = "sk_live_459dY1VTvvIc3LgYqYCrPGPADMrgXhprxg" // ph-expect: secret-stripe-secret-key
    val publishableKey = "pk_live_MtS1dgMuRoSdSM9u9G1VOnEzlIRciapCMA" // ph-expect: secret-stripe-publishable-key
    private val apiSecret = "vvh86eZ0lHyLtaDc4Nvy4uNDN7De7aZE" // ph-expect: secret-generic-api-key
    val alertsWebhook = "https://hooks.slack.com/services/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" // ph-expect: secret-slack-webhook

    // Not secrets: a content hash, an install id, a preference key name, placeholders, references.
    val bundleSha256 = "787530d53ab25d2c3d3707321103cf00285da03e26ff066dc85e864edd4ff785"
    val deviceToken = "1f74862e-1cc4-427f-a5e5-35289d0a5f2c"
    const val TOKEN_PREF_KEY = "com.shop.prefs.ACCESS_TOKEN"
    val placeholderMapsKey = "AIzaSyYOUR_API_KEY_HERE_00000000000000000"
    val authHeaderName = "X-Api-Key"
    val clientSecret = BuildConfig.CLIENT_SECRET
    val tokenUrl = "https://auth.shop.example/oauth2/token"
    val logo = "data:image/png;base64,iVBORw0KGgpZWgiWQ0tnlKms8k/ekt8HQbCeTngM+00QXAkejIs/pNFjxqknmh9Co3aCT3MUPhsNT54/CFXYbjRlKkKFTnhdM9BvAIzaSyhvbIV4seKWYG8mWqR8SsinwI2WTT0joLgfPiThbiWNlCLv+rvW2PYxgWVZmXYra9NB2SX2gYIaR+6qEs356pjRXB5jkodZxFcEA8PmaM1AMv6CjlHpHfyhP/dFga1VWD8uSVpAKIAHOJGCEYYUJIVSCOEDTgkBC6+I4G8HOqCfndLIUqLvdlRDCfC+gUjXLRiGo/kQU+meZnksdvOMKxWnAHbfg9Ao9TeCHV1GivhM9RhvflC5LEbRSilZMsDFAQBi0ZfJu2fc3SSuoo9+cgt94ic/KUMauo7KEE0Co/gr1aDreucSApfLPezDWHXDxaxXLk3QehoLo8YxrRedc+07RF2G/gxOV6ac0rCk48/9Cc="
}
