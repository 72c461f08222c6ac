package com.shop;

import okhttp3.Request;

public final class PaymentClient {
    private static final String RESTRICTED_KEY = "rk_live_saawUUlrcsCEVV4DZuv56KeXTtX2vtsQDp"; // ph-expect: secret-stripe-secret-key
    private static final String TWILIO_KEY = "SK2c5136a80800038a7460b1d31ce86205"; // ph-expect: secret-twilio-credential
    private static final String TWILIO_AUTH_TOKEN = "4996580d8052192fbbf1ff5676040355"; // ph-expect: secret-twilio-credential
    private static final String SENDGRID = "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"; // ph-expect: secret-sendgrid-api-key
    private static final String MAILGUN = "key-06adb6387afd989a3ec6d5c8bef1120e"; // ph-expect: secret-mailgun-api-key
    private static final String REPORTS = "https://reports:8gMwPu0pVMuWXS@reports.shop.example/upload"; // ph-expect: secret-basic-auth-url

    // Documentation examples and templates, not credentials.
    private static final String DOCS_URL = "https://user:password@host.example/path";
    private static final String TEMPLATE_URL = "https://${user}:${pass}@host.example/path";
    private static final String AWS_DOC_ID = "AKIAIOSFODNN7EXAMPLE";

    Request sign(Request request) {
        return request.newBuilder().header("Authorization", "Bearer " + TWILIO_KEY).build();
    }
}
