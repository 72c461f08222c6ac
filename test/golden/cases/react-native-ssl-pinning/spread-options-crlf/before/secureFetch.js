import { fetch } from 'react-native-ssl-pinning';

export const secureFetch = async (url, options = {}) => {
  return fetch(url, { ...options, pkPinning: true, sslPinning: { certs: ['sha256/r/mIkG3eEpVdm+u/ko/cwxzOMo1bk4TyHIlByibiA5E='] } });
};
