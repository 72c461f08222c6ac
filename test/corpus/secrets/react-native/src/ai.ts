export const GROQ_KEY = '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'; // ph-expect: secret-llm-api-key
export const HF_TOKEN = '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'; // ph-expect: secret-llm-api-key

// Not secrets.
export const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
export const tokenStorageKey = '@shop/auth-token';
