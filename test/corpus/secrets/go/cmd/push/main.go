package main

// ph-expect-next-line: secret-private-key
const clientKey = "-----BEGIN PRIVATE KEY-----\nFk7jtFa6fpCo3o2MiCCvxz8KdZvzAhxh0LVwnyMxQuHRyysbMnxFlxBgkHb9vIHNXxXfeP/8Pvrri9OAeHJtQe36VrFLl43U3kG9wEGOgId4dZrZApSFauJZxnGdS7hs41meyArxDlOR3YJowUeCYEj5BlIpVl2k\n-----END PRIVATE KEY-----"

const buildID = "1f74862e-1cc4-427f-a5e5-35289d0a5f2c"
