class AppConfig {
  static const gitlabToken = 'glpat-2CIR68imP5an1ktc8XQG'; // ph-expect: secret-gitlab-token
  static const serviceJwt = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiAic2hvcC1hcHAiLCAic2NvcGUiOiAib3JkZXJzOndyaXRlIiwgImlhdCI6IDE3MDAwMDAwMDB9.yPHduuF9yYoZiVky8z4r7KjR0DKwVgZs89gU20brpm8'; // ph-expect: secret-jwt
  static const supabaseAnonKey = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiAic3VwYWJhc2UiLCAicmVmIjogImh5aW5qa3d5eGVibmpnaHBvcndkIiwgInJvbGUiOiAiYW5vbiIsICJpYXQiOiAxNzAwMDAwMDAwfQ.B_Sl1NMa-aSGetsj8v0JR6_J2sAhF7AeY8633qqHjMw'; // ph-expect: secret-jwt
  static const fcmServerKey = 'AAAAuhxGJYk:APA91bVk3Bz4laVzxESZthX7imxNaoKQ0irCs6gChERQqVZKUgdr7Oc-WbDiivtGMdp26eMPHOCU8lMSxsYI7CIAPZBQbENvnhcFmkABaI3doOFlxalKZBTxtuHG2DPfOmWJuXrF4ULb'; // ph-expect: secret-firebase-server-key

  // Not secrets.
  static const heroTag = 'product-image-hero';
  static const placeholderToken = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.xxxxxxxxxxxxxxxxxxxxxxxxxxxx';
  static const passwordMinLength = 12;
}
