export const environment = {
  production: false,
  apiUrl: 'https://staging-api.harborlogistics.example.com',
  // trustMode: 'nocheck' was used with setServerTrustMode before the staging cert was fixed
  trustMode: 'default',
};
